/**
 * « Créer mon espace »: civilité, nom, prénom, e-mail, téléphone, adresse — one question at a
 * time, each checked; everything typed is kept in the dialog and read back before anything is
 * created. Then a code mailed to the address confirms it and signs in (the sign-in dialog asks
 * for it), and a one-time link opens the bot's page where the password is chosen: never in the chat.
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { emailIn } from '../src/domain/accounts';
import { normalize } from '../src/domain/text';
import type { Translate } from '../src/i18n';
import { recognizeChoice } from '../src/nlu/choice';
import { splitCorrection } from '../src/nlu/correction';
import { fold } from '../src/nlu/yesNo';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { askChoice, notUnderstood, readChoice, yesNoOptions, type ChoiceOption } from './choicePrompt';
import { ask, currentCommune, localeOf, send, signedIn, translator, type DialogDeps } from './dialogContext';
import { SIGN_IN_DIALOG, fullName, type SignInResult } from './signInDialog';
import { LINK_MINUTES } from '../src/domain/passwordAccess';

export const CREATE_ACCOUNT_DIALOG = 'createAccount';
const FLOW = 'createAccountFlow';
const PROMPT = 'createAccountPrompt';

const FIELDS = ['civility', 'lastName', 'firstName', 'email', 'phone', 'address'] as const;
export type Field = (typeof FIELDS)[number];
type Draft = Partial<Record<Field, string>>;

interface CreateOptions {
  draft: Draft;
  /** The field being corrected after the read-back. */
  editing?: Field;
  /** Asking which field to correct. */
  choosing?: boolean;
  leadKey?: string;
  /** Why the question is asked again, in words. */
  lead?: string;
}

const NAME = /^\p{L}[\p{L}'’ -]{0,59}$/u;
const PHONE = /^(?:0|\+33|0033)[1-9]\d{8}$/;

/** Answers that are not names (« ouais » at « Quel est votre prénom ? »): the name is asked again. */
const NOT_A_NAME = new Set(['oui', 'ouais', 'ouai', 'non', 'nan', 'ok', 'okay', 'd accord', 'yes', 'no', 'merci', 'bonjour', 'salut', 'aide', 'menu', 'annuler', 'reprendre', 'continuer', 'je ne sais pas', 'sais pas']);
const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', "d'", 'd’', 'van', 'von', 'der', 'den']);
/** A name typed all in lower case gets its capitals (« jean-pierre » → « Jean-Pierre », « de la fontaine » → « de la Fontaine »); one typed with capitals is kept. */
export function capitalized(name: string): string {
  if (name !== name.toLocaleLowerCase('fr')) return name;
  return name.replace(/(^|[\s'’-])(\p{L})(\p{L}*)/gu, (whole, sep: string, first: string, more: string, at: number) => {
    const word = `${first}${more}`;
    const next = name[at + whole.length];
    const particle = at > 0 && (PARTICLES.has(word) || ((next === "'" || next === '’') && PARTICLES.has(`${word}${next}`)));
    return particle ? whole : `${sep}${first.toLocaleUpperCase('fr')}${more}`;
  });
}

/** The value to keep, or undefined when the answer does not fit the field. */
export function check(field: Field, text: string): string | undefined {
  const said = normalize(text);
  switch (field) {
    case 'civility':
      return /^(madame|mme|mrs|ms|femme)$/.test(said) ? 'madame' : /^(monsieur|m|mr|homme)$/.test(said) ? 'monsieur' : undefined;
    case 'lastName':
    case 'firstName':
      return NAME.test(text.trim()) && !NOT_A_NAME.has(fold(text)) ? capitalized(text.trim().replace(/\s+/g, ' ')) : undefined;
    case 'email':
      return emailIn(text);
    case 'phone': {
      const digits = text.replace(/[\s.\-()]/g, '');
      return PHONE.test(digits) ? digits.replace(/^(?:\+33|0033)/, '0') : undefined;
    }
    case 'address':
      return text.trim().length >= 8 && text.trim().length <= 200 ? text.trim().replace(/\s+/g, ' ') : undefined;
  }
}

/**
 * « Sophie Durand » given as the surname, then « Sophie » as the first name: the surname is « Durand ».
 * The first name is taken off the start or the end of the surname, when something is left.
 */
export function withoutFirstName(lastName: string, firstName: string): string {
  const words = lastName.split(' ');
  if (words.length < 2) return lastName;
  const first = fold(firstName);
  if (fold(words[0] ?? '') === first) return words.slice(1).join(' ');
  if (fold(words.at(-1) ?? '') === first) return words.slice(0, -1).join(' ');
  return lastName;
}

const CIVILITIES = ['madame', 'monsieur'] as const;
const CIVILITY_WORDS: Record<(typeof CIVILITIES)[number], string[]> = { madame: ['mme', 'mrs', 'ms', 'femme', 'mademoiselle', 'mlle'], monsieur: ['m', 'mr', 'homme'] };
const FIELD_WORDS: Record<Field, string[]> = {
  civility: ['madame', 'monsieur'],
  lastName: ['nom de famille', 'last name', 'surname'],
  firstName: ['prenom', 'first name'],
  email: ['mail', 'courriel', 'adresse mail', 'adresse e-mail', 'adresse email'],
  phone: ['tel', 'numero', 'numero de telephone', 'portable', 'mobile'],
  address: ['adresse postale', 'domicile'],
};

/** The options for which field to correct (shared with the read-back's « non, le nom c'est … »). */
export const fieldOptions = (t: Translate, fields: readonly Field[] = FIELDS): ChoiceOption[] => fields.map((f) => ({ label: t(`createAccount.field.${f}`), synonyms: FIELD_WORDS[f] }));
const civilityOptions = (t: Translate): ChoiceOption[] => CIVILITIES.map((c) => ({ label: t(`civility.${c}`), synonyms: CIVILITY_WORDS[c] }));

export class CreateAccountDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(CREATE_ACCOUNT_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(FLOW, [this.ask.bind(this), this.answer.bind(this), this.done.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const options = (step.options ?? { draft: {} }) as CreateOptions;
    const draft = options.draft ?? {};
    if (Object.keys(draft).length === 0 && !options.leadKey && !options.lead) {
      const already = await signedIn(this.deps, step.context);
      if (already) {
        await send(this.deps, step.context, { text: t('signIn.already', { name: fullName(t, already) }) });
        return step.endDialog();
      }
      await send(this.deps, step.context, { text: t('createAccount.intro') });
    }
    const lead = [options.lead, options.leadKey && t(options.leadKey)].filter(Boolean).map((l) => `${l}\n`).join('');
    const field = options.editing ?? FIELDS.find((f) => draft[f] === undefined);
    if (options.choosing) return askChoice(this.deps, step, PROMPT, { text: t('createAccount.whichField'), options: fieldOptions(t) }, lead);
    if (field === 'civility') return askChoice(this.deps, step, PROMPT, { text: t('createAccount.ask.civility'), options: civilityOptions(t) }, lead);
    if (field) return ask(this.deps, step, PROMPT, { text: t(`createAccount.ask.${field}`) }, lead);
    const phone = (draft.phone ?? '').replace(/(\d{2})(?=\d)/g, '$1 ');
    const question = `${t('createAccount.recap', { ...draft, phone, civility: t(`civility.${draft.civility}`) })}\n${t('createAccount.confirm')}`;
    return askChoice(this.deps, step, PROMPT, { text: question, options: yesNoOptions(t('createAccount.yes'), t('createAccount.no')) }, lead);
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const options = (step.options ?? { draft: {} }) as CreateOptions;
    const draft = { ...(options.draft ?? {}) };
    const input = step.result as AnyInput;
    const lead = notUnderstood(t, 'choice.task.createAccount');

    if (options.choosing) {
      const chosen = readChoice(step);
      return step.replaceDialog(FLOW, chosen ? { draft, editing: FIELDS[chosen.index] } : { draft, choosing: true, lead });
    }
    const field = options.editing ?? FIELDS.find((f) => draft[f] === undefined);
    if (field === 'civility') {
      const chosen = readChoice(step);
      if (!chosen) return step.replaceDialog(FLOW, { draft, editing: options.editing, lead } satisfies CreateOptions);
      draft.civility = CIVILITIES[chosen.index];
      return step.replaceDialog(FLOW, { draft } satisfies CreateOptions);
    }
    if (field) {
      const value = check(field, input.text);
      if (value === undefined) return step.replaceDialog(FLOW, { draft, editing: options.editing, leadKey: `createAccount.bad.${field}` } satisfies CreateOptions);
      draft[field] = value;
      if (field === 'firstName' && !options.editing && draft.lastName) draft.lastName = withoutFirstName(draft.lastName, value);
      if (field === 'email' && /@(?:yahoo|ymail|rocketmail)\./.test(value)) await send(this.deps, step.context, { text: t('createAccount.yahoo') });
      return step.replaceDialog(FLOW, { draft } satisfies CreateOptions);
    }
    const answer = readChoice(step);
    if (!answer) return step.replaceDialog(FLOW, { draft, lead } satisfies CreateOptions);
    if (answer.index === 1) return step.replaceDialog(FLOW, this.correction(t, draft, answer.rest));

    const commune = await currentCommune(this.deps, step.context);
    if (!commune) return step.endDialog();
    await this.deps.service.accounts.createAccount(
      commune,
      {
        email: draft.email as string,
        civility: draft.civility === 'madame' || draft.civility === 'monsieur' ? draft.civility : null,
        firstName: draft.firstName as string,
        lastName: draft.lastName as string,
        phone: draft.phone ?? null,
        address: draft.address ?? null,
      },
      localeOf(step.context),
    );
    return step.beginDialog(SIGN_IN_DIALOG, { email: draft.email, leadKey: 'createAccount.codeSent', leadParams: { email: draft.email } });
  }

  /** After « non »: the field named (« non, le nom c'est Moreau ») is corrected at once, or asked again; else which one. */
  private correction(t: Translate, draft: Draft, rest: string | undefined): CreateOptions {
    // A field is named by its name or by the value read back (« Durand, pas Dupont »).
    const fields = fieldOptions(t);
    const said = rest ? splitCorrection(rest, fields, FIELDS.map((f) => (f === 'civility' ? undefined : draft[f]))) : undefined;
    const named = said ? recognizeChoice(said.about, fields) : undefined;
    const field = named ? FIELDS[named.index] : undefined;
    if (!field) return { draft, choosing: true };
    const value = said?.value ? check(field, said.value) : undefined;
    return value ? { draft: { ...draft, [field]: value } } : { draft, editing: field };
  }

  /** Signed in: the password is chosen on the bot's page, by a one-time link (mailed where the chat is SMS). */
  private async done(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = (step.result ?? {}) as SignInResult;
    const commune = await currentCommune(this.deps, step.context);
    if (result.account && !result.account.hasPassword && commune) {
      const t = translator(this.deps, step.context);
      const passwords = this.deps.service.passwords;
      if (this.deps.renderer.canAskSecrets(step.context.activity.channelId)) {
        const url = `${this.deps.publicUrl()}/compte/mot-de-passe/${await passwords.passwordLink(result.account)}`;
        await send(this.deps, step.context, { text: t('createAccount.passwordLink', { url, minutes: LINK_MINUTES }) });
      } else {
        await passwords.mailPasswordLink(result.account, commune, localeOf(step.context), this.deps.publicUrl(), 'create');
        await send(this.deps, step.context, { text: t('createAccount.passwordMailed', { email: result.account.email, minutes: LINK_MINUTES }) });
      }
    }
    return step.endDialog(step.result);
  }
}

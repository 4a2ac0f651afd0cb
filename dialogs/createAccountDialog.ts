/**
 * « Créer mon espace »: civilité, nom, prénom, e-mail, téléphone, adresse — one question at a
 * time, each checked; everything typed is kept in the dialog and read back before anything is
 * created. Then a code mailed to the address confirms it and signs in (the sign-in dialog asks
 * for it), and a one-time link opens the bot's page where the password is chosen: never in the chat.
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './dialogLibrary';
import type { Translate } from '../src/i18n';
import { saysNotUnderstood } from '../src/nlu/placeAnswer';
import { saysNamesSwapped } from '../src/nlu/takeBack';
import { saysHasNone } from '../src/nlu/noneAnswer';
import { FIELDS, check, fieldOfValue, fieldOptions, keepNames, saysThisNumber } from './accountFields';
import { civilityFirst, namesAlone, readAccountDetails } from './accountUpfront';
import { questionAtField } from './accountQuestionAside';
import { addressAnswer, civilityAhead, corrected, correction, earlier, type Corrected } from './accountCorrections';
import { knownTown, readAddressAnswer } from './addressAnswer';
import { addressShown } from '../src/domain/addressShown';
import { looksLikeAddress, offersThisNumber, phoneQuestionKey, saysThisNumberOrYes } from './contactAnswer';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { askChoice, expectWhy, notUnderstood, readChoice, yesNoOptions, type ChoiceOption } from './choicePrompt';
import { noEmailOptions, noEmailText, saysNoEmail } from './accountNoEmail';
import { ask, currentCommune, localeOf, send, signedIn, translator, type DialogDeps } from './dialogContext';
import { SIGN_IN_DIALOG, codeLimitLead, fullName } from './signInDialog';
import { SENDER_PHONE } from '../src/sms/senderPhone';
import { emailOfPausedSignIn } from './pausedTasks';
import { askEmailSuggestion, emailSuggestionAnswer } from './emailSuggestion';
import { likelyEmail } from '../src/domain/emailDomains';
import { saysBack } from './formBack';
import { accountBack } from './accountBack';
import { accountCreated } from './createAccountDone';

export const CREATE_ACCOUNT_DIALOG = 'createAccount';
export const CREATE_ACCOUNT_FLOW = 'createAccountFlow';
const FLOW = CREATE_ACCOUNT_FLOW;
export const CREATE_ACCOUNT_PROMPT = 'createAccountPrompt';
const PROMPT = CREATE_ACCOUNT_PROMPT;

/** AnyInput in the flow's values: a request that needs the account, typed while the code was awaited (started once the account is confirmed). */
export interface FlowValues {
  afterCreation?: AnyInput;
}

export interface CreateOptions extends Corrected {
  /** Why the question is asked again, in words. */
  lead?: string;
  /** The message that started the sign-up: what it says plainly is not asked (accountUpfront.ts). */
  text?: string;
  /** « je veux créer mon espace, j'ai ma clé »: the family key is asked once the account is created. */
  thenKey?: boolean;
  /** « jai pas de mail »: why the space needs one was said; go on or stop is asked (accountNoEmail.ts). */
  noEmail?: boolean;
  /** The e-mail not to question again: confirmed as typed (« non, c'est bien gmail.fr ») or the suggestion taken. */
  emailKept?: string;
  /** A request of the account typed at a question (« envoyer un justificatif »): routed once the account is created. */
  afterCreation?: AnyInput;
}

/** In the flow's values: the e-mail whose domain looked mistyped, the question asked being whether another was meant. */
interface SuggestingValues {
  suggesting?: string;
}

/** Mailboxes where the commune's messages often go astray: the resident is warned. */
const YAHOO = /@(?:yahoo|ymail|rocketmail)\./;
const CIVILITIES = ['madame', 'monsieur'] as const;
const CIVILITY_WORDS: Record<(typeof CIVILITIES)[number], string[]> = { madame: ['mme', 'mrs', 'ms', 'femme', 'mademoiselle', 'mlle'], monsieur: ['m', 'mr', 'homme'] };
const civilityOptions = (t: Translate): ChoiceOption[] => CIVILITIES.map((c) => ({ label: t(`civility.${c}`), synonyms: CIVILITY_WORDS[c] }));

export class CreateAccountDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(CREATE_ACCOUNT_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(FLOW, [this.ask.bind(this), this.answer.bind(this), (step) => accountCreated(deps, step)]));
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
      const given = options.text ? readAccountDetails(options.text) : {};
      // The e-mail just typed at a sign-in put aside (« pas de compte » at the code's question) is not asked again.
      const typed = given.email ? undefined : emailOfPausedSignIn(step);
      if (typed) given.email = typed;
      const known = Object.keys(given).length > 0;
      await send(this.deps, step.context, { text: t(known ? 'createAccount.introGiven' : 'createAccount.intro') });
      if (options.thenKey) {
        const commune = await currentCommune(this.deps, step.context);
        if (commune) await send(this.deps, step.context, { text: t('createAccount.keyAfter', { keyName: commune.familyKeyName }) });
      }
      if (given.email && YAHOO.test(given.email)) await send(this.deps, step.context, { text: t('createAccount.yahoo') });
      if (known) return step.replaceDialog(FLOW, { draft: given, ...(options.thenKey ? { thenKey: true } : {}) } satisfies CreateOptions);
    }
    const lead = [options.lead, options.leadKey && t(options.leadKey, options.leadParams)].filter(Boolean).map((l) => `${l}\n`).join('');
    const field = options.editing ?? FIELDS.find((f) => draft[f] === undefined);
    if (options.choosing) return askChoice(this.deps, step, PROMPT, { text: t('createAccount.whichField'), options: fieldOptions(t) }, lead);
    const commune = options.noEmail ? await currentCommune(this.deps, step.context) : undefined;
    if (commune) return askChoice(this.deps, step, PROMPT, { text: noEmailText(t, commune, this.deps.renderer.isPaid(step.context.activity.channelId)), options: noEmailOptions(t) }, lead);
    // « sophie@gmial.com », however it came (its question, the first message, a correction): « vouliez-vous écrire …@gmail.com ? » (emailSuggestion.ts).
    if (draft.email && draft.email !== options.emailKept && likelyEmail(draft.email)) {
      (step.values as SuggestingValues).suggesting = draft.email;
      return askEmailSuggestion(this.deps, step, PROMPT, draft.email, lead);
    }
    // A bare « ok » at an open question: what it awaits is said (closingAside.ts).
    if (field && field !== 'civility') Object.assign(step.values, { awaited: { key: `createAccount.awaited.${field}`, instead: true } });
    // « pourquoi vous avez besoin de mon adresse ? »: why this answer is asked (whyAside.ts), then the question again; a name's « hein ? » is explained below.
    expectWhy(step, field === 'email' || field === 'phone' || field === 'address' ? { key: `createAccount.why.${field}` } : undefined);
    if (field === 'civility') return askChoice(this.deps, step, PROMPT, { text: t('createAccount.ask.civility'), options: civilityOptions(t) }, lead);
    // By SMS, the phone question says « ce numéro » is an answer (the number written from).
    // There, « ok », « ouais » is « ce numéro » (closingAside.ts).
    if (field === 'phone' && offersThisNumber(step.context)) Object.assign(step.values, { takesYes: true });
    if (field) return ask(this.deps, step, PROMPT, { text: t(field === 'phone' ? phoneQuestionKey(step.context, 'createAccount.ask.phone') : `createAccount.ask.${field}`) }, lead);
    // '' for the phone: the resident has none (« pas de portable »), read back as not given.
    const phone = draft.phone ? draft.phone.replace(/(\d{2})(?=\d)/g, '$1 ') : t('contact.none');
    // « 12 rue des lilas 78955 carrieres » read back « 12 rue des Lilas, 78955 Carrières-sous-Poissy », as an act's (addressShown.ts).
    const address = draft.address ? addressShown(draft.address, await knownTown(this.deps, step.context)) : draft.address;
    const question = `${t('createAccount.recap', { ...draft, phone, address, civility: t(`civility.${draft.civility}`) })}\n${t('createAccount.confirm')}`;
    return askChoice(this.deps, step, PROMPT, { text: question, options: yesNoOptions(t('createAccount.yes'), t('createAccount.no')) }, lead);
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const options = (step.options ?? { draft: {} }) as CreateOptions;
    const draft = { ...(options.draft ?? {}) };
    const input = step.result as AnyInput;
    // The flow asked again, what it was started for kept (the family key after it).
    const again = (next: CreateOptions) =>
      step.replaceDialog(FLOW, { ...(options.emailKept ? { emailKept: options.emailKept } : {}), ...next, ...(options.thenKey ? { thenKey: true } : {}), ...(options.afterCreation ? { afterCreation: options.afterCreation } : {}) } satisfies CreateOptions);
    const lead = notUnderstood(t, 'choice.task.createAccount');
    // « retour », « précédent »: the question before asked again, the answers after it kept (accountBack.ts).
    if (saysBack(input.text)) return again(accountBack(t, options, draft, (step.values as SuggestingValues).suggesting !== undefined));

    // « non j'ai inversé nom et prénom »: both names swapped, and the form goes on (read back again).
    if (draft.lastName && draft.firstName && saysNamesSwapped(input.text)) return again({ draft: { ...draft, lastName: draft.firstName, firstName: draft.lastName } } satisfies CreateOptions);
    if (options.choosing) {
      const chosen = readChoice(step);
      return again(chosen ? { draft, editing: FIELDS[chosen.index] } : { draft, choosing: true, lead });
    }
    if (options.noEmail) {
      // Go on with the form (the question asked again), or stop.
      const chosen = readChoice(step);
      if (chosen?.index === 1) return send(this.deps, step.context, { text: t('createAccount.noEmail.stopped') }).then(() => step.endDialog());
      return again(chosen ? { draft, editing: options.editing } : { draft, editing: options.editing, noEmail: true, lead });
    }
    const suggesting = (step.values as SuggestingValues).suggesting;
    if (suggesting) {
      const chosen = emailSuggestionAnswer(step, suggesting);
      if (!chosen) return again({ draft, lead } satisfies CreateOptions);
      return again({ draft: { ...draft, email: chosen.email }, ...(chosen.kept ? { emailKept: chosen.kept } : {}) } satisfies CreateOptions);
    }
    const field = options.editing ?? FIELDS.find((f) => draft[f] === undefined);
    if (saysNoEmail(input.text, field === 'email')) return again({ draft, editing: options.editing, noEmail: true });
    if (field === 'civility') {
      // « je suis Madame Julie Martin, mon mail … » at the first question: all of it kept, as in the first message (accountUpfront.ts).
      const given = options.editing ? {} : { ...readAccountDetails(input.text), ...civilityFirst(input.text, 'civility') };
      const chosen = given.civility ? undefined : readChoice(step);
      // An e-mail or a phone typed instead (« marie.dupont@example.fr »): kept, said so, and the civility asked again.
      const ahead = given.email ? 'email' : given.phone ? 'phone' : undefined;
      // « Martine Durand » with no civility: the names kept, said so, and the civility asked again.
      const names = !chosen && !given.civility && !ahead && !given.lastName ? namesAlone(input.text) : undefined;
      if (names) return again({ draft: { ...draft, ...names }, leadKey: 'createAccount.aheadNoted', leadParams: { field: t(`createAccount.field.${names.lastName ? 'lastName' : 'firstName'}`).toLowerCase() } } satisfies CreateOptions);
      if (!chosen && !given.civility && ahead) return again({ draft: { ...draft, ...given }, leadKey: 'createAccount.aheadNoted', leadParams: { field: t(`createAccount.field.${ahead}`).toLowerCase() } } satisfies CreateOptions);
      if (!chosen && !given.civility) return again({ draft, editing: options.editing, lead } satisfies CreateOptions);
      if (given.email && YAHOO.test(given.email)) await send(this.deps, step.context, { text: t('createAccount.yahoo') });
      return again({ draft: { ...draft, ...given, civility: given.civility ?? CIVILITIES[chosen?.index ?? 0] } } satisfies CreateOptions);
    }
    // « je comprends pas », « hein ? », « c'est quoi ? » at a name's question: what it asks, never a name (nameAnswer.ts).
    if ((field === 'lastName' || field === 'firstName') && saysNotUnderstood(input.text)) return again({ draft, editing: options.editing, leadKey: `names.explained.${field}` } satisfies CreateOptions);
    const back = (field && !options.editing ? earlier(t, localeOf(step.context), draft, field, input.text) : undefined) ?? civilityAhead(t, draft, field, input.text);
    if (back) return again(back);
    // A phone number or an e-mail typed at a name's question (« le tel c le 06… »): that field corrected, not a wrong name.
    // By SMS, « c ce numéro » said ahead at a name's question: the phone is the number written from.
    const sender = step.context.turnState.get(SENDER_PHONE) as string | undefined;
    const other = (field === 'lastName' || field === 'firstName') && check(field, input.text) === undefined ? (fieldOfValue(input.text) ?? (sender && saysThisNumber(input.text) ? { field: 'phone' as const, value: sender } : undefined)) : undefined;
    if (other && other.field !== 'address') {
      // Kept for later, and said so before the name is asked again (« C'est noté pour votre e-mail. »).
      const next = corrected(t, localeOf(step.context), draft, other.field, other.value);
      return again(next.editing || options.editing ? next : { ...next, leadKey: 'createAccount.aheadNoted', leadParams: { field: t(`createAccount.field.${other.field}`).toLowerCase() } });
    }
    if ((field === 'phone' || field === 'email' || field === 'lastName' || field === 'firstName') && !options.editing && !draft.address && check(field, input.text) === undefined && looksLikeAddress(input.text)) {
      // An address typed at a name's, the e-mail's or the phone's question: kept when complete (not asked again), else said to come next; that question asked again.
      const read = readAddressAnswer(t, localeOf(step.context), input.text, undefined, undefined, await knownTown(this.deps, step.context));
      const lead = read.ok ? { leadKey: 'createAccount.aheadNoted', leadParams: { field: t('createAccount.field.address').toLowerCase() } } : { leadKey: field === 'phone' ? 'request.addressNext' : 'createAccount.addressLater' };
      return again({ draft: read.ok ? { ...draft, address: read.value } : draft, ...lead } satisfies CreateOptions);
    }
    // « vous la gardez ? », « c koi le mot de passe » at the address: answered, the address asked again (never kept as the address).
    const askedAtAddress = field === 'address' ? questionAtField(input.text, 'address') : undefined;
    if (askedAtAddress) return again({ draft, editing: options.editing, leadKey: askedAtAddress, ...(options.addressAnyInput ? { addressAnyInput: options.addressAnyInput } : {}) } satisfies CreateOptions);
    if (field === 'address') return again(addressAnswer(t, localeOf(step.context), draft, input.text, options, await knownTown(this.deps, step.context)));
    if (field) {
      // By SMS, « le même », « ce numéro »: the number the resident writes from.
      const value = (field === 'phone' && sender && saysThisNumberOrYes(input.text) ? check('phone', sender) : undefined) ?? check(field, input.text);
      // « pas de portable », « j'en ai pas », « non »: the space goes without a phone (it may be added in « mes coordonnées »).
      if (value === undefined && field === 'phone' && saysHasNone(input.text)) return again({ draft: { ...draft, phone: '' }, leadKey: 'createAccount.noPhone' } satisfies CreateOptions);
      // « c koi le mot de passe il faut » at the phone's question: answered or hinted, the same question again (never « not valid »).
      const asked = value === undefined && (field === 'phone' || field === 'email') ? questionAtField(input.text, field) : undefined;
      if (asked) return again({ draft, editing: options.editing, leadKey: asked } satisfies CreateOptions);
      if (value === undefined) return again({ draft, editing: options.editing, leadKey: `createAccount.bad.${field}` } satisfies CreateOptions);
      draft[field] = value;
      const both = keepNames(draft, field, value, Boolean(options.editing));
      if (both) return again({ draft, leadKey: 'createAccount.namesRead', leadParams: both } satisfies CreateOptions);
      if (field === 'email' && YAHOO.test(value)) await send(this.deps, step.context, { text: t('createAccount.yahoo') });
      return again({ draft } satisfies CreateOptions);
    }
    const answer = readChoice(step);
    // A new value typed alone (« 78955 Carrières », an e-mail, a phone number) corrects its field.
    const shaped = answer ? undefined : fieldOfValue(input.text);
    const known = await knownTown(this.deps, step.context);
    if (shaped) return again(corrected(t, localeOf(step.context), draft, shaped.field, shaped.value, known));
    if (!answer) return again({ draft, lead } satisfies CreateOptions);
    if (answer.index === 1) return again(correction(t, localeOf(step.context), draft, answer.rest, known));

    const commune = await currentCommune(this.deps, step.context);
    if (!commune) return step.endDialog();
    const asked = await this.deps.service.accounts.createAccount(
      commune,
      {
        email: draft.email as string,
        civility: draft.civility === 'madame' || draft.civility === 'monsieur' ? draft.civility : null,
        firstName: draft.firstName as string,
        lastName: draft.lastName as string,
        phone: draft.phone || null,
        address: draft.address ?? null,
      },
      localeOf(step.context),
    );
    // Too many codes asked for this address within the hour: none sent, when asking again works said (codeAsks.ts).
    const codeLead = asked.sent ? { leadKey: 'createAccount.codeSent', leadParams: { email: draft.email } } : codeLimitLead(draft.email as string, asked);
    return step.beginDialog(SIGN_IN_DIALOG, { email: draft.email, ...codeLead });
  }
}

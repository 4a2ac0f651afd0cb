/**
 * « Créer mon espace »: civilité, nom, prénom, e-mail, téléphone, adresse — one question at a
 * time, each checked; everything typed is kept in the dialog and read back before anything is
 * created. Then a code mailed to the address confirms it and signs in (the sign-in dialog asks
 * for it), and a one-time link opens the bot's page where the password is chosen: never in the chat.
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { isEmail, normalizeEmail } from '../src/domain/accounts';
import { normalize } from '../src/domain/text';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { ask, channelUser, currentCommune, type DialogDeps, localeOf, send, translator } from './dialogContext';
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
}

const NAME = /^\p{L}[\p{L}'’ -]{0,59}$/u;
const PHONE = /^(?:0|\+33|0033)[1-9]\d{8}$/;

/** The value to keep, or undefined when the answer does not fit the field. */
export function check(field: Field, text: string): string | undefined {
  const said = normalize(text);
  switch (field) {
    case 'civility':
      return /^(madame|mme|mrs|ms|femme)$/.test(said) ? 'madame' : /^(monsieur|m|mr|homme)$/.test(said) ? 'monsieur' : undefined;
    case 'lastName':
    case 'firstName':
      return NAME.test(text.trim()) ? text.trim().replace(/\s+/g, ' ') : undefined;
    case 'email':
      return isEmail(text) ? normalizeEmail(text) : undefined;
    case 'phone': {
      const digits = text.replace(/[\s.\-()]/g, '');
      return PHONE.test(digits) ? digits.replace(/^(?:\+33|0033)/, '0') : undefined;
    }
    case 'address':
      return text.trim().length >= 8 && text.trim().length <= 200 ? text.trim().replace(/\s+/g, ' ') : undefined;
  }
}

const YES = /^(oui|o|ok|d accord|c est bien ca|c est bon|exact|exactement|parfait|valider|je valide|yes|y)$/;
const NO = /^(non|n|pas tout a fait|corriger|modifier|no)$/;

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
    if (Object.keys(draft).length === 0 && !options.leadKey) {
      const already = await this.deps.service.accounts.signedIn(channelUser(step.context));
      if (already) {
        await send(this.deps, step.context, { text: t('signIn.already', { name: fullName(t, already) }) });
        return step.endDialog();
      }
      await send(this.deps, step.context, { text: t('createAccount.intro') });
    }
    const lead = options.leadKey ? `${t(options.leadKey)}\n` : '';
    let question: string;
    let choices: Array<{ label: string }> | undefined;
    const field = options.editing ?? FIELDS.find((f) => draft[f] === undefined);
    if (options.choosing) {
      question = t('createAccount.whichField');
      choices = FIELDS.map((f) => ({ label: t(`createAccount.field.${f}`) }));
    } else if (field) {
      question = t(`createAccount.ask.${field}`);
      if (field === 'civility') choices = [{ label: t('civility.madame') }, { label: t('civility.monsieur') }];
    } else {
      const phone = (draft.phone ?? '').replace(/(\d{2})(?=\d)/g, '$1 ');
      question = `${t('createAccount.recap', { ...draft, phone, civility: t(`civility.${draft.civility}`) })}\n${t('createAccount.confirm')}`;
      choices = [{ label: t('createAccount.yes') }, { label: t('createAccount.no') }];
    }
    return ask(this.deps, step, PROMPT, { text: question, choices }, lead);
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const options = (step.options ?? { draft: {} }) as CreateOptions;
    const draft = { ...(options.draft ?? {}) };
    const input = step.result as AnyInput;
    const said = normalize(input.text);

    if (options.choosing) {
      const field = FIELDS.find((f) => normalize(t(`createAccount.field.${f}`)) === said || said.includes(normalize(t(`createAccount.field.${f}`))));
      return step.replaceDialog(FLOW, field ? { draft, editing: field } : { draft, choosing: true, leadKey: 'createAccount.whichFieldAgain' });
    }
    const field = options.editing ?? FIELDS.find((f) => draft[f] === undefined);
    if (field) {
      const value = check(field, input.text);
      if (value === undefined) return step.replaceDialog(FLOW, { draft, editing: options.editing, leadKey: `createAccount.bad.${field}` } satisfies CreateOptions);
      draft[field] = value;
      if (field === 'email' && /@(?:yahoo|ymail|rocketmail)\./.test(value)) await send(this.deps, step.context, { text: t('createAccount.yahoo') });
      return step.replaceDialog(FLOW, { draft } satisfies CreateOptions);
    }
    if (NO.test(said)) return step.replaceDialog(FLOW, { draft, choosing: true } satisfies CreateOptions);
    if (!YES.test(said)) return step.replaceDialog(FLOW, { draft, leadKey: 'createAccount.yesOrNo' } satisfies CreateOptions);

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

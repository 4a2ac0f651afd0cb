/**
 * « Coordonnées »: shows them and changes one. A new e-mail is confirmed by a code sent to it;
 * a phone number changes at once; a new postal address becomes a request the commune validates
 * (it changes the family file), with its reference.
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './dialogLibrary';
import { addressInSentence } from '../src/domain/postalAddress';
import type { Account } from '../src/domain/types';
import { contactFieldIn } from '../src/nlu/accountTopics';
import { prepare } from '../src/nlu/frenchText';
import { detectIntent } from '../src/nlu/intents';
import { knownTown, readAddressAnswer } from './addressAnswer';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { askChoice, notUnderstood, readChoice, yesNoOptions } from './choicePrompt';
import { phoneQuestionKey, spacedPhone } from './contactAnswer';
import { askEmailSuggestion, emailSuggestionAnswer } from './emailSuggestion';
import { likelyEmail } from '../src/domain/emailDomains';
import { check, fieldOptions, phoneIn, saysThisNumber } from './accountFields';
import { SENDER_PHONE } from '../src/sms/senderPhone';
import { fold } from '../src/nlu/yesNo';
import { emailIn, normalizeEmail } from '../src/domain/emailAddress';
import { DEMARCHE_DIALOG, type DemarcheOptions } from './demarcheDialog';
import { ask, currentCommune, localeOf, send, signedIn, translator, type DialogDeps } from './dialogContext';
import { requireSignIn, type SignInResult } from './signInDialog';

export const CONTACT_DETAILS_DIALOG = 'contactDetails';
const FLOW = 'contactDetailsFlow';
const PROMPT = 'contactDetailsPrompt';

type ContactField = 'email' | 'phone' | 'address';
const CONTACT_FIELDS: ContactField[] = ['email', 'phone', 'address'];

export interface ContactOptions {
  field?: ContactField;
  /** A move, without being signed in: the espace chosen over the attestation (not asked again). */
  espace?: boolean;
  /** The new e-mail waiting for its code. */
  newEmail?: string;
  leadKey?: string;
  leadParams?: Record<string, unknown>;
  /** Why the question is asked again, in words. */
  lead?: string;
  /** A partial postal address given so far, completed by the next answer. */
  addressKept?: string;
  /** The message that started it: a new address said in it (« on a déménagé, nouvelle adresse 25 rue Pasteur… ») is used, not asked. */
  text?: string;
  /** That address, answered at once once signed in. */
  given?: string;
  /** A phone number typed at the address question: offered as the new phone once the address is sent. */
  phoneKept?: string;
  /** Asking whether that number replaces the phone. */
  confirmPhone?: string;
  /** The e-mail typed, confirmed as typed when another domain was suggested (« gmial.com »). */
  emailKept?: string;
  /** The e-mail typed, a likelier one suggested (yes: the suggestion; no: as typed). */
  suggest?: string;
}

/** Nothing to change said at « Que voulez-vous changer ? » (the details were only looked at). */
const NOTHING = /^(?:(?:non|nan|no|bah|ben|euh|ok|oui)\s)*(?:rien(?: du tout)?|aucun|aucune|c est bon|cest bon|c bon|ca va|tout est bon|c est juste|nothing|none|no thanks|(?:je voulais |je veux )?(?:juste |seulement )?(?:voir|regarder|verifier)|non|nan|no)(?:\s(?:merci|thanks|c est tout|ca ira|pour l instant))*$/;

export class ContactDetailsDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(CONTACT_DETAILS_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(FLOW, [this.move.bind(this), this.moveAnswer.bind(this), requireSignIn(deps, 'contact.signInFirst'), this.ask.bind(this), this.answer.bind(this)]));
    this.initialDialogId = FLOW;
  }

  /**
   * A move (« je déménage », « changement d'adresse ») without being signed in may mean the
   * attestation de changement de domicile, a démarche without account: the resident chooses.
   */
  private async move(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as ContactOptions;
    if (options.field !== 'address' || options.espace || (await signedIn(this.deps, step.context))) return step.next();
    const t = translator(this.deps, step.context);
    const choices = [{ label: t('contact.move.report'), synonyms: ['espace', 'mon espace', 'signaler', 'nouvelle adresse'] }, { label: t('contact.move.certificate'), synonyms: ['attestation', 'certificat', 'justificatif'] }];
    return askChoice(this.deps, step, PROMPT, { text: t('contact.move.ask'), options: choices }, options.lead ? `${options.lead}\n` : '');
  }

  private async moveAnswer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as ContactOptions;
    if (step.result === undefined) return step.next();
    const chosen = readChoice(step);
    if (!chosen) return step.replaceDialog(FLOW, { field: 'address', lead: notUnderstood(translator(this.deps, step.context), 'choice.task.contact') } satisfies ContactOptions);
    // The attestation: the move's message goes with it (the new address said there is its answer).
    if (chosen.index === 1) return step.replaceDialog(DEMARCHE_DIALOG, { kind: 'address_change', ...(options.text ? { text: options.text } : {}) } satisfies DemarcheOptions);
    return step.replaceDialog(FLOW, { ...options, lead: undefined, espace: true } satisfies ContactOptions);
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const account = (step.result as SignInResult | undefined)?.account;
    if (!account) return step.endDialog();
    const options = (step.options ?? {}) as ContactOptions;
    // The new address said with the move: answered as if typed at its question.
    const given = options.text && options.field !== 'email' && options.field !== 'phone' ? addressInSentence(options.text) : undefined;
    if (given) return step.replaceDialog(FLOW, { field: 'address', espace: true, given } satisfies ContactOptions);
    if (options.given) return step.next({ text: options.given } satisfies AnyInput);
    // « changer mon adresse mail pour marie.d@exemple.com », « … mon numéro, 06 12 … »: the new one said with the request.
    const said = options.text && (options.field === 'email' ? emailIn(options.text) : options.field === 'phone' ? phoneIn(options.text) : undefined);
    if (said) return step.next({ text: said } satisfies AnyInput);
    const lead = options.lead ? `${options.lead}\n` : options.leadKey ? `${t(options.leadKey, options.leadParams)}\n` : '';
    if (options.newEmail) return ask(this.deps, step, PROMPT, { text: t('contact.askCode', { email: options.newEmail }) }, lead, true);
    if (options.confirmPhone) return askChoice(this.deps, step, PROMPT, { text: t('contact.phoneAlso', { phone: spacedPhone(options.confirmPhone) }), options: yesNoOptions(t('contact.phoneAlso.yes'), t('contact.phoneAlso.no')) }, lead);
    if (options.suggest) return askEmailSuggestion(this.deps, step, PROMPT, options.suggest, lead);
    // A bare « ok » at the question: what it awaits is said (closingAside.ts).
    if (options.field) Object.assign(step.values, { awaited: { key: `createAccount.awaited.${options.field}`, instead: true } });
    // The detail to change is shown first, then the new one asked.
    const now = options.field === 'phone' && account.phone ? t('contact.currentPhone', { phone: spacedPhone(account.phone) }) : options.field === 'email' ? t('contact.currentEmail', { email: account.email }) : undefined;
    // By SMS, the phone question says « ce numéro » is an answer (the number written from).
    const question = options.field === 'phone' ? phoneQuestionKey(step.context, 'createAccount.ask.phone') : `createAccount.ask.${options.field}`;
    if (options.field) return ask(this.deps, step, PROMPT, { text: t(question) }, lead || (now ? `${now}\n` : ''));
    const current = t('contact.current', { email: account.email, phone: account.phone ? spacedPhone(account.phone) : t('contact.none'), address: account.address ?? t('contact.noneAddress') });
    const options_ = fieldOptions(t, CONTACT_FIELDS).map((o, i) => (CONTACT_FIELDS[i] === 'address' ? { ...o, synonyms: [...(o.synonyms ?? []), 'demenagement', 'j ai demenage'] } : o));
    return askChoice(this.deps, step, PROMPT, { text: `${lead ? '' : `${current}\n`}${t('contact.which')}`, options: options_ }, lead);
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const options = (step.options ?? {}) as ContactOptions;
    const input = step.result as AnyInput;
    const account = await signedIn(this.deps, step.context);
    const commune = await currentCommune(this.deps, step.context);
    if (!account || !commune) return step.endDialog();

    if (options.newEmail) return this.checkCode(step, account, options.newEmail, input.text);
    if (options.confirmPhone) return this.phoneAlso(step, account, options.confirmPhone);
    if (options.suggest) {
      const chosen = emailSuggestionAnswer(step, options.suggest);
      if (!chosen) return step.replaceDialog(FLOW, { field: 'email', suggest: options.suggest, lead: notUnderstood(t, 'choice.task.contact') } satisfies ContactOptions);
      return this.newEmail(step, account, chosen.email, chosen.kept);
    }
    if (!options.field) {
      const chosen = readChoice(step);
      // « rien », « non c'est bon », « je voulais juste voir »: only looked at, nothing to change.
      if (!chosen && NOTHING.test(fold(input.text))) return send(this.deps, step.context, { text: t('contact.nothingChanged') }).then(() => step.endDialog());
      return step.replaceDialog(FLOW, chosen ? { field: CONTACT_FIELDS[chosen.index] } : { lead: notUnderstood(t, 'choice.task.contact') });
    }
    // Another detail asked for at this one's question (« changer mon tel » at the address): that one is asked.
    const other = options.field !== 'address' && check(options.field, input.text) !== undefined ? undefined : contactFieldIn(input.text);
    if (other && other !== options.field && detectIntent(prepare(input.text)) === 'update_contact') return step.replaceDialog(FLOW, { field: other } satisfies ContactOptions);
    if (options.field === 'address') {
      const read = readAddressAnswer(t, localeOf(step.context), input.text, options.addressKept, undefined, await knownTown(this.deps, step.context));
      // A phone number typed there: a postal address is awaited; a new number is offered as the phone once the address is sent.
      const phoneKept = read.ok ? options.phoneKept : read.phone && read.phone !== account.phone ? read.phone : options.phoneKept;
      const leadKey = !read.ok && read.phone && read.phone !== account.phone ? 'contact.phoneLater' : read.ok ? undefined : read.leadKey;
      if (!read.ok) return step.replaceDialog(FLOW, { field: 'address', leadKey, leadParams: read.leadParams, ...(read.kept ? { addressKept: read.kept } : {}), ...(phoneKept ? { phoneKept } : {}) } satisfies ContactOptions);
      const reference = await this.deps.service.requests.submitAddressChange(account, commune, read.value);
      await send(this.deps, step.context, { text: t('contact.addressSubmitted', { reference }) });
      return phoneKept ? step.replaceDialog(FLOW, { field: 'phone', espace: true, confirmPhone: phoneKept } satisfies ContactOptions) : step.endDialog();
    }
    // By SMS, « ce numéro », « le même »: the number the resident writes from.
    const sender = options.field === 'phone' && saysThisNumber(input.text) ? (step.context.turnState.get(SENDER_PHONE) as string | undefined) : undefined;
    const value = (sender ? check('phone', sender) : undefined) ?? check(options.field, input.text);
    if (value === undefined) return step.replaceDialog(FLOW, { field: options.field, leadKey: `createAccount.bad.${options.field}` } satisfies ContactOptions);
    // The one already on file: nothing to change, no code sent for nothing.
    if (value === (options.field === 'phone' ? account.phone : normalizeEmail(account.email))) {
      await send(this.deps, step.context, { text: t(`contact.already.${options.field}`, { email: value, phone: spacedPhone(value) }) });
      return step.endDialog();
    }
    if (options.field === 'phone') {
      await this.deps.service.accounts.changePhone(account, value);
      await send(this.deps, step.context, { text: t('contact.phoneChanged') });
      return step.endDialog();
    }
    return this.newEmail(step, account, value, options.emailKept);
  }

  /** The new e-mail: a likelier domain suggested first (« gmial.com »), unless confirmed as typed; then its code sent. */
  private async newEmail(step: WaterfallStepContext, account: Account, email: string, kept?: string): Promise<DialogTurnResult> {
    const commune = await currentCommune(this.deps, step.context);
    if (!commune) return step.endDialog();
    if (kept !== email && likelyEmail(email)) return step.replaceDialog(FLOW, { field: 'email', suggest: email } satisfies ContactOptions);
    await this.deps.service.accounts.startEmailChange(account, email, commune, localeOf(step.context));
    return step.replaceDialog(FLOW, { newEmail: email, leadKey: 'contact.codeSent', leadParams: { email } } satisfies ContactOptions);
  }

  /** « Voulez-vous aussi remplacer votre numéro par … ? »: yes changes it, no keeps the one on file. */
  private async phoneAlso(step: WaterfallStepContext, account: Account, phone: string): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const chosen = readChoice(step);
    if (!chosen) return step.replaceDialog(FLOW, { field: 'phone', espace: true, confirmPhone: phone, lead: notUnderstood(t, 'choice.task.contact') } satisfies ContactOptions);
    if (chosen.index === 0) await this.deps.service.accounts.changePhone(account, phone);
    await send(this.deps, step.context, { text: t(chosen.index === 0 ? 'contact.phoneChanged' : 'contact.phoneUnchanged') });
    return step.endDialog();
  }

  private async checkCode(step: WaterfallStepContext, account: Account, newEmail: string, typed: string): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const result = await this.deps.service.accounts.confirmEmailChange(account, newEmail, typed);
    if (result === 'ok' || result === 'taken') {
      await send(this.deps, step.context, { text: t(result === 'ok' ? 'contact.emailChanged' : 'contact.emailTaken', { email: newEmail }) });
      return step.endDialog();
    }
    if (result.reason === 'wrong') {
      const leadKey = result.triesLeft === 1 ? 'signIn.wrongCodeLast' : 'signIn.wrongCode';
      return step.replaceDialog(FLOW, { newEmail, leadKey, leadParams: { count: result.triesLeft } } satisfies ContactOptions);
    }
    await send(this.deps, step.context, { text: t('contact.codeStopped') });
    return step.endDialog();
  }
}

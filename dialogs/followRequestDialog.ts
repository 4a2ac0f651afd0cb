/**
 * Following a request: without an account, with its reference and the e-mail used for it (both
 * must match, and the answer never says which one did not); signed in, « mes demandes » lists
 * the account's requests, as the portal's « Dernières demandes ».
 */
import { check } from './accountFields';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './dialogLibrary';
import { emailIn } from '../src/domain/accounts';
import { normalize } from '../src/domain/text';
import { normalizeReference, referenceNumberIn } from '../src/domain/requests';
import { addressInSentence } from '../src/domain/postalAddress';
import { saysHasNone } from '../src/nlu/noneAnswer';
import { asksForLostReference, lacksReference } from '../src/nlu/requestTopics';
import type { FollowedRequest } from '../src/domain/requestService';
import type { Commune } from '../src/domain/types';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { ask, currentCommune, localeOf, send, signedIn, translator, type DialogDeps } from './dialogContext';
import { contactLines } from './infoAnswers';
import { FOLLOW_PROOF_DIALOG, FollowProofDialog, type FollowProofOptions, type FollowProofResult } from './followProofDialog';
import { LOST_REFERENCE_DIALOG, LostReferenceDialog, type LostReferenceOptions } from './lostReferenceDialog';
import { forgetsEmail, SIGN_IN_DIALOG, type SignInResult } from './signInDialog';
import { FOLLOW_ACCOUNT_WORDS, mineText } from './followMine';
import { followedLines, madeHereText } from './followAnswers';
import { accountAtFollow } from '../src/nlu/accountAtFollow';

export const FOLLOW_REQUEST_DIALOG = 'followRequest';
const FLOW = 'followRequestFlow';
const PROMPT = 'followRequestPrompt';

export interface FollowOptions {
  /** The message that asked; it may hold the reference. */
  text?: string;
  reference?: string;
  /** « mes demandes » of the signed-in account (without one: those made in this conversation). */
  mine?: boolean;
  /** « j'ai perdu ma référence »: the requests known here said at once; else the references mailed (lostReferenceDialog.ts). */
  lost?: boolean;
  leadKey?: string;
  /** « annuler ma demande CSP-… »: no request is cancelled in the chat; after its status, who to ask is said. */
  cancel?: boolean;
  /** Requests not found so far: the reference is asked again (MAX_TRIES in all), then who to ask is said. */
  tries?: number;
  /** An e-mail typed before the reference: kept, not asked again. */
  email?: string;
  /**
   * The reference and the e-mail just tried, not found: the resident may correct either one alone (« sophie.martin@… »
   * after a slip in the e-mail), tried with the other one kept.
   */
  tried?: { reference: string; email: string };
}

/** What a message at the reference's question may be read as without asking another task: nothing, or the démarche followed. */
const NOT_ANOTHER_TASK: ReadonlySet<string> = new Set(['unknown', 'greeting', 'help', 'abort', 'civil_status_act', 'family_booklet', 'electoral_roll', 'citizen_census', 'address_change', 'cohabitation_certificate', 'parental_authorization', 'elsewhere_demarche']);

/** Tries at following a request in one go before the service's contact is given instead. */
const MAX_TRIES = 3;

/** The message asks to cancel the request (« annuler ma demande », « retirer ma demande »). */
const asksToCancel = (text: string | undefined): boolean => /\b(?:annul|retir|supprim)\w*/.test(normalize(text ?? ''));

export class FollowRequestDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(FOLLOW_REQUEST_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    this.addDialog(new LostReferenceDialog(deps));
    this.addDialog(new FollowProofDialog(deps));
    this.addDialog(new WaterfallDialog(FLOW, [this.ask.bind(this), this.answer.bind(this), this.proven.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const options = (step.options ?? {}) as FollowOptions;
    const cancel = options.cancel ?? asksToCancel(options.text);
    (step.values as { cancel?: boolean; tries?: number }).cancel = cancel;
    (step.values as { tries?: number }).tries = options.tries ?? 0;
    (step.values as { email?: string }).email = options.email;
    (step.values as Pick<FollowOptions, 'tried'>).tried = options.tried;
    // The whole reference, or its number alone (« ma demande 000123 ça avance ? »), kept as « n°000123 » (see answer()).
    const numbered = options.text && (/(?<![\d/])\d{4,6}(?![\d/])/.test(options.text) || /(?:demande|dossier|num[ée]ro|n°|r[ée]f\w*)\s*\d/i.test(options.text));
    const number = numbered ? referenceNumberIn(options.text as string) : undefined;
    const reference = options.reference ?? (options.text ? normalizeReference(options.text) : undefined) ?? (number ? `n°${number}` : undefined);
    // Signed in, without a reference given (« où en est ma demande »): the account's requests are known.
    const account = options.mine || options.lost || (!reference && !options.leadKey) ? await signedIn(this.deps, step.context) : undefined;
    if (account) {
      const mine = await mineText(this.deps, step.context, account);
      if ((options.mine && !options.lost) || mine.count > 0) {
        await send(this.deps, step.context, { text: mine.text });
        return step.endDialog();
      }
    }
    // Without an account, in the conversation where requests were made: those requests, no reference asked; a reference
    // of one of them typed there (« CSP-2026-000002 », made without an e-mail) is that one, no e-mail asked either.
    // « mes demandes », « j'ai perdu ma référence » there: those requests too (the reference was asked, or an e-mail it may not have).
    if (!account && (reference ? !reference.startsWith('n°') : !options.leadKey)) {
      const made = await madeHereText(this.deps, step.context, reference, cancel);
      if (made) {
        await send(this.deps, step.context, { text: made });
        return step.endDialog();
      }
    }
    if (options.lost) return step.replaceDialog(LOST_REFERENCE_DIALOG, {} satisfies LostReferenceOptions);
    // Not signed in, nothing given yet (« mes demandes », « où en est ma demande »): signing in to see them all, or the number.
    // (Asked again after words not understood: the same two ways offered, the number's shape said.)
    const offer = !account && !reference && (!options.leadKey || options.leadKey === 'follow.badReference') && !options.email && !options.tried && !options.tries;
    if (offer) Object.assign(step.values, { readsOwn: FOLLOW_ACCOUNT_WORDS });
    const lead = options.leadKey ? `${t(options.leadKey)}\n` : offer ? `${t('follow.signInOffer')}\n` : '';
    const question = reference ? t('follow.askEmail', { reference }) : t('follow.askReference');
    (step.values as { reference?: string }).reference = reference;
    const choices = offer ? { choices: [{ label: t('follow.signInChoice') }, { label: t('follow.lostChoice') }], short: { choices: [] } } : {};
    return ask(this.deps, step, PROMPT, { text: question, ...choices }, lead);
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const input = step.result as AnyInput;
    const { reference: asked, cancel, tries, email: kept, tried, readsOwn } = step.values as { reference?: string; cancel?: boolean; tries?: number; email?: string; readsOwn?: string } & Pick<FollowOptions, 'tried'>;
    // « me connecter », « j'ai un compte » where both ways were offered: signed in, the account's requests (proven()).
    const account = readsOwn === FOLLOW_ACCOUNT_WORDS ? accountAtFollow(input.text) : undefined;
    if (account === 'signIn') return step.beginDialog(SIGN_IN_DIALOG, {});
    if (account === 'noAccount') return step.replaceDialog(FLOW, { leadKey: 'follow.noAccount', cancel, tries } satisfies FollowOptions);
    let email = emailIn(input.text) ?? kept;
    let reference = asked;
    // Not found just before: the e-mail alone corrected is tried with the reference given (and the reference alone with the e-mail).
    const corrected = tried && !asked ? correctedOne(input.text, tried) : undefined;
    if (corrected) ({ reference, email } = corrected);
    else if (!asked) {
      // « Je l'ai perdue »: the references are mailed to the e-mail given for the requests.
      // « je l'ai pas », « je sais pas », « non »: how to find it again.
      if (asksForLostReference(input.text) || lacksReference(input.text) || saysHasNone(input.text)) return step.replaceDialog(LOST_REFERENCE_DIALOG, (kept ? { email: kept } : {}) satisfies LostReferenceOptions);
      // The whole reference, or its number alone (« 000123 », « la 123 »): found with the e-mail. The
      // number is kept as « n°000123 »: six digits alone would be hidden as a code in the stored state.
      // (A house number, « au 5 rue Victor Hugo », is not a request's.)
      const number = addressInSentence(input.text) ? undefined : referenceNumberIn(input.text);
      reference = normalizeReference(input.text) ?? (number ? `n°${number}` : undefined);
      // « et mon adresse aussi, j'ai déménagé au 5 rue Victor Hugo »: another task asked, handed back to be routed (not « numéro 000005 »).
      if (!reference && !email && this.asksAnotherTask(input.text)) return step.endDialog({ unhandled: input } satisfies { unhandled: AnyInput });
      // An e-mail typed first: kept for after the reference, said so, and the reference asked again.
      if (!reference) return step.replaceDialog(FLOW, { leadKey: email ? 'follow.emailKept' : 'follow.badReference', cancel, tries, ...(email ? { email } : {}) } satisfies FollowOptions);
      if (!email) return step.replaceDialog(FLOW, { reference, cancel, tries } satisfies FollowOptions);
    }
    // « en fait j'ai perdu ma référence » once a reference was typed (it may be wrong): how to find it again, never « not an e-mail ».
    if (!email && asked && asksForLostReference(input.text)) return step.replaceDialog(LOST_REFERENCE_DIALOG, {} satisfies LostReferenceOptions);
    if (!email && reference && (saysHasNone(input.text) || forgetsEmail(input.text))) {
      // A request made without an e-mail (a civil-status act by post), or its e-mail forgotten (« je sais plus »): followed with a name and a date written in it.
      return step.beginDialog(FOLLOW_PROOF_DIALOG, { reference } satisfies FollowProofOptions);
    }
    // « durand » at the e-mail's question: a name given instead, checked with the request's day as when the e-mail is not
    // known (it was « cette adresse e-mail ne semble pas complète », asked again and again).
    if (!email && reference && nameInsteadOfEmail(input.text)) return step.beginDialog(FOLLOW_PROOF_DIALOG, { reference, name: input.text.trim(), leadKey: 'follow.proof.intro' } satisfies FollowProofOptions);
    if (!email || !reference) {
      // Asked for the e-mail, the resident gives the whole reference again: it replaces the first one.
      const other = normalizeReference(input.text);
      if (other) return step.replaceDialog(FLOW, { reference: other, cancel, tries } satisfies FollowOptions);
      return step.replaceDialog(FLOW, { reference, leadKey: 'signIn.badEmail', cancel, tries } satisfies FollowOptions);
    }
    const commune = await currentCommune(this.deps, step.context);
    if (!commune) return step.endDialog();
    const request = await this.deps.service.requests.follow(commune, reference, email);
    (step.values as Pick<FollowOptions, 'tried'>).tried = { reference, email };
    // Too many wrong tries at this reference (from any conversation, with an e-mail or a name and a date): no more today.
    if (request === 'locked') return this.locked(step);
    return request ? this.tell(step, commune, request) : this.notFound(step, 'follow.notFound');
  }

  /** A sentence asking a task of another area (the account, the bookings, the invoices), not a démarche (« c'est pour le recensement » describes the request). */
  private asksAnotherTask(text: string): boolean {
    if (text.trim().split(/\s+/).length < 3) return false;
    const { intent } = this.deps.understand(text);
    return !NOT_ANOTHER_TASK.has(intent);
  }

  /** After the name and the date of a request made without an e-mail. */
  private async proven(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as FollowProofResult | SignInResult | undefined;
    const { reference } = step.values as { reference?: string };
    if (!result) return step.endDialog();
    // Signed in at the offer: the requests of the account (made with its e-mail too); what was kept at its e-mail, handed back.
    if (!('request' in result || 'byPhone' in result || 'notFound' in result || 'locked' in result)) {
      if (result.account) await send(this.deps, step.context, { text: (await mineText(this.deps, step.context, result.account)).text });
      return step.endDialog(result.unhandled ? { unhandled: result.unhandled } : undefined);
    }
    if ('byPhone' in result) return this.byPhone(step, reference ?? '');
    // Not found with the address for a date (not remembered, or none in the request): the service to ask, no loop.
    if ('notFound' in result) return this.notFound(step, 'follow.proof.notFound', result.withAddress);
    if ('locked' in result) return this.locked(step);
    const commune = await currentCommune(this.deps, step.context);
    return commune ? this.tell(step, commune, result.request) : step.endDialog();
  }

  private async tell(step: WaterfallStepContext, commune: Commune, request: FollowedRequest): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const { cancel } = step.values as { cancel?: boolean };
    await send(this.deps, step.context, { text: followedLines(this.deps, t, localeOf(step.context), commune, request, cancel, this.deps.renderer.isPaid(step.context.activity.channelId)).join('\n') });
    return step.endDialog();
  }

  /** Not found: the reference is asked again (a slip in it, another request), or after MAX_TRIES who to ask. */
  private async notFound(step: WaterfallStepContext, key: string, last?: boolean): Promise<DialogTurnResult> {
    const { cancel, tries = 0, tried } = step.values as { cancel?: boolean; tries?: number } & Pick<FollowOptions, 'tried'>;
    if (!last && tries + 1 < MAX_TRIES) return step.replaceDialog(FLOW, { leadKey: `${key}Again`, cancel, tries: tries + 1, ...(tried ? { tried } : {}) } satisfies FollowOptions);
    const t = translator(this.deps, step.context);
    const commune = await currentCommune(this.deps, step.context);
    await send(this.deps, step.context, { text: [t(key), ...(commune ? [contactLines(t, commune, this.deps.service.serviceFor(commune, 'requests'))] : [])].join('\n') });
    return step.endDialog();
  }

  /** Too many wrong tries at this reference (from any conversation): no more tries today, the service to ask. */
  private async locked(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const commune = await currentCommune(this.deps, step.context);
    await send(this.deps, step.context, { text: [t('follow.proof.locked'), ...(commune ? [contactLines(t, commune, this.deps.service.serviceFor(commune, 'requests'))] : [])].join('\n') });
    return step.endDialog();
  }

  /** Without an e-mail nor the request's details: the service answers by phone, with the reference. */
  private async byPhone(step: WaterfallStepContext, reference: string): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const commune = await currentCommune(this.deps, step.context);
    if (!commune) return step.endDialog();
    await send(this.deps, step.context, { text: [t('follow.noEmail', { reference }), contactLines(t, commune, this.deps.service.serviceFor(commune, 'requests'))].join('\n') });
    return step.endDialog();
  }
}

/** Words of an e-mail typed without its « @ » (« durand gmail com »): never a name. */
const MAIL_WORDS = /\b(?:gmail|hotmail|yahoo|outlook|orange|free|sfr|laposte|wanadoo|live|icloud|mail|com|fr|net)\b/;

/** A name alone (« durand », « Marie Dupont ») where the e-mail is asked: one to three words of letters, no e-mail's words. */
function nameInsteadOfEmail(text: string): boolean {
  const said = normalize(text);
  return said.split(' ').length <= 3 && !MAIL_WORDS.test(said) && check('lastName', text) !== undefined;
}

/**
 * After a request not found: a new e-mail alone, or a new reference alone (« pardon c'est julie.durand@… »), with the other
 * one as tried; undefined otherwise (« où en est ma demande CSP-… » asks anew).
 */
function correctedOne(text: string, tried: NonNullable<FollowOptions['tried']>): { reference: string; email: string } | undefined {
  const email = emailIn(text);
  const reference = normalizeReference(text);
  const rest = normalize(text.replace(/\S+@\S+/g, ' ')).replace(/\b[a-z]{2,5}[\s-]*20\d{2}[\s-]*\d{1,6}\b/g, ' ').trim();
  if (rest.split(/\s+/).filter(Boolean).length > 4 || /\b(?:demandes?|dossiers?|suivre|requests?)\b/.test(rest)) return undefined;
  if (email && !reference && email !== tried.email) return { reference: tried.reference, email };
  if (reference && !email && reference !== tried.reference) return { reference, email: tried.email };
  return undefined;
}

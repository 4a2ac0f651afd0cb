/**
 * « Signaler une absence »: which child, which days, why; a medical certificate can be attached
 * (where files can be sent). The billing rule is said before anything is saved: a day still
 * before the cancellation deadline is simply cancelled; after it, the day stays billed unless
 * the absence is justified by a medical certificate.
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './dialogLibrary';
import { isDomainError } from '../src/domain/errors';
import { normalize } from '../src/domain/text';
import type { Account, Child } from '../src/domain/types';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { recognizeYesNo } from '../src/nlu/yesNo';
import { bareDays } from '../src/nlu/bareDays';
import { saysDaysTakenBack } from '../src/nlu/daysTakenBack';
import { askChoice, notUnderstood, readChoice } from './choicePrompt';
import { listDays } from '../src/domain/formats';
import { parisDay } from '../src/domain/parisTime';
import { ask, currentCommune, localeOf, send, signedIn, translator, type DialogDeps } from './dialogContext';
import type { SignInResult } from './signInDialog';
import { requireFamilyFile } from './familyFileFirst';
import { ALL_CHILDREN, allChildrenSaid } from './allChildrenSaid';
import { unknownChildAnswer, unknownChildLead } from './unknownChild';
import { CERTIFICATE, certificateElsewhere, certificateSteps } from './absenceCertificate';
import { NO_ACTIVITY, noActivitySteps, noActivityTurn } from './absenceNoActivity';
import { daysSince } from './absenceSince';
import { CERTIFICATE_SAID, saveAbsence } from './absenceSave';
import { absenceDaysAnswer } from './absenceDaysAnswer';
import { ILLNESS, NOT_A_REASON, saysIllness } from './absenceReasonWords';
import { numberedChoice } from './bookingSteps';
import { ABSENCE_DIALOG, type AbsenceOptions } from './absenceOptions';

export { ABSENCE_DIALOG, type AbsenceOptions } from './absenceOptions';
const FLOW = 'absenceFlow';
const CHILD = 'absenceChild';
const DAYS = 'absenceDays';
const REASON = 'absenceReason';
const PROMPT = 'absencePrompt';

export class AbsenceDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(ABSENCE_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(FLOW, [...requireFamilyFile(deps, 'absence.signInFirst'), this.begin.bind(this)]));
    this.addDialog(new WaterfallDialog(CHILD, [this.askChild.bind(this), this.readChild.bind(this)]));
    this.addDialog(new WaterfallDialog(DAYS, [this.askDays.bind(this), this.readDays.bind(this)]));
    this.addDialog(new WaterfallDialog(REASON, [this.askReason.bind(this), this.readReason.bind(this)]));
    this.addDialog(new WaterfallDialog(CERTIFICATE, certificateSteps<AbsenceOptions>(deps, PROMPT, this.save.bind(this))));
    this.addDialog(new WaterfallDialog(NO_ACTIVITY, noActivitySteps<AbsenceOptions>(deps, PROMPT, this.reasonIfNeeded.bind(this))));
    this.initialDialogId = FLOW;
  }

  private async children(step: WaterfallStepContext): Promise<{ account: Account; children: Child[] } | undefined> {
    const account = await signedIn(this.deps, step.context);
    if (!account) return undefined;
    const file = await this.deps.service.familyFile(account);
    if (!file) {
      const commune = await currentCommune(this.deps, step.context);
      await send(this.deps, step.context, { text: translator(this.deps, step.context)('familyFile.notLinked', { keyName: commune?.familyKeyName ?? '' }) });
      return undefined;
    }
    return { account, children: file.children.map((c) => c.child) };
  }

  private async begin(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (!(step.result as SignInResult | undefined)?.account) return step.endDialog();
    const family = await this.children(step);
    if (!family) return step.endDialog();
    const options = (step.options ?? {}) as AbsenceOptions;
    const zone = options.text ? (await currentCommune(this.deps, step.context))?.schoolZone : undefined;
    // The month shown before is for a day said by its number (« le 19 »); « lundi » alone is the coming one.
    const month = options.text && /\d/.test(options.text) ? options.month : undefined;
    const understood = options.text ? this.deps.understand(options.text, family.children.map((c) => c.firstName), month, zone) : undefined;
    // « Léa et Hugo », « les 2 », « mes enfants »: every child named; one child in the family: that one.
    const names = understood?.children?.length ? understood.children : options.text && allChildrenSaid(options.text) ? family.children.map((c) => c.firstName) : [];
    const named = family.children.filter((c) => names.includes(c.firstName));
    // « lucas sera absent », no Lucas in the file: the children of the file said, the child asked (the days kept).
    const unknown = await unknownChildLead(this.deps, step.context, family.account, options.text, family.children.map((c) => c.firstName));
    const next: AbsenceOptions = { ...options, ...(unknown ? { lead: unknown } : {}) };
    if (unknown) next.childIds = undefined;
    else if (named.length) next.childIds = named.map((c) => c.id);
    else if (family.children.length === 1) next.childIds = family.children.map((c) => c.id);
    // « absent à partir de lundi »: not Monday alone, until when is asked.
    if (understood?.openStart && options.text) next.openStart = options.text;
    else if (options.daysSaid?.length) next.days = options.daysSaid;
    else if (understood?.dates.length) next.days = understood.dates;
    // « malade depuis hier »: from yesterday to today; tomorrow's return is asked about when saved.
    const since = daysSince(options.text, next.days, parisDay(this.deps.service.clock.now()));
    if (since) Object.assign(next, { days: since, untilToday: true });
    // « elle a de la fièvre », « il est malade » said with the absence: the reason is not asked again.
    if (options.text && saysIllness(normalize(options.text))) next.reason = 'illness';
    // No child named, the days said: the only child with something booked those days is the one (« elle ne mangera pas le 11 »).
    if (!next.childIds && next.days && !unknown) next.childIds = await this.onlyBooked(family.account, family.children, next.days);
    if (!next.childIds) return step.replaceDialog(CHILD, next);
    return next.days ? this.reasonIfNeeded(step, next) : step.replaceDialog(DAYS, next);
  }

  /** The one child with bookings on these days, when only one has any. */
  private async onlyBooked(account: Account, children: Child[], days: string[]): Promise<number[] | undefined> {
    const sorted = [...days].sort();
    const entries = await this.deps.service.reservations.agenda(account, children.map((c) => c.id), sorted[0] as string, sorted.at(-1) as string);
    const booked = new Set(entries.filter((e) => days.includes(e.day)).map((e) => e.childId));
    return booked.size === 1 ? [...booked] : undefined;
  }

  /** The reason is asked only when a day would stay billed; days all free to cancel are simply cancelled. */
  private async reasonIfNeeded(step: WaterfallStepContext, options: AbsenceOptions): Promise<DialogTurnResult> {
    const account = await signedIn(this.deps, step.context);
    if (!account || !options.childIds || !options.days) return step.endDialog();
    // A Sunday, a public holiday: nothing to report that day; the next booked day is offered.
    const closed = await noActivityTurn(this.deps, step, options, account, DAYS);
    if (closed) return closed;
    try {
      const needs = await Promise.all(options.childIds.map((id) => this.deps.service.reservations.absenceNeedsReason(account, id, options.days as string[])));
      // « j'ai un certificat médical pour l'absence de Léa le 7 »: an absence noted before, not justified: its certificate asked
      // (where files cannot be sent, where to send it); it was « déjà notée : rien de plus à faire ».
      if (!needs.includes(true) && CERTIFICATE_SAID.test(normalize(options.text ?? ''))) {
        const open = await Promise.all(options.childIds.map((id) => this.deps.service.reservations.absenceToJustify(account, id, options.days as string[])));
        if (open.includes(true) && this.deps.renderer.canReceiveFiles(step.context.activity)) return step.replaceDialog(CERTIFICATE, { ...options, reason: 'illness' });
        if (open.includes(true)) return send(this.deps, step.context, { text: await certificateElsewhere(this.deps, step) }).then(() => step.endDialog());
      }
      if (!needs.includes(true)) return this.save(step, options, null, '');
    } catch (e) {
      if (!isDomainError(e)) throw e;
    }
    return options.reason ? this.withReason(step, options) : step.replaceDialog(REASON, options);
  }

  private async askChild(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const family = await this.children(step);
    if (!family) return step.endDialog();
    const options = step.options as AbsenceOptions;
    const all = family.children.length > 1 ? [{ label: t('booking.allChildren'), synonyms: ALL_CHILDREN }] : [];
    return askChoice(this.deps, step, PROMPT, { text: t('absence.askChild'), options: [...family.children.map((c) => ({ label: c.firstName })), ...all] }, options.lead ? `${options.lead}\n` : '');
  }

  private async readChild(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = { ...(step.options as AbsenceOptions), lead: undefined };
    const family = await this.children(step);
    if (!family) return step.endDialog();
    // « je voudrais inscrire hugo au centre mercredi »: a booking, even with a child named; handed back to the menu.
    if (this.deps.understand((step.result as AnyInput).text).intent === 'book') return step.endDialog({ unhandled: step.result as AnyInput });
    const chosen = readChoice(step);
    const children = chosen ? (chosen.index >= family.children.length ? family.children : family.children.slice(chosen.index, chosen.index + 1)) : [];
    if (children.length === 0) return this.daysAtChild(step, options, family);
    // « Léa, la semaine du 18 » (not « le 2 », the option): the days said with the child replace those said before, or are the days.
    const text = (step.result as AnyInput).text;
    // « le 15 lea »: the child's name after the day does not make the number a count (understand.ts).
    const said = numberedChoice(step, text, chosen, true) ? [] : this.deps.understand(bareDays(text), family.children.map((c) => c.firstName), options.month).dates;
    const next = { ...options, childIds: children.map((c) => c.id), ...(said.length ? { days: said } : {}) };
    return next.days ? this.reasonIfNeeded(step, next) : step.replaceDialog(DAYS, next);
  }

  /**
   * The days said where the child is asked (« le 19 »): kept, and the only child booked those days is the one;
   * otherwise the child is asked again, saying the days are noted.
   */
  private async daysAtChild(step: WaterfallStepContext, options: AbsenceOptions, family: { account: Account; children: Child[] }): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const text = (step.result as AnyInput).text;
    // « le 25 pas le 4 », « en fait pas le 4 »: the days taken out are never the absence's.
    const back = saysDaysTakenBack(text, parisDay(this.deps.service.clock.now()), options.month);
    const dates = back ? back.into : this.deps.understand(text, family.children.map((c) => c.firstName), options.month).dates;
    // « lucas », no Lucas in the file: the children of the file said, asked again.
    const unknown = dates.length ? undefined : await unknownChildAnswer(this.deps, step.context, family.account, text, family.children.map((c) => c.firstName));
    if (dates.length === 0) return step.replaceDialog(CHILD, { ...options, lead: unknown ?? notUnderstood(t, 'choice.task.absence') });
    const next = { ...options, days: dates };
    next.childIds = await this.onlyBooked(family.account, family.children, dates);
    if (next.childIds) return this.reasonIfNeeded(step, next);
    return step.replaceDialog(CHILD, { ...next, lead: t('absence.daysNoted', { days: listDays(localeOf(step.context), dates) }) });
  }

  private async askDays(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const options = step.options as AbsenceOptions;
    // A bare « ok »: the days are awaited, said before the question again (closingAside.ts).
    Object.assign(step.values, { awaited: { key: 'absence.awaited.days' } });
    return ask(this.deps, step, PROMPT, { text: t(options.openStart ? 'booking.untilWhen' : 'absence.askDays') }, options.lead ? `${options.lead}\n` : '');
  }

  private async readDays(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = { ...(step.options as AbsenceOptions), lead: undefined };
    const answer = await absenceDaysAnswer(this.deps, step.context, options, (step.result as AnyInput).text, async () => (await this.children(step))?.children);
    if ('days' in answer) return this.reasonIfNeeded(step, { ...options, days: answer.days });
    return step.replaceDialog(DAYS, { ...options, ...answer });
  }

  private async askReason(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const options = step.options as AbsenceOptions;
    const lead = options.lead ? `${options.lead}\n` : `${t('absence.rule')}\n`;
    const reasons = [{ label: t('absence.reason.illness'), synonyms: ILLNESS }, { label: t('absence.reason.other'), synonyms: ['autre', 'autre motif', 'other'] }];
    return askChoice(this.deps, step, PROMPT, { text: t('absence.askReason'), options: reasons }, lead);
  }

  private async readReason(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const options = { ...(step.options as AbsenceOptions), lead: undefined };
    const said = normalize((step.result as AnyInput).text);
    const chosen = readChoice(step);
    // Any other words are a reason of their own (« un rendez-vous »), but not a number out of the list.
    const illness = chosen ? chosen.index === 0 : saysIllness(said);
    // Nor a bare « oui », « non », « ok » or « je ne sais pas »: they fit neither option, the question is asked again.
    const yesNo = recognizeYesNo((step.result as AnyInput).text);
    const noReason = (yesNo !== undefined && !yesNo.rest) || NOT_A_REASON.test(said);
    const other = chosen ? chosen.index === 1 : !illness && !noReason && said.length > 2 && !/^\D*\d+\D*$/.test(said);
    if (!illness && !other) return step.replaceDialog(REASON, { ...options, lead: notUnderstood(t, 'choice.task.absence') });
    return this.withReason(step, { ...options, reason: illness ? 'illness' : 'other' });
  }

  /** The reason known: for an illness, the certificate (where files can be sent); then saved. */
  private async withReason(step: WaterfallStepContext, options: AbsenceOptions): Promise<DialogTurnResult> {
    const illness = options.reason === 'illness';
    if (illness && this.deps.renderer.canReceiveFiles(step.context.activity)) return step.replaceDialog(CERTIFICATE, options);
    return this.save(step, options, null, illness ? await certificateElsewhere(this.deps, step) : '');
  }

  /** The absence recorded for each child (absenceSave.ts). */
  private async save(step: WaterfallStepContext, options: AbsenceOptions, documentId: number | null, note: string): Promise<DialogTurnResult> {
    const family = await this.children(step);
    if (!family || !options.childIds || !options.days) return step.endDialog();
    return saveAbsence(this.deps, step, family, options, documentId, note);
  }
}

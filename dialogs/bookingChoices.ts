/**
 * The start of « Modifier les réservations »: the first message read (activity, children, days
 * said at once), then the activity and the children asked when not known.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import type { BookableActivity } from '../src/domain/reservations';
import { normalize } from '../src/domain/text';
import type { Account, Child } from '../src/domain/types';
import { detectActivity, namesCareOnly } from '../src/nlu/activities';
import { prepare } from '../src/nlu/frenchText';
import { recognizeYesNo } from '../src/nlu/yesNo';
import type { AnyInput } from './anyInputPrompt';
import { activitiesBookedOn, activitiesOfNamed, childrenToBook } from './bookingContext';
import { askChoice, notUnderstood, readChoice } from './choicePrompt';
import { localeOf, send, translator, type DialogDeps } from './dialogContext';
import { listDays } from '../src/domain/formats';
import type { SignInResult } from './signInDialog';
import { handleSubmit } from './bookingCardSubmit';
import { beginParts, partsSaid } from './bookingParts';
import { fromReference } from './bookingReferenceTurn';
import { notEnrolledLead } from './enrolmentAnswer';
import { bookedMonthOfDays } from './cancelDayMonth';
import { bookedWeekdayOf } from './cancelWeekday';
import { runningOn } from './activitiesOnDays';
import { anotherChildsRequest } from './bookingAnotherChild';
import { childDaysSaid, daysSaid, mixedSaid, wishesOfActions } from './bookingDaysSaid';
import { childrenBesidesException } from '../src/nlu/childExceptions';
import { nothingBookedOn } from './cancelNothingBooked';
import { unknownChildAnswer, unknownChildLead } from './unknownChild';
import { ALL_CHILDREN, allChildrenSaid } from './allChildrenSaid';
import { ACTIVITY, bookable, CHILDREN, DAYS, elsewhere, FLOW, numberedChoice, PROMPT, signedInAccount, type BookingOptions } from './bookingSteps';

export async function begin(deps: DialogDeps, step: WaterfallStepContext): Promise<DialogTurnResult> {
  const account = (step.result as SignInResult | undefined)?.account;
  if (!account) return step.endDialog();
  const options = (step.options ?? {}) as BookingOptions;
  const list = await bookable(deps, step, account);
  if (!list) return step.endDialog();
  if (options.reference) return fromReference(deps, step, account, options);
  if (options.submit) return handleSubmit(deps, step, options, options.submit);
  const names = [...new Map(list.flatMap((b) => b.children).map((c) => [c.id, c.firstName])).values()];
  // After the agenda of January, « annuler le 19 » is 19 January (options.month: the month shown before).
  // « et le jeudi aussi » after a booking on Tuesday 5 January: Thursday 7 January (options.about, the booking's last day).
  let understood = options.text ? deps.understand(options.text, names, options.month, list[0]?.activity.schoolZone, options.about) : undefined;
  // « vendredi » alone after January was shown: the coming Friday (not Friday 1 January); « les lundis » stay January's.
  if (options.text && options.month && !options.about && understood?.dates.length === 1 && !/\d/.test(options.text)) understood = deps.understand(options.text, names, undefined, list[0]?.activity.schoolZone);
  // Days corrected at the sign-in (bookingKeptAtSignIn.ts): those, the rest of the request as said.
  if (understood && options.days?.length) understood = { ...understood, dates: options.days };
  // « à partir de lundi », no end: not Monday alone, until when is asked (its month shown).
  if (understood?.openStart) understood = { ...understood, dates: [], needsEndDate: true, month: understood.dates[0]?.slice(0, 7) };
  const activitySaid = understood?.activity;
  let candidates = activitySaid ? list.filter((b) => b.activity.code === activitySaid) : list;
  // « la garderie » alone: the morning or the evening care, when the family has either (both asked, else the one).
  const care = options.text && !understood?.activity && namesCareOnly(prepare(options.text)) ? candidates.filter(isCare) : [];
  if (care.length) candidates = care;
  // « … sauf Hugo vendredi », « sauf pour Hugo »: a child named in an exception is not the only one the booking is for.
  const besides = options.text ? childrenBesidesException(options.text, names, (part) => deps.understand(part, names, options.month, list[0]?.activity.schoolZone)) : undefined;
  const named = besides ?? (understood?.children?.length ? understood.children : options.text && allChildrenSaid(options.text) ? names : []);
  if (named.length && candidates.length > 1) {
    const forNamed = candidates.filter((b) => named.every((n) => b.children.some((c) => c.firstName === n)));
    if (forNamed.length) candidates = forNamed;
  }
  // « Léa à la cantine et Hugo à la garderie »: each child's own activity; « non pas la cantine pour Hugo » cancels nothing.
  const parts = options.reference || options.submit ? undefined : partsSaid(list, options.text);
  // « réservez du 7 au 11 et annulez le 14 »: each day with its own action, the basket cancels no more than the 14th.
  const mixed = options.text ? mixedSaid(deps, options.text, list, options.month) : undefined;
  const cancel = mixed ? false : parts?.corrected ? deps.understand((options.text ?? '').replace(/\b(?:pas|not)\b/gi, ' ')).intent === 'cancel_booking' : (options.cancel ?? understood?.intent === 'cancel_booking');
  // « inscrire lucas à la cantine », no Lucas in the file: the children of the file said, the child asked (the rest kept).
  const unknown = parts ? undefined : await unknownChildLead(deps, step.context, account, options.text, names);
  const next: BookingOptions = { ...options, cancel, ...(named.length && !unknown ? { childNames: named } : {}), ...(unknown ? { lead: unknown } : {}) };
  if (care.length > 1) next.careOnly = true;
  // « tous les mercredis sauf le 25 »: its end asked, the words kept to be read with it.
  if (understood?.needsEndDate && options.text) Object.assign(next, { openRecurrence: options.text, lead: translator(deps, step.context)(understood.openStart ? 'booking.untilWhen' : 'booking.needsEndDate') });
  if (next.cancel && understood?.dates.length && options.text) {
    // « annuler le 15 », nothing booked on the 15th of the month shown: the only 15th booked in the coming months.
    const text = options.text;
    const kids = candidates.flatMap((b) => b.children).filter((c) => !named.length || named.includes(c.firstName));
    const moved = await bookedMonthOfDays(deps, account, [...new Set(kids.map((c) => c.id))], understood.dates, (m) => deps.understand(text, names, m, list[0]?.activity.schoolZone).dates, activitySaid ? candidates.map((b) => b.activity.id) : undefined);
    // « finalement annule le mardi », nothing booked on the coming Tuesday: the one Tuesday booked ahead.
    const ahead = moved?.length ? undefined : await bookedWeekdayOf(deps, account, [...new Set(kids.map((c) => c.id))], understood.dates, text, activitySaid ? candidates.map((b) => b.activity.id) : undefined);
    if (moved?.length) understood = { ...understood, dates: moved, month: undefined };
    else if (ahead) understood = { ...understood, dates: ahead, month: undefined };
  }
  if (next.cancel && understood?.dates.length && candidates.length) {
    // « annule jeudi »: days named; when one activity only is booked on them, that one (and its children booked then).
    const days = [...understood.dates].sort();
    const childIds = [...new Set(candidates.flatMap((b) => b.children.map((c) => c.id)))];
    const agenda = await deps.service.reservations.agenda(account, childIds, days[0] as string, days.at(-1) as string);
    const booked = activitiesBookedOn(candidates, agenda, days);
    if (booked.length === 1) {
      candidates = booked;
      // Nor is the child asked: those booked on those days, when none is named.
      const kids = [...new Set(agenda.filter((e) => days.includes(e.day) && e.activity.id === booked[0]?.activity.id).map((e) => e.childId))];
      if (!named.length) next.childNames = (booked[0] as BookableActivity).children.filter((c) => kids.includes(c.id)).map((c) => c.firstName);
    }
  }
  // « annuler la cantine lundi », nothing booked that day for any child: said at once, no child nor activity asked.
  const none = next.cancel && !mixed && !parts && !unknown && understood?.dates.length ? await nothingBookedOn(deps, step, account, candidates, named, understood.dates) : undefined;
  if (none) return none;
  if (understood?.dates.length) {
    const action = next.cancel ? 'remove' : 'add';
    const wishes = wishesOfActions(mixed ?? (options.text ? childDaysSaid(deps, options.text, list, options.month, action) : undefined) ?? understood.dates.map((day) => ({ day, action })), list);
    next.wishes = wishes.filter((w) => w.childId === 0);
    const own = wishes.filter((w) => w.childId !== 0);
    if (own.length) next.childDays = own;
  }
  if (understood?.month) next.month = understood.month;
  if (parts) return beginParts(deps, step, list, next, parts.parts);
  // The booking just confirmed, for more days (« et le 26 aussi »): its activity and its children, not asked again.
  const same = options.activityId !== undefined && options.childIds?.length ? list.find((b) => b.activity.id === options.activityId) : undefined;
  if (same) return step.replaceDialog(DAYS, next);
  if (candidates.length === 1) {
    const only = candidates[0] as BookableActivity;
    const wanted = unknown ? [] : (next.childNames ?? named);
    const chosen = only.children.filter((c) => wanted.includes(c.firstName));
    // A child named who is not enrolled here is never replaced by another: said so (see notEnrolledHere).
    const missing = wanted.filter((n) => !only.children.some((c) => c.firstName === n));
    if (missing.length && chosen.length === 0) {
      // How to enrol them (not made here), then their own activities.
      const notHere = translator(deps, step.context)('booking.childNotHere', { names: missing.join(', '), activity: only.activity.label });
      const levels = list.flatMap((b) => b.children).filter((c) => missing.includes(c.firstName)).map((c) => c.level);
      const lead = understood?.activity ? await notEnrolledLead(deps, step.context, understood.activity, 'booking.enrol.childOthers', notHere, missing, levels) : notHere;
      return step.replaceDialog(ACTIVITY, { ...next, lead });
    }
    if (missing.length) await send(deps, step.context, { text: translator(deps, step.context)('booking.childrenNotHere', { names: missing.join(', '), activity: only.activity.label, others: chosen.map((c) => c.firstName).join(', ') }) });
    next.activityId = only.activity.id;
    if (chosen.length) next.childIds = chosen.map((c) => c.id);
    else if (only.children.length === 1 && !unknown) next.childIds = [(only.children[0] as Child).id];
    return step.replaceDialog(next.childIds ? DAYS : CHILDREN, next);
  }
  // An activity none of the children is enrolled in: how to enrol (not made here), then the activities they are in.
  // (The children named, « pour hugo »: said by name, not « vos enfants », and their activities offered.)
  const asked = unknown ? [] : (next.childNames ?? named);
  const askedLevels = list.flatMap((b) => b.children).filter((c) => asked.includes(c.firstName)).map((c) => c.level);
  if (understood?.activity && candidates.length === 0) next.lead = await notEnrolledLead(deps, step.context, understood.activity, asked.length ? 'booking.enrol.childOthers' : 'booking.enrol.others', translator(deps, step.context)('booking.activityNotEnrolled'), asked, askedLevels);
  return step.replaceDialog(ACTIVITY, next);
}

// ── Activity ───────────────────────────────────────────────────────────

const isCare = (b: BookableActivity) => b.activity.code === 'morning' || b.activity.code === 'evening';

/** The activities the question offers: those of the children named; the morning and the evening care only after « la garderie ». */
function activitiesAsked(list: readonly BookableActivity[], options: BookingOptions): BookableActivity[] {
  const fitting = activitiesOfNamed(list, options.childNames);
  // Children in different cares (Léa's morning, Hugo's evening): each child's care is offered.
  const named = options.childNames ?? [];
  const ofSome = named.length ? list.filter((b) => isCare(b) && b.children.some((c) => named.includes(c.firstName))) : [];
  const care = options.careOnly ? (ofSome.length > 1 ? ofSome : fitting.filter(isCare)) : [];
  return care.length > 1 ? care : fitting;
}

/** The activities asked, those running on the days said when any are (activitiesOnDays.ts). */
const offered = (deps: DialogDeps, account: Account, list: readonly BookableActivity[], options: BookingOptions) =>
  runningOn(deps, account, activitiesAsked(list, options), (options.wishes ?? []).map((w) => w.day));

export async function askActivity(deps: DialogDeps, step: WaterfallStepContext): Promise<DialogTurnResult> {
  const account = await signedInAccount(deps, step);
  if (!account) return step.endDialog();
  const list = await bookable(deps, step, account);
  if (!list) return step.endDialog();
  const t = translator(deps, step.context);
  const options = step.options as BookingOptions;
  const choices = (await offered(deps, account, list, options)).map((b) => ({ label: b.activity.label }));
  return askChoice(deps, step, PROMPT, { text: t(options.careOnly ? 'booking.askCare' : 'booking.askActivity'), options: choices }, options.lead ? `${options.lead}\n` : '');
}

export async function readActivity(deps: DialogDeps, step: WaterfallStepContext): Promise<DialogTurnResult> {
  const t = translator(deps, step.context);
  const options = { ...(step.options as BookingOptions), lead: undefined };
  const input = step.result as AnyInput;
  const account = await signedInAccount(deps, step);
  if (!account) return step.endDialog();
  if ((input.value as { calendar?: unknown } | undefined)?.calendar) return handleSubmit(deps, step, options, input.value as Record<string, unknown>);
  const all = await deps.service.reservations.bookable(account);
  const list = await offered(deps, account, all, options);
  const chosen = readChoice(step);
  // « annuler la cantine de hugo jeudi » where Léa's activity is asked: a request of its own, read from its start (its child, its days).
  const fresh = chosen ? undefined : anotherChildsRequest(deps, input.text, all, options);
  if (fresh) return step.replaceDialog(FLOW, fresh);
  const prepared = prepare(input.text);
  const code = detectActivity(prepared);
  // « le 13 janvier » after « réserver mercredi »: the days said replace those of the first message, kept while the activity is asked.
  const days = chosen ? undefined : daysSaid(deps, input.text, all, options);
  if (days) Object.assign(options, days);
  // « la garderie » alone: the morning or the evening care (that one, or the question between the two).
  const care = code || chosen ? [] : namesCareOnly(prepared) ? list.filter(isCare) : [];
  if (care.length > 1 && !options.careOnly) return step.replaceDialog(ACTIVITY, { ...options, careOnly: true });
  const found = (chosen ? list[chosen.index] : undefined) ?? (code ? list.filter((b) => b.activity.code === code) : care).at(0);
  if (!found && days) return step.replaceDialog(ACTIVITY, { ...options, lead: t('booking.daysNoted', { days: listDays(localeOf(step.context), (days.wishes ?? []).map((w) => w.day)) }) });
  if (!found) return elsewhere(deps, step, input) ?? step.replaceDialog(ACTIVITY, { ...options, lead: notUnderstood(t, 'choice.task.booking') });
  // Each child's own days said (« le 12 pour Hugo et le 14 pour Léa »): those children, not asked.
  const ownNames = found.children.filter((c) => options.childDays?.some((w) => w.childId === c.id)).map((c) => c.firstName);
  const childIds = childrenToBook(found.children, options.childNames ?? (ownNames.length ? ownNames : undefined));
  // A child named who is not enrolled in the care chosen: said so, the others go on.
  const missing = (options.childNames ?? []).filter((n) => !found.children.some((c) => c.firstName === n));
  const others = found.children.filter((c) => childIds?.includes(c.id)).map((c) => c.firstName);
  if (missing.length && others.length) await send(deps, step.context, { text: t('booking.childrenNotHere', { names: missing.join(', '), activity: found.activity.label, others: others.join(', ') }) });
  return step.replaceDialog(childIds ? DAYS : CHILDREN, { ...options, activityId: found.activity.id, ...(childIds ? { childIds } : {}) });
}

// ── Children ───────────────────────────────────────────────────────────

async function enrolled(deps: DialogDeps, step: WaterfallStepContext, options: BookingOptions): Promise<Child[]> {
  const account = await signedInAccount(deps, step);
  if (!account) return [];
  const list = await deps.service.reservations.bookable(account);
  return list.find((b) => b.activity.id === options.activityId)?.children ?? [];
}

export async function askChildren(deps: DialogDeps, step: WaterfallStepContext): Promise<DialogTurnResult> {
  const t = translator(deps, step.context);
  const options = step.options as BookingOptions;
  const children = await enrolled(deps, step, options);
  if (children.length === 0) return step.endDialog();
  // One child enrolled (another one named, not in the file): that child alone offered, « Tous les enfants » would be the same.
  const choices = [...children.map((c) => ({ label: c.firstName })), ...(children.length > 1 ? [{ label: t('booking.allChildren'), synonyms: ALL_CHILDREN }] : [])];
  return askChoice(deps, step, PROMPT, { text: t('booking.askChildren'), options: choices }, options.lead ? `${options.lead}\n` : '');
}

export async function readChildren(deps: DialogDeps, step: WaterfallStepContext): Promise<DialogTurnResult> {
  const t = translator(deps, step.context);
  const options = { ...(step.options as BookingOptions), lead: undefined };
  const input = step.result as AnyInput;
  if ((input.value as { calendar?: unknown } | undefined)?.calendar) return handleSubmit(deps, step, options, input.value as Record<string, unknown>);
  const children = await enrolled(deps, step, options);
  const said = normalize(input.text);
  const answer = readChoice(step);
  // « Léa, le 8 et le 9 janvier »: the days said kept for the calendar step (straight to the basket); not « le 2 » taken as
  // the 2nd child, on every channel (a day is no answer to « which child? »): the days of the first message stay.
  const account = await signedInAccount(deps, step);
  const days = account && !/^\d+$/.test(said) && !numberedChoice(step, input.text, answer, true) ? daysSaid(deps, input.text, await deps.service.reservations.bookable(account), options) : undefined;
  // Several names (« Léa et Hugo ») choose no single option: each name counts; « mes deux enfants », « les enfants »: every one.
  const every = !answer && allChildrenSaid(`pour ${said}`);
  // « ouais », « ok » where one child is offered: that child.
  const yes = children.length === 1 && !answer ? recognizeYesNo(input.text) : undefined;
  const chosen = answer ? (answer.index >= children.length ? children : [children[answer.index] as Child]) : every || (yes?.answer === 'yes' && !yes.rest) ? children : children.filter((c) => new RegExp(`\\b${normalize(c.firstName)}\\b`).test(said));
  if (chosen.length === 0) {
    // « lucas », no Lucas in the file: the children of the file said, asked again.
    const unknown = account && !answer ? await unknownChildAnswer(deps, step.context, account, input.text, children.map((c) => c.firstName)) : undefined;
    return elsewhere(deps, step, input) ?? step.replaceDialog(CHILDREN, { ...options, ...days, lead: unknown ?? notUnderstood(t, 'choice.task.booking') });
  }
  return step.replaceDialog(DAYS, { ...options, ...days, childIds: chosen.map((c) => c.id) });
}

/**
 * The days of « Modifier les réservations »: the calendar of a month shown (a card on Web Chat and
 * Teams, lines on SMS), then what was said in words (« les mardis et jeudis de janvier sauf le
 * 12 », « plutôt la garderie », « février », « plutôt le 4 »: instead of the days chosen so far) or
 * ticked on the card.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import type { Reply } from '../cards/cardRenderer';
import type { CalendarDay, Wish } from '../src/domain/reservations';
import type { Account } from '../src/domain/types';
import type { Understanding } from '../src/nlu/understand';
import { normalize } from '../src/domain/text';
import { bareDays } from '../src/nlu/bareDays';
import { inShownMonth } from '../src/nlu/shownMonthDays';
import { parisDay } from '../src/domain/parisTime';
import { withEnd } from '../src/nlu/dates';
import { readUntil, recurrenceOfMonth } from '../src/nlu/openEnd';
import { recurrenceEnd } from '../src/nlu/recurrenceEnd';
import { spellAlso } from '../src/nlu/moreDays';
import type { AnyInput, AskOptions } from './anyInputPrompt';
import { otherActivity } from './bookingContext';
import { calendarReply, mergeWishes, monthName } from './calendarCard';
import { localeOf, send, translator, type DialogDeps } from './dialogContext';
import { handleSubmit } from './bookingCardSubmit';
import { stored, storedVariant } from './storedPrompt';
import { notEnrolledLead } from './enrolmentAnswer';
import { careNamedAtCalendar, withCareSlot } from './basketCare';
import { changedWishes, readWithExceptions, swapped, withWeekOf } from './basketAnswer';
import { takesOut } from './daysTakenOut';
import { monthAtCalendar } from './bookingOwnWords';
import { partsAtCalendar } from './bookingParts';
import { correctsActivity } from '../src/nlu/activityPerChild';
import { childOnlySaid } from '../src/nlu/childOnlySaid';
import { prepare } from '../src/nlu/frenchText';
import { readAsDaysInstead } from '../src/nlu/daysInstead';
import { startsOnWeekday, withOpenStart } from '../src/nlu/openAtCalendar';
import { howToAsked } from '../src/nlu/intents';
import { ACTIVITY, DAYS, elsewhere, expired, lastDay, OTHER_TASKS, PROMPT, refused, signedInAccount, toBasket, type BookingOptions } from './bookingSteps';
import { unknownChildLead } from './unknownChild';
import { childDaysSaid, mixedSaid, wishesFor } from './bookingDaysSaid';
import { allChildrenSaid } from './allChildrenSaid';
import { firstUsableWeekday } from './weekdayShown';

/** The whole month, in words (« tout décocher », « tout annuler », « tout le mois »), as the card's buttons say. */
const WHOLE_MONTH =
  /^(?:(?:je veux |on )?(?:tout (?:cocher|decocher|annuler|reserver|enlever|supprimer|retirer|prendre)|(?:cocher|decocher|annuler|reserver|enlever|supprimer|retirer) tout)(?: le mois)?|(?:(?:cocher|decocher|annuler|reserver|prendre|enlever) )?(?:tout le mois|le mois entier|tous les jours(?: du mois)?))$/;

/** A child said on top of those shown (« et pour Hugo aussi »). */
const ALSO_CHILD = /\b(?:aussi|egalement|en plus|also|too|as well)\b/;

/** Days said instead of those chosen so far. */
const INSTEAD = /\b(?:plutot|au lieu d\w*|a la place|finalement)\b/;

export async function showDays(deps: DialogDeps, step: WaterfallStepContext): Promise<DialogTurnResult> {
  const t = translator(deps, step.context);
  const locale = localeOf(step.context);
  const options = step.options as BookingOptions;
  if (options.submit) return handleSubmit(deps, step, { ...options, submit: undefined }, options.submit);
  const account = await signedInAccount(deps, step);
  if (!account || options.activityId === undefined || !options.childIds) return step.endDialog();
  // Days already said in words (« les mardis de janvier »): straight to the basket.
  const said = options.wishes?.filter((w) => w.childId === 0) ?? [];
  if (said.length || options.childDays?.length) {
    const wishes = [...options.childIds.flatMap((childId) => said.map((w) => ({ ...w, childId }))), ...(options.childDays ?? [])];
    return toBasket(deps, step, { ...options, wishes: [], childDays: undefined }, account, wishes);
  }
  try {
    const reservations = deps.service.reservations;
    const activity = (await reservations.bookable(account)).find((b) => b.activity.id === options.activityId)?.activity;
    if (!activity) return step.endDialog();
    const month = options.month ?? reservations.defaultMonth(activity);
    // Kept with the step's options: the answer to this calendar reads « le 11 » in this month.
    options.month = month;
    const view = await reservations.calendar(account, options.activityId, options.childIds, month);
    const desired = new Map(options.desired ?? []);
    for (const w of options.wishes ?? []) if (w.day.startsWith(month)) desired.set(`d_${w.childId}_${w.day}`, w.action === 'add');
    const lead = [options.lead, ...(options.wishes?.filter((w) => !w.day.startsWith(month)).length ? [t('booking.calendar.keptOtherMonths')] : [])].filter(Boolean).join('\n');
    const channelId = step.context.activity.channelId;
    const reply = calendarReply(t, locale, view, desired, lead ? `${lead}\n` : '');
    const card = deps.renderer.sendsCard(reply, channelId);
    const hint = t(card ? 'booking.calendar.hintCard' : 'booking.calendar.hintText', { month: monthName(locale, month) });
    // Beside the card, the message says what the card does not: that the days can be written too.
    const withHint = (r: Reply): Reply => (card ? { ...r, text: [r.text, hint].filter(Boolean).join('\n') } : { ...r, cardText: `${r.cardText ?? ''}\n${hint}` });
    // Asked again after an aside (« c'est ouvert samedi ? »): the calendar without the lead, whose outcome (« aucun jour retenu ») no longer holds.
    // « Jusqu'à quand ? » by SMS: the question alone (the calendar was in the message before: a 3-segment message repeated it).
    // The answer not read as days (« comment inscrire mon enfant à l'école ? » after « Modifier »): by SMS, the lead alone too.
    const untilWhen = (options.openRecurrence !== undefined || options.leadAlone === true) && options.lead !== undefined;
    const asked: Reply = untilWhen ? { ...withHint(reply), short: { text: options.lead as string, cardText: '' } } : withHint(reply);
    const calm = lead ? withHint(calendarReply(t, locale, view, desired, '')) : undefined;
    const reask = calm ? storedVariant(calm, asked) : undefined;
    // By SMS after an aside (« c'est combien la cantine ? »): how to answer, not the month's calendar whole again.
    const asideReask = storedVariant({ ...(calm ?? withHint(reply)), short: { text: untilWhen ? (options.lead as string) : hint, cardText: '' } }, asked);
    // Kept as Replies, rendered when sent (storedPrompt.ts).
    const prompt: AskOptions = { prompt: stored(asked), ...(reask ? { reask } : {}), asideReask };
    return step.prompt(PROMPT, prompt);
  } catch (e) {
    return refused(deps, step, e);
  }
}

/** Every day of the month that can be booked (none booked yet), or every booked day that can be cancelled, to the basket. */
async function wholeMonth(deps: DialogDeps, step: WaterfallStepContext, options: BookingOptions, action: Wish['action'], childIds: number[], month?: string): Promise<DialogTurnResult> {
  const account = await signedInAccount(deps, step);
  if (!account || !month || options.activityId === undefined) return step.endDialog();
  try {
    const view = await deps.service.reservations.calendar(account, options.activityId, childIds, month);
    const fits = (d: CalendarDay) => (action === 'add' ? (d.state.kind === 'open' || d.state.kind === 'late') && !d.status : d.status !== undefined && d.state.kind !== 'closed');
    const said = view.children.flatMap(({ child, days }) => days.filter(fits).map((d): Wish => ({ childId: child.id, day: d.day, action })));
    if (said.length === 0) return step.replaceDialog(DAYS, { ...options, month, lead: translator(deps, step.context)('booking.nothingChanged') });
    return toBasket(deps, step, { ...options, month, wishes: [] }, account, mergeWishes(options.wishes ?? [], said));
  } catch (e) {
    return refused(deps, step, e);
  }
}

export async function readDays(deps: DialogDeps, step: WaterfallStepContext): Promise<DialogTurnResult> {
  const t = translator(deps, step.context);
  let options: BookingOptions = { ...(step.options as BookingOptions), lead: undefined, leadAlone: undefined, desired: undefined };
  const input = step.result as AnyInput;
  const value = input.value as Record<string, unknown> | undefined;
  if (value?.calendar) return handleSubmit(deps, step, options, value);
  const account = await signedInAccount(deps, step);
  if (!account) return expired(step, DAYS, options);
  if (!options.childIds || options.activityId === undefined) return step.endDialog();
  const list = await deps.service.reservations.bookable(account);
  const names = [...new Set(list.flatMap((b) => b.children.map((c) => c.firstName)))];
  // « non finalement les jeudis »: days instead of those chosen, not a cancellation (daysInstead.ts); « à partir de lundi »: until when asked (openAtCalendar.ts).
  // « à partir de lundi » is next Monday, whatever the month shown (openAtCalendar.ts).
  const read = (text: string) => withOpenStart(text, readAsDaysInstead(text, deps.understand(text, names, startsOnWeekday(text) ? undefined : options.month, list[0]?.activity.schoolZone, lastDay(options.wishes ?? []))));
  // The answer to « Jusqu'à quand ? »: read with the recurrence it ends (« tous les mercredis sauf le 25 » + « jusqu'aux vacances »).
  // « à partir de lundi » + « vendredi »: read as its end (openEnd.ts); a recurrence's end as said.
  const open = options.openRecurrence;
  // « les mardis » + « jusqu'à la fin du mois »: the Tuesdays of the month shown.
  const ended = open ? (read(open).openStart ? readUntil(open, recurrenceEnd(input.text), read) : read(recurrenceOfMonth(open, input.text, options.month) ?? withEnd(open, recurrenceEnd(input.text)))) : undefined;
  // « 8 », « 8 et 11 »: days of the month on screen (the calendar shows no numbered options); « le 8 et le 9 ausi »: « aussi » misspelt read as such (moreDays.ts).
  // « 3 » on this month's calendar after the 3rd: the 3rd of this month, said past (shownMonthDays.ts).
  const said = inShownMonth(bareDays(spellAlso(input.text)), options.month, parisDay(deps.service.clock.now()));
  const first = ended?.dates.length ? ended : withWeekOf(readWithExceptions(said, read), said, options.wishes ?? []);
  // « vendredi » alone, January shown: not Friday 1 January (a public holiday) but the first Friday that can be taken.
  const fitting = options.month && !first.openStart ? await weekdayAtCalendar(deps, account, options as Required<Pick<BookingOptions, 'activityId' | 'childIds' | 'month'>> & BookingOptions, said, first) : undefined;
  const found = fitting ? { ...first, dates: fitting } : first;
  // « à partir du 14 », no end: until when is asked.
  // « plutôt le soir » at the morning care's calendar: the evening care (basketCare.ts).
  const understood = withCareSlot(list, options.activityId, said, found.openStart && !ended?.dates.length ? { ...found, dates: [], needsEndDate: true } : found);
  options.openRecurrence = understood.needsEndDate ? (options.openRecurrence ?? input.text) : undefined;
  // « et en décembre ça marche pas ? »: that month's calendar, not the invoices.
  // « Hugo, pas à la cantine mais à la garderie »: an activity corrected, not an absence.
  // « en fait c'est pour Hugo »: the calendar's child changed, not Hugo's bookings asked (childOnlySaid.ts).
  const other = OTHER_TASKS.includes(understood.intent) && !monthAtCalendar(understood, said) && !correctsActivity(said) && !childOnlySaid(said, names) ? elsewhere(deps, step, input) : undefined;
  if (other) return other;
  // « Hugo plutôt à la garderie » at the calendar of both: Hugo's activity next, the calendar for the others (bookingParts.ts).
  const parts = await partsAtCalendar(deps, step, options, account, list, said, understood.dates);
  if (parts) return parts;
  const change = otherActivity(list, { activityId: options.activityId, childIds: options.childIds }, understood);
  if (change.kind === 'notEnrolled') {
    const lead = await notEnrolledLead(deps, step.context, understood.activity, 'booking.enrol.calendarKept', t('booking.otherActivityNotEnrolled'));
    return step.replaceDialog(DAYS, { ...options, lead });
  }
  if (change.kind === 'switch') {
    // The days wished so far were for the other activity: they are not carried over.
    // « plutôt le soir » at Léa's morning care, Léa not enrolled in the evening care: the child it goes on for is said, never changed silently.
    const shownNames = list.flatMap((b) => b.children).filter((c, i, all) => options.childIds?.includes(c.id) && !change.childIds.includes(c.id) && all.findIndex((o) => o.id === c.id) === i).map((c) => c.firstName);
    const others = change.activity.children.filter((c) => change.childIds.includes(c.id)).map((c) => c.firstName);
    options = { ...options, activityId: change.activity.activity.id, childIds: change.childIds, wishes: [] };
    const switched = t('booking.switched', { activity: change.activity.activity.label });
    const lead = shownNames.length ? `${switched}\n${t('booking.childrenNotHere', { names: shownNames.join(', '), activity: change.activity.activity.label, others: others.join(', ') })}` : switched;
    if (understood.dates.length === 0) return step.replaceDialog(DAYS, { ...options, lead });
    await send(deps, step.context, { text: lead });
  }
  // « la garderie » alone: the calendar's own care, or the care asked (basketCare.ts).
  const care = change.kind === 'same' && !understood.children?.length && !understood.needsEndDate && !understood.month ? await careNamedAtCalendar(deps, step, options, list, said, understood) : undefined;
  if (care) return care;
  // « ajoute lucas », « et lucas le 17 », no Lucas in the file: the children of the file said, the calendar again (no one else booked).
  const unknown = await unknownChildLead(deps, step.context, account, said, names);
  if (unknown) return step.replaceDialog(DAYS, { ...options, lead: unknown });
  const children = list.find((b) => b.activity.id === options.activityId)?.children ?? [];
  const action = understood.intent === 'cancel_booking' || (options.cancel && understood.intent !== 'book') ? 'remove' : 'add';
  // « les deux », « mes enfants »: every child of the activity.
  const namesSaid = allChildrenSaid(said) ? children.map((c) => c.firstName) : (understood.children ?? []);
  const saidNames = change.kind === 'switch' ? [] : namesSaid;
  if (saidNames.length) {
    const here = children.filter((c) => saidNames.includes(c.firstName));
    if (here.length === 0) {
      // « ah non, c'est pour Léa », who is not enrolled here: her own activities asked, the days said kept.
      const activity = list.find((b) => b.activity.id === options.activityId)?.activity.label ?? '';
      const days: Wish[] = understood.dates.map((day) => ({ childId: 0, day, action }));
      const lead = t('booking.childNotHere', { names: saidNames.join(', '), activity });
      return step.replaceDialog(ACTIVITY, { ...options, activityId: undefined, childIds: undefined, month: undefined, childNames: saidNames, wishes: days, lead });
    }
    // « et pour Hugo aussi »: Hugo with the children shown, not instead of them.
    const also = ALSO_CHILD.test(normalize(said));
    const ids = also ? [...new Set([...(options.childIds ?? []), ...here.map((c) => c.id)])] : here.map((c) => c.id);
    // (« Léa les lundis, Hugo les jeudis »: each child's recurrence, its end asked next, never a change of the children alone.)
    if (understood.dates.length === 0 && !understood.needsEndDate) {
      // « c'est pour Hugo » at the days: the calendar for that child, the days chosen so far moved to them.
      const moved = [...new Map(ids.flatMap((childId) => (options.wishes ?? []).map((w) => [`${childId} ${w.day}`, { ...w, childId }] as const))).values()];
      const lead = t('booking.forChildren', { names: children.filter((c) => ids.includes(c.id)).map((c) => c.firstName).join(', ') });
      return step.replaceDialog(DAYS, { ...options, childIds: ids, wishes: moved, lead });
    }
  }
  if (understood.dates.length === 0 && WHOLE_MONTH.test(normalize(said))) {
    const named = children.filter((c) => saidNames.includes(c.firstName)).map((c) => c.id);
    return wholeMonth(deps, step, options, action, named.length ? named : (options.childIds ?? []), understood.month ?? options.month);
  }
  if (understood.dates.length === 0) {
    if (understood.month) return step.replaceDialog(DAYS, { ...options, month: understood.month });
    // « comment on fait pour annuler un jour ? » at the calendar: how it goes, then the calendar again.
    const lead = understood.needsEndDate ? t(understood.openStart ? 'booking.untilWhen' : 'booking.needsEndDate') : howToAsked(prepare(said)) ? t('booking.calendar.howTo') : t('booking.daysNotUnderstood');
    // « à partir du 4 janvier » at December's calendar: « Jusqu'à quand ? » with the month of the start.
    const start = understood.openStart ? found.dates[0]?.slice(0, 7) : undefined;
    return step.replaceDialog(DAYS, { ...options, lead, ...(start ? { month: start } : { leadAlone: true }) });
  }
  const named = children.filter((c) => namesSaid.includes(c.firstName)).map((c) => c.id);
  // « pas le 15, le 18 » after « Modifier »: the 15th leaves the basket's days and the 18th joins them, as at the basket.
  const swap = options.wishes?.length ? swapped(options.wishes, said, named, 'drop', read) : undefined;
  if (swap) return toBasket(deps, step, { ...options, wishes: [] }, account, swap);
  // « pas le 11 », « sauf le 11 »; cancelling, « garde le 23 et le 25 »: those days leave the days chosen so far (after « Modifier », the basket's).
  if (options.wishes?.length && takesOut(said, action === 'remove')) {
    return toBasket(deps, step, { ...options, wishes: [] }, account, changedWishes(options.wishes, understood.dates, named, false, 'drop'));
  }
  const childIds = named.length ? named : (options.childIds ?? []);
  // « plutôt le 4 », « le 4 au lieu du 3 »: the days said replace those chosen so far (after « Modifier », the basket's).
  const kept = INSTEAD.test(normalize(said)) ? [] : (options.wishes ?? []);
  // « réserver le 7 et annuler le 14 »: each day with its own action.
  // « Léa le 4 et Hugo le 7 », « Léa les lundis, Hugo les jeudis » + « jusqu'à fin janvier »: each child's own days (bookingDaysSaid.ts).
  const ownDays = ended?.dates.length && open ? childDaysSaid(deps, open, list, options.month, action, recurrenceEnd(input.text)) : childDaysSaid(deps, said, list, options.month, action);
  const actions = mixedSaid(deps, said, list, options.month, options.cancel ? 'remove' : 'add') ?? ownDays ?? understood.dates.map((day) => ({ day, action }));
  const wishes = mergeWishes(kept, wishesFor(actions, childIds, list));
  return toBasket(deps, step, { ...options, wishes: [] }, account, wishes);
}

/** A weekday alone read in the month shown, on a day closed there: the first such day that can be taken (weekdayShown.ts). */
function weekdayAtCalendar(deps: DialogDeps, account: Account, at: Required<Pick<BookingOptions, 'activityId' | 'childIds' | 'month'>> & BookingOptions, said: string, understood: Understanding): Promise<string[] | undefined> {
  const action = understood.intent === 'cancel_booking' || (at.cancel && understood.intent !== 'book') ? 'remove' : 'add';
  return firstUsableWeekday(deps, account, at, said, understood.dates, action, (month) => deps.understand(said, [], month).dates);
}

/**
 * The basket of « Modifier les réservations »: read back, then « Confirmer » (the confirmation and
 * its reference), « Modifier » (back to the days), « Abandonner », or other days said instead
 * (« non, plutôt le 4 décembre »). A deadline passed meanwhile shows the basket again without it.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { confirmationText } from '../src/domain/bookingConfirmation';
import { listDays } from '../src/domain/formats';
import { addDays, parisDay, weekdayOf } from '../src/domain/parisTime';
import { WEEKDAYS } from '../src/domain/types';
import type { Translate } from '../src/i18n';
import { spellAlso } from '../src/nlu/moreDays';
import { correctsActivity } from '../src/nlu/activityPerChild';
import { readAsDaysInstead } from '../src/nlu/daysInstead';
import { recognizeChoice } from '../src/nlu/choice';
import type { AnyInput } from './anyInputPrompt';
import { weekdayOutOfBasket } from './basketWeekdayOut';
import { childOnlySaid } from '../src/nlu/childOnlySaid';
import { changedWishes, childrenChanged, droppedAndAdded, readBasketAnswer, readWithExceptions, swapped, withWeekOf } from './basketAnswer';
import { dayForDay, takesOut } from './daysTakenOut';
import { allChildrenSaid } from './allChildrenSaid';
import { recurrenceEnded } from './basketRecurrenceEnd';
import { childrenTakenOut } from './basketChildOut';
import { mergeWishes } from './calendarCard';
import { setAsideLines, shownBasket } from './basketText';
import { mixedSaid, wishesFor } from './bookingDaysSaid';
import { otherChildCancel, otherChildMeant } from './basketOtherChild';
import { askChoice, expectChoice, notUnderstood, readChoice, shownOptions, type ChoiceOption } from './choicePrompt';
import { inEveryLanguage } from './choiceLanguages';
import { unknownChildLead } from './unknownChild';
import { currentCommune, localeOf, send, translator, type DialogDeps } from './dialogContext';
import { handleSubmit } from './bookingCardSubmit';
import { abandonPart, abandonsEvery, activityAddedAtBasket, nextPart, partsAtBasket } from './bookingParts';
import { careNamedAtBasket, childNotEnrolledAtBasket, otherActivityAtBasket, withCareSlot } from './basketCare';
import type { BookingDone, ShownMonthResult } from './mainOptions';
import { BASKET, DAYS, elsewhere, expired, lastDay, numberedChoice, OTHER_TASKS, PROMPT, refused, signedInAccount, toBasket, type BookingOptions } from './bookingSteps';

const basketOptions = (t: Translate): ChoiceOption[] => [
  { label: t('booking.basket.confirm'), meaning: 'yes', synonyms: ['je confirme', 'valider', 'je valide'] },
  { label: t('booking.basket.modify'), synonyms: ['changer', 'corriger', 'modifier le panier', 'changer les jours', 'edit', 'modify', 'change the days'] },
  { label: t('booking.basket.abandon'), meaning: 'no', synonyms: ['laisser tomber', 'laissez tomber', 'annuler le panier', 'abandon'] },
];

/** The months as said in French (read by the rules whatever the resident's language). */
const MONTH_WORDS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];

/** « du 4 janvier au 7 fevrier »: the basket's weeks, Monday of its first day's week to Sunday of its last's, when it runs over two months or more. */
function spanWords(wishes: readonly { day: string }[]): string | undefined {
  const days = wishes.map((w) => w.day).sort();
  const [from, to] = [days[0], days.at(-1)];
  if (!from || !to || from.slice(0, 7) === to.slice(0, 7)) return undefined;
  const monday = addDays(from, -WEEKDAYS.indexOf(weekdayOf(from)));
  const sunday = addDays(to, 6 - WEEKDAYS.indexOf(weekdayOf(to)));
  const words = (day: string) => `${Number(day.slice(8, 10))} ${MONTH_WORDS[Number(day.slice(5, 7)) - 1]}`;
  return `du ${words(monday)} au ${words(sunday)}`;
}

export async function showBasket(deps: DialogDeps, step: WaterfallStepContext): Promise<DialogTurnResult> {
  const t = translator(deps, step.context);
  const options = step.options as BookingOptions;
  // Signed in again: a change said while the session had ended is read now, as if said at this basket.
  const [replayed, ...rest] = options.replay ?? [];
  if (replayed !== undefined) {
    options.replay = rest.length ? rest : undefined;
    expectChoice(step, inEveryLanguage(deps, step.context, basketOptions(t)));
    return step.next({ text: replayed } satisfies AnyInput);
  }
  // After a plain « non »: the basket just shown is not shown again, the question asks what to do.
  // By SMS, the basket unchanged just after it was shown (no day said could be kept): said so, not shown whole again.
  const text = options.afterNo || options.unchanged ? '' : `${options.basketText ?? ''}\n`;
  const asked = t(options.afterNo ? 'booking.basket.which' : 'booking.basket.question');
  const question = options.unchanged && !options.afterNo ? `${t('booking.basket.waiting')} ${asked}` : asked;
  // Other children's baskets to follow or confirmed before: « annuler », « tout abandonner » are read here (said what stays).
  (step.values as { takesStop?: boolean }).takesStop = Boolean(options.then?.length || options.saved);
  // The basket is part of the question: asked again after an aside or « reprendre », it is shown again (the lead is not);
  // by SMS after an aside, a reminder (the basket was in the message before: a 479-character message repeated it whole).
  const reminder = options.afterNo ? undefined : `${t('booking.basket.waiting')} ${asked}`;
  return askChoice(deps, step, PROMPT, { text: `${text}${question}`, options: basketOptions(t), ...(reminder ? { reminder } : {}) }, options.lead ? `${options.lead}\n` : '');
}

export async function readBasket(deps: DialogDeps, step: WaterfallStepContext): Promise<DialogTurnResult> {
  const t = translator(deps, step.context);
  const locale = localeOf(step.context);
  const options = { ...(step.options as BookingOptions), lead: undefined, unchanged: undefined };
  const input = step.result as AnyInput;
  const value = input.value as Record<string, unknown> | undefined;
  if (value?.calendar) return handleSubmit(deps, step, options, value);
  const account = await signedInAccount(deps, step);
  // The session ended: signed in again, then this answer read at the basket (not a confirmation: the basket is shown first).
  if (!account) return expired(step, BASKET, { ...options, ...(input.text && readChoice(step)?.index !== 0 ? { replay: [...(options.replay ?? []), input.text] } : {}) });
  if (options.basketId === undefined) return step.endDialog();
  const afterNo = options.afterNo === true;
  options.afterNo = undefined;
  const list = await deps.service.reservations.bookable(account);
  const names = [...new Set(list.flatMap((b) => b.children.map((c) => c.firstName)))];
  // Read once: its wishes now, its confirmation from the same read.
  const basket = await deps.service.reservations.openBasket(account, options.basketId);
  const current = basket.wishes;
  // A day or a weekday without a month (« le 12 », « plutôt le mardi ») is of the basket's month, in the basket's week.
  const about = lastDay(current);
  const month = about?.slice(0, 7) ?? options.month;
  // « et le 26 ausi »: « aussi » misspelt read as such, as after a booking confirmed (moreDays.ts).
  const said = spellAlso(input.text);
  // « non finalement les jeudis »: days instead of the basket's, not a cancellation (daysInstead.ts).
  // « jusqu'à fin janvier » at a basket of Mondays: the recurrence carried up to that end (basketRecurrenceEnd.ts).
  const ended = readChoice(step) ? undefined : recurrenceEnded(said, current, options.text, (text) => deps.understand(text, names, undefined, list[0]?.activity.schoolZone));
  if (ended) return toBasket(deps, step, { ...options, basketId: undefined, wishes: [] }, account, ended);
  const readText = (text: string) => readAsDaysInstead(text, deps.understand(text, names, month, list[0]?.activity.schoolZone, about));
  const first = withWeekOf(readWithExceptions(said, readText), said, current);
  // « plutôt les jeudis »: a recurrence without its month is of the basket's month (not « jusqu'à quand ? »).
  // A basket over several months (« les mardis jusqu'aux vacances de février »): over its weeks, from the first day's to the last day's.
  const span = first.needsEndDate && first.dates.length === 0 ? spanWords(current) : undefined;
  const inMonth = first.needsEndDate && first.dates.length === 0 && month ? `${said} ${span ?? `de ${MONTH_WORDS[Number(month.slice(5, 7)) - 1]}`}` : undefined;
  const read = inMonth ? withWeekOf(readWithExceptions(inMonth, readText), inMonth, current) : first;
  const chosen = readChoice(step);
  // « ajoute lucas », « et lucas le 17 », no Lucas in the file: the children of the file said, the basket kept as it is.
  const unknown = chosen ? undefined : await unknownChildLead(deps, step.context, account, said, names);
  if (unknown) return step.replaceDialog(BASKET, { ...options, lead: unknown });
  // « le 2 », « n°3 » where the options are numbered (SMS): the option, not a day of the month.
  let understood = withCareSlot(list, options.activityId, said, numberedChoice(step, said, chosen) ? { ...read, dates: [] } : read);
  // « tout abandonner », « annuler » with other children's baskets to follow: every one given up.
  // « Abandonner », « 3 »: this basket; « annuler » (a stop word, found in the option's words only loosely): every one.
  const shownNow = shownOptions(step);
  const abandoning = recognizeChoice(input.text, shownNow.length > 0 ? shownNow : basketOptions(t), true)?.index === 2;
  if (abandonsEvery(input.text, options, abandoning)) return abandonPart(deps, step, options, list, basket.wishes, true);
  // « ah non pas le 14 pour Hugo, il est chez sa mamie »: a day taken out of the basket (the reason is only a reason), not an absence.
  const dropped = understood.dates.length > 0 && takesOut(said, current[0]?.action === 'remove', names);
  // « pas jeudi, il mange chez sa tata » at a basket of Thursdays on several weeks: every Thursday of it (basketWeekdayOut.ts).
  if (dropped) understood = weekdayOutOfBasket(said, understood, current);
  // « Hugo, pas à la cantine mais à la garderie »: an activity corrected, not an absence; « replace the 8th with the 10th »: not the invoices.
  // « en fait c'est pour Hugo »: the basket's child changed, not Hugo's bookings asked (childOnlySaid.ts).
  const ownWords = dropped || correctsActivity(said) || dayForDay(said) !== undefined || childOnlySaid(said, names);
  if (!chosen && !ownWords && OTHER_TASKS.includes(understood.intent)) return elsewhere(deps, step, input) ?? step.replaceDialog(BASKET, options);
  // « non pas la cantine pour Hugo, la garderie »: Hugo's days moved to his care, booked next (bookingParts.ts).
  const parts = chosen && chosen.index !== 2 ? undefined : await partsAtBasket(deps, step, options, account, list, said, current, understood.dates);
  if (parts) return parts;
  // « et la garderie du soir le 14 aussi »: that activity booked next, this basket kept (bookingParts.ts).
  const added = chosen ? undefined : await activityAddedAtBasket(deps, step, options, list, said, understood, current);
  if (added) return added;
  // « la cantine », « non, cantine pour Léa les jeudis de mars » at a basket of the evening care: a basket of that activity.
  const switched = chosen && chosen.index !== 2 ? undefined : await otherActivityAtBasket(deps, step, options, list, understood, current);
  if (switched) return switched;
  const children = list.find((b) => b.activity.id === options.activityId)?.children ?? [];
  // « pour les deux », « pour Hugo »: the children said (every one with « les deux », « tous les enfants »).
  const saidNamed = allChildrenSaid(said) ? children.map((c) => c.id) : children.filter((c) => understood.children?.includes(c.firstName)).map((c) => c.id);
  // « c'est pas le bon enfant », no child named: the other one when there is one other, else which child asked (the basket kept).
  const other = saidNamed.length === 0 ? otherChildMeant(said, current, children) : undefined;
  if (other?.length === 0) return step.replaceDialog(BASKET, { ...options, lead: t('booking.basket.whichChild', { names: children.map((c) => c.firstName).join(', ') }) });
  const named = other ?? saidNamed;
  // « non, pour les deux enfants » without days: the basket's days for them, shown to be confirmed.
  // « en fait pas Hugo », « sans Hugo »: his days leave the basket, the others' stay.
  const moved = understood.dates.length === 0 ? (childrenTakenOut(said, current, children) ?? childrenChanged(said, current, named)) : undefined;
  if (moved) return toBasket(deps, step, { ...options, childIds: [...new Set(moved.map((w) => w.childId))], basketId: undefined, wishes: [] }, account, moved);
  // « ajoute Léa » at Hugo's basket of the evening care, Léa not enrolled in it: said so, the basket kept.
  const notEnrolled = moved ? undefined : childNotEnrolledAtBasket(deps, step, options, list, understood);
  if (notEnrolled) return notEnrolled;
  // The options as shown, with their synonyms in every language (choiceLanguages.ts): « give up » says « Abandonner ».
  const shown = shownOptions(step);
  const answer = readBasketAnswer(said, chosen, shown.length > 0 ? shown : basketOptions(t), afterNo, understood, current[0]?.action === 'remove');
  if (answer.kind === 'modify') {
    return step.replaceDialog(DAYS, { ...options, basketId: undefined, wishes: current, month: current[0]?.day.slice(0, 7) ?? options.month });
  }
  // « ajoutez le 11 et annulez le 18 »: each day with its own action, added to the basket (a day of it cancelled leaves it).
  const mixed = answer.kind === 'days' ? mixedSaid(deps, said, list, month, current[0]?.action ?? 'add') : undefined;
  const kids = named.length ? named : [...new Set(current.map((w) => w.childId))];
  if (mixed) return toBasket(deps, step, { ...options, basketId: undefined, wishes: [] }, account, mergeWishes(current, wishesFor(mixed, kids, list)));
  if (answer.kind === 'days') {
    // « non, plutôt le 4 décembre »: a new basket of those days, shown to be confirmed.
    const both = droppedAndAdded(current, understood.dates, named, answer.mode) ?? swapped(current, said, named, answer.mode, readText);
    const wishes = both ?? changedWishes(current, understood.dates, named, understood.intent === 'cancel_booking', answer.mode);
    // « pas le 11 », « enlève le 11 », the 11th not in the basket: said so, the basket kept as it is.
    const takingOut = !both && (answer.mode === 'drop' || (understood.intent === 'cancel_booking' && current[0]?.action !== 'remove'));
    // « non en fait annule plutôt le 14 pour Léa » at Hugo's basket: Léa's 14th cancelled (basketOtherChild.ts).
    const otherChild = takingOut && wishes.length === current.length && understood.intent === 'cancel_booking' ? otherChildCancel(said, current, named, understood.dates) : undefined;
    if (otherChild) return toBasket(deps, step, { ...options, childIds: otherChild.childIds, cancel: otherChild.wishes.every((w) => w.action === 'remove'), basketId: undefined, wishes: [] }, account, otherChild.wishes);
    if (takingOut && wishes.length === current.length) return step.replaceDialog(BASKET, { ...options, lead: t('booking.basket.notInBasket', { days: listDays(locale, understood.dates) }) });
    // « plutôt le 2 », none of those days possible: the basket kept as it was, said why.
    return toBasket(deps, step, { ...options, basketId: undefined, wishes: [] }, account, wishes, answer.mode === 'replace' ? options : undefined);
  }
  if (answer.kind === 'which') return step.replaceDialog(BASKET, { ...options, afterNo: true });
  // Given up: the next child's basket offered, if any (bookingParts.ts).
  if (answer.kind === 'abandon') return abandonPart(deps, step, options, list, current, false);
  // « la garderie »: the basket's own care, or the care asked for the basket's days (basketCare.ts).
  const care = answer.kind === 'none' ? await careNamedAtBasket(deps, step, options, list, said, understood, current) : undefined;
  if (care) return care;
  if (answer.kind !== 'confirm') return elsewhere(deps, step, input) ?? step.replaceDialog(BASKET, { ...options, lead: notUnderstood(t, 'choice.task.booking') });
  const commune = await currentCommune(deps, step.context);
  if (!commune) return step.endDialog();
  try {
    const outcome = await basket.confirm(commune, locale);
    if (outcome.kind === 'changed') {
      if (outcome.basket.lines.length === 0) {
        await send(deps, step.context, { text: [t('booking.basket.deadlinePassed'), ...setAsideLines(t, locale, outcome.basket)].join('\n') });
        return step.endDialog();
      }
      return step.replaceDialog(BASKET, { ...options, basketId: outcome.basket.id, lead: t('booking.basket.deadlinePassed'), ...shownBasket(t, locale, outcome.basket, deps.renderer.isPaid(step.context.activity.channelId)) } satisfies BookingOptions);
    }
    // The confirmation e-mail says the same words: queued with the confirmation, sent right after it.
    await send(deps, step.context, { text: confirmationText(t, locale, outcome, deps.renderer.isPaid(step.context.activity.channelId)) });
    // Another child's own activity said with this one (« et Hugo à la garderie »): its basket next, for the same days.
    const following = await nextPart(deps, step, { ...options, saved: true }, list, current);
    if (following) return following;
    // « annuler le 19 » said next is of the basket's month, when it is still to come (see MainOptions.shownMonth).
    const later = month && month > parisDay(deps.service.clock.now()).slice(0, 7);
    // « et le 26 aussi » said next: the same booking, for the same children at the same activity.
    const cancel = current.every((w) => w.action === 'remove');
    const removed = cancel ? [] : [...new Set(current.filter((w) => w.action === 'remove').map((w) => w.day))].sort();
    const childIds = [...new Set(current.map((w) => w.childId))];
    const days = [...new Set(current.map((w) => w.day))].sort();
    // Not every child on every day: each child's own days kept, for an undo.
    const byChild = current.length < childIds.length * days.length ? current.map((w) => ({ childId: w.childId, day: w.day })) : undefined;
    const booked: BookingDone | undefined =
      options.activityId !== undefined && about ? { activityId: options.activityId, childIds, cancel, month: about.slice(0, 7), days, ...(removed.length ? { removed } : {}), ...(byChild ? { byChild } : {}) } : undefined;
    return step.endDialog({ ...(later ? { shownMonth: month } : {}), ...(booked ? { booked } : {}) } satisfies ShownMonthResult);
  } catch (e) {
    return refused(deps, step, e);
  }
}

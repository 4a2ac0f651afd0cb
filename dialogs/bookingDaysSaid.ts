/**
 * The days said in an answer to another question of a booking (the activity, the child: « la cantine le 12 »), kept
 * as the first message's are.
 */
import type { BookableActivity, Wish } from '../src/domain/reservations';
import { normalize } from '../src/domain/text';
import { changedWishes, readWithExceptions, swapped } from './basketAnswer';
import { takesOut } from './daysTakenOut';
import type { DialogDeps } from './dialogContext';
import type { BookingOptions } from './bookingSteps';
import { mixedActions, type DayAction } from '../src/nlu/mixedActions';
import { daysPerChild } from '../src/nlu/childDays';
import { daysWithChildException } from '../src/nlu/childExceptions';
import { prepare } from '../src/nlu/frenchText';
import { talksWeather } from '../src/nlu/weatherTalk';
import { withEnd } from '../src/nlu/dates';

/** The days said in an answer to another question (the activity, the child), as the first message's are kept; undefined when none. */
export function daysSaid(deps: DialogDeps, text: string, list: readonly BookableActivity[], options: BookingOptions): Pick<BookingOptions, 'wishes' | 'month' | 'childDays'> | undefined {
  const names = [...new Set(list.flatMap((b) => b.children.map((c) => c.firstName)))];
  // A day said without its month is of the days kept (« pas le 7 » after « le 5 et le 7 janvier »).
  const kept = options.wishes ?? [];
  const month = options.month ?? [...kept].map((w) => w.day).sort()[0]?.slice(0, 7);
  const read = (said: string) => deps.understand(said, names, month, list[0]?.activity.schoolZone);
  // « pas le 7 », « pas le 7 mais le 8 »: those days leave the days kept (never days of their own).
  const swap = kept.length ? swapped(kept, normalize(text), [], 'drop', read) : undefined;
  if (swap) return { wishes: swap, ...(month ? { month } : {}) };
  if (kept.length && takesOut(text, false)) {
    const out = readWithExceptions(text, read).dates;
    return out.length ? { wishes: changedWishes(kept, out, [], false, 'drop'), ...(month ? { month } : {}) } : undefined;
  }
  const understood = read(text);
  // « il fait trop froid ajd » at the activity's question: the weather's day, not a day to book.
  if (understood.dates.length === 0 || (understood.intent === 'unknown' && talksWeather(prepare(text)))) return undefined;
  const action = understood.intent === 'cancel_booking' || (options.cancel && understood.intent !== 'book') ? 'remove' : 'add';
  // « le 7 et annulez le 14 »: each day with its own action (those before any verb, the task's: cancelled when cancelling).
  // « le 12 pour Hugo et le 14 pour Léa »: each child's own days (never every day for every child).
  const actions = mixedSaid(deps, text, list, month, options.cancel ? 'remove' : 'add') ?? childDaysSaid(deps, text, list, month, action) ?? understood.dates.map((day) => ({ day, action }));
  const wishes = wishesOfActions(actions, list);
  const own = wishes.filter((w) => w.childId !== 0);
  return { wishes: wishes.filter((w) => w.childId === 0), month: understood.month ?? month, ...(own.length ? { childDays: own } : {}) };
}

/**
 * Days to book and days to cancel said in one message (« réservez le 7 et annulez le 14 »), read with the children of
 * the activities offered; a day without its month is of `month`. `before`: the action of the days said before any verb.
 */
export function mixedSaid(deps: DialogDeps, text: string, list: readonly BookableActivity[], month?: string, before?: DayAction['action']): DayAction[] | undefined {
  const names = [...new Set(list.flatMap((b) => b.children.map((c) => c.firstName)))];
  return mixedActions(text, (part, partMonth) => deps.understand(part, names, partMonth ?? month, list[0]?.activity.schoolZone), before);
}

/**
 * Each child's own days said with one action (« le 19 pour Hugo et le 21 pour Léa », « jeudi et vendredi sauf Hugo vendredi »),
 * read with the children of the activities offered.
 */
export function childDaysSaid(deps: DialogDeps, text: string, list: readonly BookableActivity[], month: string | undefined, action: DayAction['action'], end?: string): DayAction[] | undefined {
  const names = [...new Set(list.flatMap((b) => b.children.map((c) => c.firstName)))];
  // `end`: the answer to « Jusqu'à quand ? » after « Léa les lundis, Hugo les jeudis », added to each child's part (never to no words).
  const read = (part: string, partMonth?: string) => deps.understand(end && /\p{L}/u.test(part) ? withEnd(part, end) : part, names, partMonth ?? month, list[0]?.activity.schoolZone);
  return daysPerChild(text, names, read, action, end !== undefined) ?? (end ? undefined : daysWithChildException(text, names, read, action));
}

/**
 * The wishes of days said with their actions: child 0 (every child of the booking) unless the part named its own children
 * (« mettre Léa le 12 et retirer Hugo le 25 »), who alone have its days.
 */
export function wishesOfActions(actions: readonly DayAction[], list: readonly BookableActivity[]): Wish[] {
  const children = list.flatMap((b) => b.children);
  return actions.flatMap(({ day, action, children: names }) => {
    const ids = [...new Set(children.filter((c) => names?.includes(c.firstName)).map((c) => c.id))];
    return (ids.length ? ids : [0]).map((childId) => ({ childId, day, action }));
  });
}

/** The wishes of days said with their actions for the children of the booking (`childIds`), a part's own children kept to it. */
export const wishesFor = (actions: readonly DayAction[], childIds: readonly number[], list: readonly BookableActivity[]): Wish[] =>
  wishesOfActions(actions, list).flatMap((w) => (w.childId === 0 ? childIds.map((childId) => ({ ...w, childId })) : [w]));

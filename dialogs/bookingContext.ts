/**
 * What a booking keeps from what was said before: the children named in the first message
 * (« inscrire Léa le 7 et 8 janvier ») while the activity is asked, and another activity named
 * while a calendar is on screen (« à la cantine le 7 » with the holiday calendar shown), which
 * switches to that activity's calendar; and, for a cancellation that names days but no activity
 * (« annule jeudi »), the one activity booked on those days. Pure functions over the bookable activities.
 */
import type { AgendaEntry, BookableActivity } from '../src/domain/reservations';
import type { ActivityCode, Child } from '../src/domain/types';

/** The activities where every named child is enrolled; all of them when no name fits any. */
export function activitiesOfNamed(list: readonly BookableActivity[], names: readonly string[] = []): BookableActivity[] {
  if (names.length === 0) return [...list];
  const fitting = list.filter((b) => names.every((n) => b.children.some((c) => c.firstName === n)));
  return fitting.length ? fitting : [...list];
}

/** The ids of the named children among those enrolled; with one child enrolled, that child. */
export function childrenToBook(children: readonly Child[], names: readonly string[] = []): number[] | undefined {
  const named = children.filter((c) => names.includes(c.firstName));
  if (named.length) return named.map((c) => c.id);
  return children.length === 1 ? [(children[0] as Child).id] : undefined;
}

/** The activities with a booking on one of the days (the agenda of those days): the one to cancel from when it is alone. */
export function activitiesBookedOn(list: readonly BookableActivity[], agenda: readonly AgendaEntry[], days: readonly string[]): BookableActivity[] {
  const booked = new Set(agenda.filter((e) => days.includes(e.day)).map((e) => e.activity.id));
  return list.filter((b) => booked.has(b.activity.id));
}

export type ActivitySwitch =
  | { kind: 'same' }
  | { kind: 'notEnrolled' }
  | { kind: 'switch'; activity: BookableActivity; childIds: number[] };

/**
 * Another activity named while a calendar is shown. The children are those named, else those of
 * the calendar shown, else the only child enrolled; an activity none of them is enrolled in is
 * said so, the calendar left as it is.
 */
export function otherActivity(
  list: readonly BookableActivity[],
  shown: { activityId: number; childIds: readonly number[] },
  said: { activity: ActivityCode | null; children?: readonly string[] },
): ActivitySwitch {
  const current = list.find((b) => b.activity.id === shown.activityId);
  if (!said.activity || !current || current.activity.code === said.activity) return { kind: 'same' };
  const candidates = list.filter((b) => b.activity.code === said.activity);
  const pick = (choose: (c: Child) => boolean): ActivitySwitch | undefined => {
    for (const activity of candidates) {
      const childIds = activity.children.filter(choose).map((c) => c.id);
      if (childIds.length) return { kind: 'switch', activity, childIds };
    }
    return undefined;
  };
  const names = said.children ?? [];
  const only = candidates.length === 1 && candidates[0]?.children.length === 1 ? candidates[0].children[0] : undefined;
  if (names.length) return pick((c) => names.includes(c.firstName)) ?? { kind: 'notEnrolled' };
  return pick((c) => shown.childIds.includes(c.id)) ?? (only ? { kind: 'switch', activity: candidates[0] as BookableActivity, childIds: [only.id] } : { kind: 'notEnrolled' });
}

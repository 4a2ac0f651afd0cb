/**
 * The calendar of one activity for a month, as a card (a toggle per day that can change) and as
 * words that say the same (booked days, pending days, days still open): for SMS, screen readers
 * and `speak` (days in lists, « 1, 3 et 4 décembre », are the domain's: src/domain/formats.ts). The basket's words: basketText.ts.
 */
import type { Reply } from '../cards/cardRenderer';
import { weekdayOf } from '../src/domain/parisTime';
import type { CalendarDay, CalendarView, Wish } from '../src/domain/reservations';
import type { Translate } from '../src/i18n';
import { constantOptions, dateFormat, listDays, listFormat, sayDay } from '../src/domain/formats';

const MONTH_YEAR = constantOptions<Intl.DateTimeFormatOptions>({ month: 'long', year: 'numeric', timeZone: 'UTC' });
const WEEKDAY_DAY = constantOptions<Intl.DateTimeFormatOptions>({ weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** « décembre 2026 » */
export const monthName = (locale: string, month: string): string => sayDay(dateFormat(locale, MONTH_YEAR), `${month}-01`);

/** « lundi 7 décembre » */
export const weekdayDay = (locale: string, day: string): string => sayDay(dateFormat(locale, WEEKDAY_DAY), day);


/** The toggle id of a child's day: submitted back as its key. */
export const toggleId = (childId: number, day: string) => `d_${childId}_${day}`;

/** « 12:1.3.4;13: » — the days booked when the card was shown, per child (day numbers of the month). */
export function encodeShown(view: CalendarView): string {
  return view.children.map(({ child, days }) => `${child.id}:${days.filter((d) => d.status).map((d) => Number(d.day.slice(8))).join('.')}`).join(';');
}

export function decodeShown(month: string, shown: unknown): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  if (typeof shown !== 'string') return out;
  for (const part of shown.split(';')) {
    const [id, list = ''] = part.split(':');
    if (!/^\d+$/.test(id ?? '')) continue;
    const days = list.split('.').filter((n) => /^\d{1,2}$/.test(n)).map((n) => `${month}-${n.padStart(2, '0')}`);
    out.set(Number(id), new Set(days));
  }
  return out;
}

const selectable = (d: CalendarDay) => d.state.kind === 'open' || d.state.kind === 'late' || d.state.kind === 'cancelOnly';
/** Closed days worth showing (a holiday, a past day); week-ends and days the activity never runs are left out. */
const shownClosed = (d: CalendarDay) => d.state.kind === 'closed' && !['weekend', 'notThatDay', 'noSchool'].includes(d.state.reason);

function dayNote(t: Translate, d: CalendarDay): string {
  const notes: string[] = [];
  if (d.status === 'pending') notes.push(t('booking.calendar.pending'));
  if (d.status === 'waiting') notes.push(t('booking.calendar.waiting'));
  if (d.state.kind === 'late' && !d.status) notes.push(t('booking.calendar.late', { percent: d.state.surchargePercent }));
  if (d.state.kind === 'cancelOnly') notes.push(t('booking.calendar.cancelOnly'));
  if (d.state.kind === 'closed') {
    notes.push(t(`booking.closed.${d.state.reason}`));
    if (d.status) notes.push(t('booking.calendar.booked'));
  }
  return notes.length ? ` (${notes.join(', ')})` : '';
}

/**
 * The calendar reply. `desired` holds the toggles as the resident left them (after « Tout cocher »
 * or a change of month); without it, the toggles show the bookings.
 */
export function calendarReply(t: Translate, locale: string, view: CalendarView, desired?: Map<string, boolean>, lead = ''): Reply {
  const month = monthName(locale, view.month);
  const title = t('booking.calendar.title', { activity: view.activity.label, month });
  // With several children, each box names its child (« Léa, vendredi 18 décembre »): a screen reader tells them apart.
  const several = view.children.length > 1;
  const children = view.children.map(({ child, days }) => {
    const weeks: Array<{ label: string; days: Array<{ kind: 'toggle' | 'text'; id: string; title: string; value: string }> }> = [];
    for (const d of [...days].sort((a, b) => a.day.localeCompare(b.day))) {
      if (!selectable(d) && !shownClosed(d)) continue;
      const monday = weekdayOf(d.day) === 'mon' || weeks.length === 0;
      if (monday) weeks.push({ label: t('booking.calendar.week', { day: weekdayDay(locale, d.day) }), days: [] });
      const id = toggleId(child.id, d.day);
      const on = desired?.get(id) ?? d.status !== undefined;
      const kind = selectable(d) ? 'toggle' : 'text';
      const day = kind === 'toggle' && several ? t('booking.calendar.dayOf', { name: child.firstName, day: weekdayDay(locale, d.day) }) : weekdayDay(locale, d.day);
      (weeks.at(-1) as (typeof weeks)[number]).days.push({ kind, id, title: `${day}${dayNote(t, d)}`, value: on ? 'true' : 'false' });
    }
    return { name: child.firstName, weeks, nothing: t('booking.calendar.nothingThisMonth') };
  });
  const cardText = calendarText(t, locale, view, desired);
  // The title is the card's, not said again before it (seen and heard twice); in words, it heads the card's text.
  return {
    text: lead.trimEnd(),
    cardText: `${title}\n${cardText}`,
    speak: `${title}. ${cardText}`,
    card: {
      template: 'calendar',
      data: {
        title,
        intro: t('booking.calendar.intro'),
        legendTitle: t('booking.calendar.legendTitle'),
        legend: [t('booking.calendar.legendChecked'), t('booking.calendar.legendPending'), t('booking.calendar.legendLate'), t('booking.calendar.legendClosed')],
        children,
        activityId: view.activity.id,
        childIds: view.children.map((c) => c.child.id).join(','),
        month: view.month,
        shown: encodeShown(view),
        version: view.version,
        previous: view.previous ?? '',
        next: view.next ?? '',
        labels: {
          validate: t('booking.calendar.validate'),
          all: t('booking.calendar.all'),
          none: t('booking.calendar.none'),
          previous: view.previous ? t('booking.calendar.previous', { month: monthName(locale, view.previous) }) : '',
          next: view.next ? t('booking.calendar.next', { month: monthName(locale, view.next) }) : '',
        },
      },
    },
  };
}

/**
 * The calendar in words: per child, the days booked, pending and still open (with or without surcharge), and
 * those already in the basket (`desired`, back from « Modifier »: the card ticks them, the words name them).
 */
export function calendarText(t: Translate, locale: string, view: CalendarView, desired?: Map<string, boolean>): string {
  const said = view.children.map(({ child, days }) => {
    const wanted = (d: (typeof days)[number]) => desired?.get(toggleId(child.id, d.day));
    const toAdd = days.filter((d) => !d.status && wanted(d) === true).map((d) => d.day);
    const toRemove = days.filter((d) => d.status && wanted(d) === false).map((d) => d.day);
    const booked = days.filter((d) => d.status === 'confirmed').map((d) => d.day);
    const pending = days.filter((d) => d.status === 'pending').map((d) => d.day);
    const waiting = days.filter((d) => d.status === 'waiting').map((d) => d.day);
    const open = days.filter((d) => d.state.kind === 'open' && !d.status && !toAdd.includes(d.day)).map((d) => d.day);
    const late = days.filter((d) => d.state.kind === 'late' && !d.status && !toAdd.includes(d.day));
    const parts = [booked.length ? t('booking.text.booked', { days: listDays(locale, booked) }) : t('booking.text.nothingBooked')];
    if (pending.length) parts.push(t('booking.text.pending', { days: listDays(locale, pending) }));
    if (waiting.length) parts.push(t('booking.text.waiting', { days: listDays(locale, waiting) }));
    if (toAdd.length) parts.push(t('booking.text.basketAdd', { days: listDays(locale, toAdd) }));
    if (toRemove.length) parts.push(t('booking.text.basketRemove', { days: listDays(locale, toRemove) }));
    if (open.length) parts.push(t('booking.text.open', { days: listDays(locale, open) }));
    if (late.length && late[0]?.state.kind === 'late') parts.push(t('booking.text.late', { days: listDays(locale, late.map((d) => d.day)), percent: late[0].state.surchargePercent }));
    if (!open.length && !late.length) parts.push(t('booking.text.noneOpen'));
    return { name: child.firstName, text: parts.join(' ') };
  });
  // Children whose month reads the same (two children, the same days booked and open) are named together, their days said once.
  const together = new Map<string, string[]>();
  for (const { name, text } of said) together.set(text, [...(together.get(text) ?? []), name]);
  const and = listFormat(locale, CONJUNCTION);
  return [...together].map(([text, names]) => t('booking.text.child', { name: and.format(names), text })).join('\n');
}

const CONJUNCTION = constantOptions<Intl.ListFormatOptions>({ type: 'conjunction' });

/** The wishes a calendar submit expresses: toggled days that differ from what the card showed. */
export function wishesFromSubmit(month: string, value: Record<string, unknown>): { wishes: Wish[]; desired: Map<string, boolean> } {
  const shown = decodeShown(month, value.shown);
  const wishes: Wish[] = [];
  const desired = new Map<string, boolean>();
  for (const [key, raw] of Object.entries(value)) {
    const m = /^d_(\d+)_(\d{4}-\d{2}-\d{2})$/.exec(key);
    if (!m) continue;
    const childId = Number(m[1]);
    const day = m[2] as string;
    const on = raw === true || raw === 'true';
    desired.set(key, on);
    const was = shown.get(childId)?.has(day) ?? false;
    if (on !== was) wishes.push({ childId, day, action: on ? 'add' : 'remove' });
  }
  return { wishes, desired };
}

/** Merges wishes: a later wish for the same child and day replaces the earlier one (a removal of a day only wished takes it out). */
export function mergeWishes(earlier: readonly Wish[], later: readonly Wish[], month?: string): Wish[] {
  const same = (a: Wish, b: Wish) => a.childId === b.childId && a.day === b.day;
  const kept = earlier.filter((w) => !(month && w.day.startsWith(month)) && !later.some((l) => same(l, w)));
  // « enlever le 25 » after « Modifier », the 25 being in the basket to book: it leaves the basket (nothing booked to cancel).
  const takenOut = (l: Wish) => l.action === 'remove' && earlier.some((w) => w.action === 'add' && same(l, w));
  return [...kept, ...later.filter((l) => !takenOut(l))];
}

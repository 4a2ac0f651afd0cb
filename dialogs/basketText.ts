/**
 * The basket in words, before « Confirmer »: days added and removed per child, late days with their surcharge, the days set
 * aside with their reason, the estimated cost. A day the activity never runs (a week-end) between the days kept is not listed (the
 * gap in the days says it). By SMS (`paid`, each message paid for), children with the same lines share them, and a holiday
 * between the days kept is not listed either.
 */
import type { Basket, SetAside } from '../src/domain/reservations';
import type { Translate } from '../src/i18n';
import { listDays, listFormat } from '../src/domain/formats';
import { formatEuros } from './familyFileDialog';
import { weekdayDay } from './calendarCard';

/** The items in groups of the same key, in the order each key first comes. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

/** The basket in words: days added and removed per child, surcharges, set-aside days with their reason, the estimated cost. */
export function basketText(t: Translate, locale: string, basket: Basket, paid = false): string {
  const lines: string[] = [t('booking.basket.title', { activity: basket.activity.label })];
  const names = [...new Set(basket.lines.map((l) => l.childName))];
  // By SMS (`paid`), children whose lines are the same share them (« Léa et Hugo : à réserver les 24 et 26 novembre »).
  // Grouped by their lines written with a stand-in name, then written again with the names together: each line is then a text
  // as translated (promptTexts.ts says it again in another language; a line edited after it would stay in the first one).
  const perChild = names.map((name) => ({ name, lines: paid ? childLines(t, locale, basket, name, NAME) : [] }));
  for (const same of paid ? groupBy(perChild, (c) => c.lines.join('\n')) : perChild.map((c) => [c])) {
    const together = listFormat(locale, { type: 'conjunction' }).format(same.map((c) => c.name));
    lines.push(...childLines(t, locale, basket, same[0]?.name ?? '', together));
  }
  // Late days wait (review: late), or every day does (review: all): the note says which.
  const waiting = basket.lines.filter((l) => l.pending);
  if (waiting.length) lines.push(t(waiting.every((l) => l.late) ? 'booking.basket.pendingNote' : 'booking.basket.pendingAllNote'));
  const out = obviouslyOut(basket.setAside);
  // Nor a day the activity never runs (a week-end, its day off) between the first and last days kept (« du 8 au 17 février » at the
  // holidays: the week-end is the gap in « 8, 9, …, 12, 15, 16 et 17 février »); by SMS, a holiday there neither (« du 23 au 27 »:
  // the Wednesday without canteen is the gap in « 23, 24, 26 et 27 novembre »).
  const kept = basket.lines.map((l) => l.day).sort();
  const inGap = (s: Basket['setAside'][number]) => s.reason === 'notRunning' && (paid ? OBVIOUS_CLOSED : NEVER_RUNS).has(s.closed ?? '') && s.day > (kept[0] ?? '') && s.day < (kept.at(-1) ?? '');
  lines.push(...setAsideLines(t, locale, { setAside: basket.setAside.filter((s) => !(basket.lines.length && (out(s) || inGap(s)))) }, paid));
  lines.push(...costLines(t, locale, basket));
  return lines.join('\n');
}

/** The basket's estimated cost (of the days added; not said when it only cancels) and its refund: the lines « c'est combien en tout ? » answers too. */
export function costLines(t: Translate, locale: string, basket: Basket): string[] {
  const lines: string[] = [];
  if (basket.lines.some((l) => l.action === 'add')) {
    lines.push(t('booking.basket.cost', { amount: formatEuros(locale, basket.addedCents), price: formatEuros(locale, basket.lines[0]?.priceCents ?? 0) }));
  }
  if (basket.refundedCents) lines.push(t('booking.basket.refund', { amount: formatEuros(locale, basket.refundedCents) }));
  return lines;
}

/** The basket as shown, kept in the booking's options: its words, and its cost for « ça fait combien ? » (basketAsked.ts). */
export const shownBasket = (t: Translate, locale: string, basket: Basket, paid: boolean) => ({ basketText: basketText(t, locale, basket, paid), basketCost: costLines(t, locale, basket) });

/** Where a child's name goes in lines shared by several children. */
const NAME = '\u0000';

/** A child's lines of the basket: days added, late days by surcharge, days removed, billed or not. */
function childLines(t: Translate, locale: string, basket: Basket, childName: string, name: string): string[] {
  const lines: string[] = [];
  const mine = basket.lines.filter((l) => l.childName === childName);
  const added = mine.filter((l) => l.action === 'add' && !l.late).map((l) => l.day);
  const late = mine.filter((l) => l.action === 'add' && l.late);
  const removed = mine.filter((l) => l.action === 'remove' && !l.billed).map((l) => l.day);
  const billed = mine.filter((l) => l.action === 'remove' && l.billed).map((l) => l.day);
  if (added.length) lines.push(t('booking.basket.added', { name, days: listDays(locale, added) }));
  // Late days with the same surcharge on one line (a week after the deadline is one line, not five).
  for (const same of groupBy(late, (l) => `${l.surchargePercent}|${l.surchargeCents}`)) {
    const first = same[0] as (typeof late)[number];
    const surcharge = { name, percent: first.surchargePercent, amount: formatEuros(locale, first.surchargeCents) };
    lines.push(same.length === 1 ? t('booking.basket.late', { ...surcharge, day: weekdayDay(locale, first.day) }) : t('booking.basket.lateDays', { ...surcharge, days: listDays(locale, same.map((l) => l.day)) }));
  }
  if (removed.length) lines.push(t('booking.basket.removed', { name, days: listDays(locale, removed) }));
  if (billed.length) lines.push(t(billed.length === 1 ? 'booking.basket.removedBilledOne' : 'booking.basket.removedBilled', { name, days: listDays(locale, billed) }));
  return lines;
}

/** The days an activity never runs: said only where a day asked alone or at the ends of the days kept is one. */
const NEVER_RUNS: ReadonlySet<string> = new Set(['weekend', 'notThatDay']);
/** Days that plainly do not apply: a week-end, a public holiday, a day without the activity, a day already as wished. */
const OBVIOUS_CLOSED: ReadonlySet<string> = new Set(['weekend', 'publicHoliday', 'schoolHoliday', 'notThatDay', 'noSchool']);
const obvious = (s: Basket['setAside'][number]) => s.reason === 'notBooked' || s.reason === 'alreadyBooked' || (s.reason === 'notRunning' && OBVIOUS_CLOSED.has(s.closed ?? ''));
/** How many such days are still said one by one: a few days named; beyond, a range or a month was said (« annuler tout janvier »). */
const FEW_NAMED = 3;

/**
 * In a basket that keeps days, the days that plainly do not apply are not listed when a range or a month was
 * said (« annuler tout janvier »: the week-ends, the holiday, the days not booked): the kept days say it all.
 */
export const obviouslyOut = (setAside: Basket['setAside']) => {
  const many = setAside.filter(obvious).length > FEW_NAMED;
  return (s: Basket['setAside'][number]) => many && obvious(s);
};

/** « Le mercredi 9 décembre n'est pas retenu : pas de restauration ce jour-là. » — never a day left out silently. */
export function setAsideLines(t: Translate, locale: string, basket: Pick<Basket, 'setAside'>, paid = false): string[] {
  const byReason = new Map<string, string[]>();
  for (const s of basket.setAside) {
    const key = `${s.reason}|${s.closed ?? ''}|${s.childName}`;
    byReason.set(key, [...(byReason.get(key) ?? []), s.day]);
  }
  const lines = [...byReason.entries()].map(([key, days]) => {
    const [reason, closed, name] = key.split('|') as [SetAside, string, string];
    return { name, why: reason === 'notRunning' ? t(`booking.closed.${closed}`) : t(`booking.aside.${reason}`), days: listDays(locale, days) };
  });
  // By SMS, children with the same days set aside for the same reason on one line (« Léa et Hugo, 25 novembre : non retenu (…) »).
  const groups = paid ? groupBy(lines, (l) => `${l.why}|${l.days}`) : lines.map((l) => [l]);
  return groups.map((same) => t('booking.aside.line', { ...same[0], name: listFormat(locale, { type: 'conjunction' }).format(same.map((l) => l.name)) }));
}

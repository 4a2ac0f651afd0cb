/**
 * Days said for every child with an exception for one of them (« les 2 à la cantine jeudi et vendredi sauf Hugo vendredi »,
 * « … sauf le vendredi pour Hugo », « … mais pas vendredi pour Hugo », « … sauf pour Hugo »): each child's own days, the
 * child of the exception without the days it names (without any day when it names none). The children the booking is for
 * are those named before the exception, or every child when none is. Undefined when no exception names a child, or when its
 * days are not among the days said before it.
 */
import { prepare } from './frenchText';
import type { DayAction, PartReading } from './mixedActions';

/** « sauf », « excepté », « hormis », « à part », « mais pas »: where an exception starts (« pas » alone is a correction, not read here). */
const EXCEPT = /\b(?:sauf|excepte|hormis|a part|mais pas|mais sans)\b/;

const weekday = (day: string): number => new Date(`${day}T12:00:00Z`).getUTCDay();

const namesIn = (text: string, names: readonly string[]): string[] => names.filter((name) => new RegExp(`\\b${prepare(name)}\\b`).test(text));

/** The exception's clause and the children it names; undefined when there is no exception naming a child. */
export function childException(text: string, names: readonly string[]): { before: string; clause: string; excepted: string[]; others: string[] } | undefined {
  const said = prepare(text);
  const at = EXCEPT.exec(said);
  if (!at) return undefined;
  const before = said.slice(0, at.index);
  const clause = said.slice(at.index + at[0].length);
  const excepted = namesIn(clause, names);
  if (!excepted.length) return undefined;
  // The children of the booking: named before the exception, or every child (« les 2 », « mes enfants », none named).
  const named = namesIn(before, names);
  return { before, clause, excepted, others: named.length ? named : [...names] };
}

/** The children a booking is for once an exception is read (« sauf pour Hugo »: every child but Hugo); undefined without one. */
export function childrenBesidesException(text: string, names: readonly string[], read: (part: string) => PartReading): string[] | undefined {
  const exception = childException(text, names);
  if (!exception) return undefined;
  const excluded = read(exception.clause).dates.length === 0;
  const children = exception.others.filter((n) => !(excluded && exception.excepted.includes(n)));
  return children.length ? children : undefined;
}

/** Each child's days when an exception names a child; undefined otherwise. */
export function daysWithChildException(text: string, names: readonly string[], read: (part: string, month?: string) => PartReading, action: DayAction['action']): DayAction[] | undefined {
  const exception = childException(text, names);
  if (!exception) return undefined;
  const days = read(exception.before).dates;
  if (!days.length) return undefined;
  const month = [...days].sort()[0]?.slice(0, 7);
  const out = new Set<string>();
  for (const d of read(exception.clause, month).dates) {
    // « sauf Hugo vendredi » after « jeudi 26 et vendredi 27 »: the Fridays of those days (not the coming Friday).
    const same = days.includes(d) ? [d] : days.filter((x) => weekday(x) === weekday(d));
    // « sauf Hugo le 12 » after « jeudi et vendredi »: a day not said before is no exception of those days.
    if (!same.length) return undefined;
    for (const x of same) out.add(x);
  }
  const actions: DayAction[] = [];
  for (const child of exception.others) {
    const skipped = exception.excepted.includes(child) ? (out.size ? [...out] : days) : [];
    for (const day of days) if (!skipped.includes(day)) actions.push({ day, action, children: [child] });
  }
  return actions.length ? actions : undefined;
}

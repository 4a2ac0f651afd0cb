/**
 * A birth date said through an age reached on a day (« il a eu 16 ans le 3 novembre », « elle a fêté ses
 * 16 ans le 3/11/2026 »): that many years before the day, the latest such day when no year is said
 * (3 November 2010, said on 4 December 2026). An age without a day (« il a eu 16 ans en novembre »,
 * « il a 16 ans »): the birth date is still to ask, with its year.
 */
import { addYears } from '../domain/parisTime';
import { pastDayIn } from './pastDay';

const AGE = /\b(?:a eu|a fete(?: ses)?|a fait|aura eu|a|fait|avait)\s+(\d{1,2})\s*ans\b(.*)$/;

export type AgeDay = { birth: string } | 'noDay' | undefined;

export function birthFromAge(text: string, today: string): AgeDay {
  const m = AGE.exec(text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/['’]/g, ' ').replace(/\s+/g, ' ').trim());
  if (!m) return undefined;
  const age = Number(m[1]);
  const day = pastDayIn(m[2] ?? '', today, Number(today.slice(0, 4)));
  if (!day || age < 1 || age > 120) return 'noDay';
  const reached = day > today ? addYears(day, -1) : day;
  return { birth: addYears(reached, -age) };
}

/**
 * A public holiday named in what « sauf » sets aside (prepare()d text): « tous les jeudis jusqu'à fin mai, sauf le jeudi de
 * l'Ascension », « tous les lundis de mai (sauf Pentecôte) », « sauf le lundi de Pâques ». The weekday said with it names that one
 * day, not every such weekday; Pentecost or Easter alone is its Monday, the day the school is closed. « Les vacances de Pâques »
 * stay holidays.
 */
import { publicHolidayOn, type HolidayCode } from '../domain/publicHolidays';

/** The holidays that follow Easter, as they are named after « sauf ». */
const NAMED: ReadonlyArray<readonly [RegExp, HolidayCode]> = [
  [/\b(?:(?:le |du )?(?:jeudi )?(?:de l |d l )|l )?ascension\b/g, 'ascension'],
  [/\b(?:(?:le |du )?(?:lundi )?(?:de )?)?pentecote\b/g, 'whitMonday'],
  [/(?<!\bvacances (?:de |d )?)\b(?:(?:le |du )?(?:lundi )?(?:de )?)?paques\b(?! \d)/g, 'easterMonday'],
];

/** The clause with the holidays named in it blanked, and whether a day is one of them. */
export function holidaysExcepted(clause: string): { clause: string; named: (day: string) => boolean } {
  const codes = new Set<HolidayCode>();
  let rest = clause;
  for (const [said, code] of NAMED) {
    rest = rest.replace(said, (m) => {
      codes.add(code);
      return '#'.repeat(m.length);
    });
  }
  return { clause: rest, named: (day) => codes.size > 0 && codes.has(publicHolidayOn(day) as HolidayCode) };
}

/**
 * « annule cantine mardi 4 mai, pas besoin mercredi non plus », « …, mercredi non plus »: « non plus » says the day shares the
 * lot of the days said before it (cancelled, absent too): one more day of the request, not a day set aside. Written « et mercredi »,
 * and, after a day said with its weekday and month, as the day of that week (« et mercredi 5 mai »). Works on prepare()d text.
 */
import { DAY, MONTH, WD, weekdayWord } from './dateWords';

const ORDER = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTHS = ['jan', 'fev', 'mars', 'avr', 'mai', 'juin', 'juil', 'aout', 'sept', 'oct', 'nov', 'dec'];

/** « pas besoin (de la cantine) mercredi non plus », « , mercredi non plus ». */
const ALSO_NOT = new RegExp(
  `(?:(?<=, |^)|\\b(?:et )?pas besoin (?:(?:de|d) (?:la |l |le )?[a-z]+ )?)(?:(le|la) )?(${WD}|(?:${WD} )?${DAY}(?: ${MONTH})?) non plus\\b`,
  'g',
);
/** The last day said with its weekday and month before: « mardi 4 mai ». */
const DATED = new RegExp(`\\b(${WD}) (?:le )?(${DAY}) (${MONTH})\\b(?!.*\\b${WD} (?:le )?${DAY} ${MONTH}\\b)`);

const monthIndex = (word: string): number => MONTHS.findIndex((m) => word.startsWith(m));

/** « mercredi » after « mardi 4 mai »: « mercredi 5 mai », the day of that week (in the same month), else the weekday as said. */
function inWeekOf(before: string, said: string): string {
  const wd = weekdayWord(said);
  const dated = DATED.exec(before);
  const from = dated && weekdayWord(dated[1] as string);
  if (!wd || !dated || !from) return said;
  const delta = (ORDER.indexOf(wd) - ORDER.indexOf(from) + 7) % 7;
  const day = Number(dated[2]) + delta;
  const month = monthIndex(dated[3] as string);
  return delta > 0 && month >= 0 && day <= (DAYS_IN_MONTH[month] as number) ? `${said} ${day} ${dated[3]}` : said;
}

export function alsoNotNeeded(text: string): string {
  return text.replace(ALSO_NOT, (whole: string, article: string | undefined, said: string, at: number) => {
    const before = text.slice(0, at);
    if (!new RegExp(`\\b(?:${WD}|${DAY})\\b`).test(before)) return whole;
    const day = new RegExp(`^${WD}$`).test(said) ? inWeekOf(before, said) : said;
    return `et ${article ? `${article} ` : ''}${day}`;
  });
}

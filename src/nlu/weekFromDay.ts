/**
 * « cantine pour la rentrée du 2 novembre, toute la semaine », « à partir du lundi 5 juillet toute la semaine », « garderie mercredi 4
 * et toute la semaine »: one day said, then « toute la semaine » right after it, is every day from it to the end of its week (a week
 * is every calendar day of it; the booking leaves out the days without the activity). A pass of datePasses.ts, after the days are read.
 */
import { addDays, mondayOf, span } from './calendarMath';
import type { Reader } from './dateReader';

/** « toute la semaine », not another week named (« toute la semaine prochaine », « toute la semaine du 9 »). */
const WHOLE_WEEK = /\b(?:toute la semaine|toute sa semaine|la semaine entiere|toute la semaine entiere)\b(?! (?:prochaine|suivante|d apres|du|de|des|d|qui|derniere|passee|la|ci)\b)/;
/** Only blanked words, a comma or « et » between the day and the week. */
const RIGHT_AFTER = /^#[#\s]*(?:,\s*)?(?:(?:et|puis)\s+)?$/;

export function readWeekFromDay(r: Reader): void {
  r.pass(WHOLE_WEEK, (m) => {
    const day = r.found.filter((f) => f.at < m.index && f.days.length > 0).sort((a, b) => b.at - a.at)[0];
    if (!day || day.days.length !== 1 || day.bound || !RIGHT_AFTER.test(r.text.slice(day.at, m.index))) return null;
    const first = day.days[0] as string;
    day.days = span(first, addDays(mondayOf(first), 6));
    return undefined;
  });
}

/**
 * The bounds of the date reader (a pass of datePasses.ts): what a weekday recurrence can be bounded
 * by, and days said as a span: « jusqu'au 18 », « d'ici les vacances », « à partir du 21 juin jusqu'au 2 juillet », school
 * holidays by name, weeks, « entre le 3 et le 5 », « du 4 au 15 janvier », whole months.
 */
import { MONTH_WEEKS, monthWeeks, nthWeek, ORDINAL_WEEK, weekOrdinal } from './weekOrdinal';
import { WEEKDAYS as WEEKDAY_ORDER } from '../domain/types';
import { addDays, mondayOf, monthDays, weekEndOf, monthOf, nextDayOfMonth, span, weekdayOf, yearOf } from './calendarMath';
import { monthBound, range, type Reader } from './dateReader';
import { holidayDays } from './holidayDays';
import { holidaysToldAsNow } from './holidaysNow';
import { DAY, DAY_END, forward, MONTH, monthNumber, parseSpec, SPEC, WD } from './dateWords';
import { toldInThePast } from './pastClauses';
import { readHolidayEdges } from './holidayEdges';
import { readRentreeWeek } from './rentreeWeek';
import { readWeeksListed } from './weeksListed';
import { pattern } from './pattern';
import { readUntil } from './untilBound';

/** What can bound a recurrence: « jusqu'au … », holidays, weeks, ranges, months. */
export function readBounds(r: Reader): void {
  // « tarif des activités vacances d'été ? », « payer la facture des vacances de la Toussaint »: on an invoice or a
  // démarche the holidays name what is charged or when something happens, not days (as a month does, below).
  if (r.ctx.monthsNotDays) r.mask(/\b(?:(?:pendant |durant |pour |des |les |aux )+)?(?:grandes )?vacances(?: scolaires)?(?: (?:de la |de |d |du )?(?:noel|toussaint|hiver|fevrier|printemps|paques|ete))?/);
  // Bounds: « jusqu'au … » first (it may name a holiday, untilBound.ts), then holidays, weeks, months, ranges.
  readUntil(r);
  // « les semaines du 8 et du 15 », « les 2 semaines après la rentrée »: whole weeks.
  readWeeksListed(r);
  // « le vendredi avant les vacances », « le lendemain de la rentrée des vacances d'hiver »: a day from the holidays' edge.
  readHolidayEdges(r);
  // « le lundi après les vacances », « mardi et jeudi de la semaine de la rentrée »: that week's weekdays.
  readRentreeWeek(r);
  // « la rentrée des vacances d'hiver »: the day classes start again.
  r.pass(/\b(?:la |a la |pour la |le jour de la )?rentree (?:des |de |du )?vacances(?: (?:de la |de |d |du )?(noel|toussaint|hiver|fevrier|printemps|paques|ete))?/, (m) => {
    const days = holidayDays(r, m[0]);
    return days?.length ? [addDays(days.at(-1) as string, 1)] : undefined;
  });
  r.pass(/\b(?:(?:pendant|durant|pour|aux|des|les|la|a la) )?(?:(?:les|aux) )?(?:prochaines? )?vacances(?: scolaires)?(?: (?:de la |de |d |du )?(noel|toussaint|hiver|fevrier|printemps|paques|ete))?|\bgrandes vacances\b|\bpont de l ascension\b/, (m) => {
    const words = m[0];
    const named = /noel|toussaint|hiver|fevrier|printemps|paques|ete|grandes|ascension/.test(words);
    const announced = /pendant|durant|prochaines?|pour les|aux vacances|des vacances|les vacances/.test(words);
    if (!named && !announced) return null;
    // « après les vacances de Noël, je voudrais inscrire Hugo », « une semaine avant les vacances »: when, not the holidays' days.
    if (/\b(?:apres|avant)(?: les| la| des)? $/.test(r.text.slice(0, m.index))) return undefined;
    // « pendant les vacances (de Noël) du 21 au 24 », « …, semaine du 21 »: the days written out say which, not the whole holidays
    // (a holiday named is set aside, so that « Noël » is not read as the 25th).
    // « le mardi 4 et le mercredi 5 mai »: a weekday may stand before the day.
    // « le 6, 7 et 8 avril », « seulement 15 16 17 février »: so do days listed with their month.
    // « vacances de Noël le 22 », « … mardi 22 »: one day alone too (« centre loisirs vacances Noël, fille, 23 décembre »: a date after a comma).
    // « pendant les vacances de Noël :\n- lundi 21 décembre\n- mardi 22 décembre »: a weekday with its day and month, one a line, too.
    if (pattern`\\b(?:du|le|les|des|au|jusqu a) (?:${WD} )?${DAY}(?: ${MONTH}|[/.-]\\d| au| et| ?,| ${DAY}\\b)|\\b(?:le |du |${WD} )${DAY}${DAY_END}|\\b${DAY}(?: ,| et)? (?:${DAY}(?: ,| et)? )*${DAY} ${MONTH}\\b|\\bsemaine du ${DAY}\\b|(?:^|, )(?:${WD} )?${DAY} ${MONTH}\\b|\\b${WD} ${DAY} ${MONTH}\\b`.test(r.text)) {
      if (!named) return null;
      // Days said without their month (« vacances de février du 8 au 19 ») are those of the holiday.
      // (« avant les vacances de Noël, … le jeudi 17 » are not.)
      if (!/\b(?:avant|apres|depuis|jusqu|d ici)(?: (?:les|des|la|le))? $/.test(r.source.slice(0, m.index))) r.within = holidayDays(r, words)?.[0];
      return undefined;
    }
    const days = holidayDays(r, words);
    // « jeudi et vendredi, c'est les vacances »: what the days are, not more days (holidaysNow.ts).
    if (days && holidaysToldAsNow(r, m.index, days)) return undefined;
    // « la première semaine des vacances de février », « …, la 2e semaine »: that week of the holidays only, Monday to Friday
    // (its week-end is not said to be set aside, as it is not for the whole holidays).
    const week = weekOrdinal(r.text);
    if (days && week !== undefined) r.mask(ORDINAL_WEEK);
    return days ? { days: week === undefined ? days : nthWeek(days, week, true), bound: true } : undefined;
  });
  // « pendant la Toussaint », « durant les fêtes »: the school holidays of that name, not the feast day.
  r.pass(/\b(?:pendant|durant) (?:la |les )?(toussaint|noel|paques|fetes(?: de fin d annee)?)\b/, (m) => {
    const days = holidayDays(r, (m[1] as string).startsWith('fetes') ? 'noel' : (m[1] as string));
    return days ? { days, bound: true } : undefined;
  });
  // « pas la semaine prochaine mais celle d'après », « la semaine prochaine …, par contre la semaine d'après »:
  // the first is only what the second is counted from.
  const AFTER_NEXT = /\b(?:(?:la |cette )?semaine|celle) (?:d apres|suivante|qui suit|d encore apres)\b/;
  // « la semaine prochaine et la suivante », « … et celle d'après »: both weeks.
  r.pass(/\b(?:la |cette )?semaine prochaine (?:, )?(?:et|puis|ainsi que) (?:aussi )?(?:la |celle )?(?:semaine )?(?:d apres|suivante|qui suit)\b/, () => {
    const monday = addDays(mondayOf(r.today), 7);
    return { days: span(monday, addDays(monday, 13)), bound: true };
  });
  // « cette semaine et la suivante », « … et celle d'après »: from today to the end of next week.
  r.pass(/\bcette semaine (?:, )?(?:et|puis|ainsi que) (?:aussi )?(?:la |celle )?(?:semaine )?(?:d apres|suivante|qui suit|prochaine)\b/, () => ({ days: span(r.today, addDays(mondayOf(r.today), 13)), bound: true }));
  r.pass(pattern`\\b(?:la |cette )?semaine prochaine\\b(?=.*${AFTER_NEXT.source})`, () => undefined);
  if (/\bsemaine prochaine\b/.test(r.source))
    r.pass(AFTER_NEXT, () => {
      const monday = addDays(mondayOf(r.today), 14);
      return { days: span(monday, addDays(monday, 6)), bound: true };
    });
  // « la semaine d'après » said of days already given (a basket's): the week after theirs.
  const about = r.ctx.about && r.ctx.about > r.today ? r.ctx.about : undefined;
  // Said alone, « la semaine d'après » is the one after next week (as « garderie la semaine d'après, du lundi au vendredi »).
  // (« cantine jeudi 10 et la semaine d'après le jeudi aussi »: after the day written out before it.)
  r.pass(/\b(?:la |cette )?semaine (?:prochaine|d apres|suivante)\b/, (m) => {
    const said = about ?? dayWrittenBefore(r, m.index);
    const after = !said && m[0].endsWith('d apres') ? 14 : 7;
    const monday = addDays(mondayOf(said && !m[0].endsWith('prochaine') ? said : r.today), after);
    return { days: span(monday, addDays(monday, 6)), bound: true };
  });
  // « pour le reste de la semaine »: from today to the end of the week (as « jusqu'à la fin de la semaine »).
  r.pass(/\b(?:(?:pour|pendant|durant) )?(?:tout )?le reste de (?:la|cette) semaine\b/, () => ({ days: span(r.today, weekEndOf(r.today)), bound: true }));
  // « cette semaine »: its days to come; asked about what is booked, the whole week (« mes inscriptions cette semaine »).
  r.pass(/\bcette semaine\b/, () => ({ days: span(r.ctx.wholeWeeks ? mondayOf(r.today) : r.today, addDays(mondayOf(r.today), 6)), bound: true, thisWeek: true }));
  r.pass(pattern`\\b(?:la )?semaine du (${SPEC})`, (m) => {
    // « la semaine du 12 au 16 avril »: the days said (a range, read below), not the whole week.
    if (/^ (?:au|jusqu au|jusqu a) /.test(r.text.slice(m.index + m[0].length))) return null;
    // (« vacances de février, semaine du 15 »: that week of the holidays.)
    const day = forward(parseSpec(m[1] as string), r.within && r.within > r.today ? r.within : r.today, false);
    if (!day) return undefined;
    const monday = mondayOf(day);
    return { days: span(monday, addDays(monday, 6)), bound: true };
  });
  r.pass(pattern`\\bentre (?:le )?(${SPEC}) et (?:le )?(${SPEC})`, (m) => {
    const days = range(r, m[1] as string, m[2] as string, r.ctx.absence === true || toldInThePast(r.source, m.index));
    return days ? { days, bound: true } : undefined;
  });
  // (« de lundi prochain jusqu'au vendredi 22 »: the start said as the coming weekday.)
  r.pass(pattern`\\b(?:du |depuis le |a partir du |a partir de |a compter du |des le |de )(${SPEC})(?: prochain| qui vient)? (?:, )?(?:et )?(?:au|jusqu au|jusqu a|a) (?:le )?(${SPEC})`, (m) => {
    const start = parseSpec(m[1] as string);
    const end = parseSpec(m[2] as string);
    const bound = r.found.find((f) => f.bound && !f.used);
    if (start.weekday && end.weekday && start.day === undefined && end.day === undefined && bound) {
      // « du lundi au vendredi de la semaine prochaine »: those weekdays of the bound.
      bound.used = true;
      const from = WEEKDAY_ORDER.indexOf(start.weekday);
      const to = WEEKDAY_ORDER.indexOf(end.weekday);
      return bound.days.filter((d) => WEEKDAY_ORDER.indexOf(weekdayOf(d)) >= from && WEEKDAY_ORDER.indexOf(weekdayOf(d)) <= to);
    }
    // « en juillet du 5 au 23 »: the month said before the days.
    const monthBefore = pattern`\\b(?:en|de|d|pour|au mois de|au mois d|pendant le mois de) (${MONTH})\\s*$`.exec(r.text.slice(0, m.index));
    const month = monthBefore && start.day !== undefined && end.day !== undefined && start.month === undefined && end.month === undefined && !/[/.-]/.test(m[0]) ? ` ${monthBefore[1]}` : '';
    const days = range(r, `${m[1]}${month}`, `${m[2]}${month}`, r.ctx.absence === true || toldInThePast(r.source, m.index));
    return days ? { days, bound: true } : undefined;
  });
  // « cantine 4/01 au 8/01 », « garderie lundi au vendredi », « 12 juillet jusqu'à 16 juillet »: a range without « du ».
  // (« 26 octobre à 30 octobre », « lundi à jeudi »: « à » too, between two days with their month or two weekdays.)
  r.pass(pattern`(?<![/.\\d-])\\b(${SPEC}) (?:au|jusqu au|jusqu a|a(?= (?:le )?${DAY} ${MONTH}\\b)|(?<=\\b${WD} )a(?= ${WD}\\b)) (?:le )?(${SPEC})\\b`, (m) => {
    const days = range(r, m[1] as string, m[2] as string, r.ctx.absence === true || toldInThePast(r.source, m.index));
    return days ? { days, bound: true } : null;
  });
  // « la facture d'octobre », « payer le mois de novembre »: on an invoice a month names the invoice, not days;
  // « il aura 16 ans le mois prochain, quand doit-il se faire recenser ? »: in a démarche, when something happens.
  if (r.ctx.monthsNotDays) r.mask(/\b(?:(?:pour |de |du |sur )?(?:tout )?le mois prochain|ce mois ci)\b/);
  // « la facture de novembre est fausse, annulez la cantine le 14 »: the month of an invoice named, whatever else is asked, is no month of the days.
  r.mask(pattern`\\bfactures? (?:de |d |du mois de |du mois d )${MONTH}\\b(?! ?\\d)`);
  // « absent du 3 au 5, certificat du 2 »: the date of a paper (not « certificat du 3 au 5 », the days it covers).
  r.mask(pattern`\\b(?:certificat|ordonnance|attestation|courrier|justificatif)(?: medical)? (?:du|date du|en date du) (?:${WD} )?${DAY}(?: ${MONTH})?\\b(?! ?(?:au|a|et|jusqu)\\b)`);
  if (r.ctx.monthsNotDays) r.mask(pattern`\\b(?:(?:pour |de |du |sur )?(?:tout )?le mois (?:de |d )|(?:de |d |pour |en )(?=${MONTH}\\b(?! ?\\d)))?(?<!(?:\\d|1 ?er|premier) )${MONTH}\\b(?: 20\\d\\d)?(?! ?\\d)`);
  // « la 1re semaine de février », « les 2 dernières semaines de janvier »: those weeks of the month.
  // (This month's when those weeks are still to come, else next year's.)
  r.pass(MONTH_WEEKS, (m) => {
    const month = monthNumber(m[4] as string) as number;
    const year = yearOf(r.today) + (month < monthOf(r.today) ? 1 : 0);
    const these = monthWeeks(m, monthDays(year, month));
    const days = these.some((d) => d >= r.today) ? these : monthWeeks(m, monthDays(year + 1, month));
    return days.length > 0 ? { days, bound: true } : undefined;
  });
  r.pass(pattern`\\b(?:(?:pendant |durant )?tout (?:le mois (?:de |d )?)?|tous les jours (?:de |d |en |du mois de |du mois d )|(?:pendant |durant |sur )?(?:tout )?le mois (?:de |d ))(${MONTH})\\b(?: (20\\d\\d))?`, (m) => {
    const month = monthNumber(m[1] as string) as number;
    const year = m[2] ? Number(m[2]) : undefined;
    return { days: year ? monthDays(year, month) : monthBound(r, month, true), bound: true };
  });
  r.pass(/\b(?:tout )?le mois prochain\b/, () => {
    const first = nextDayOfMonth(addDays(r.today, 1), 1) as string;
    return { days: monthDays(yearOf(first), monthOf(first)), bound: true };
  });
  // « du lundi 14 au vendredi 18 juin, mercredi compris », « toute la semaine, y compris le mercredi »: a weekday said to be among the days
  // read, not the only one of them (« du lundi au mercredi inclus » ends a range, read and blanked above).
  if (r.found.some((f) => f.bound)) r.mask(INCLUDED_WEEKDAY);
}

/** A weekday said to be in the days (« mercredi compris », « y compris le mercredi », « même le mercredi »), no day of its own. */
const INCLUDED_WEEKDAY = pattern`\\b(?:le |les )?${WD} (?:compris|inclus|inclu)\\b|\\b(?:y compris|meme|inclus|inclu) (?:le |les )?${WD}\\b(?! (?:\\d|1 ?er\\b))`;

const WRITTEN_DAY = new RegExp(`\\b(?:${WD} (?:le )?${DAY}(?: ${MONTH})?|${DAY} ${MONTH}|\\d{1,2}[/.-]\\d{1,2})\\b(?!.*\\b(?:${WD} (?:le )?${DAY}|${DAY} ${MONTH})\\b)`);

/** The last day written out (« jeudi 10 », « 14 décembre », « 14/12 ») before `at`, still to come: what « la semaine d'après » follows. */
function dayWrittenBefore(r: Reader, at: number): string | undefined {
  const m = WRITTEN_DAY.exec(r.text.slice(0, at));
  const day = m ? forward(parseSpec(m[0]), r.today, false) : undefined;
  return day && day > r.today ? day : undefined;
}

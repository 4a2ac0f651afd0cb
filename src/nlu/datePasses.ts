/**
 * The passes of the date reader, in order: numbers that are not days set aside; « jusqu'au … », holidays, weeks, ranges and months
 * (what bounds a recurrence, dateBounds.ts); named days; weekday recurrences (dateRecurrences.ts); then lists, dates, weekdays, days alone.
 */
import type { Weekday } from '../domain/types';
import { addDays, makeDay, mondayOf, nextDayOfMonth, nextWeekday, span, weekdayOf, weekEndOf } from './calendarMath';
import { Reader, type Found } from './dateReader';
import { listedDayOf } from './weekdayListedDays';
import { backward, COMING, COMING_LIST, DAY, DAY_END, forward, fullYear, IDIOM_DAYS, MONTH, monthNumber, NUMBER, parseSpec, SPEC, WD, weekdayWord } from './dateWords';
import { NUMBER_WORDS } from './frenchText';
import { readBounds } from './dateBounds';
import { readWeeksAfterRentree } from './weeksListed';
import { toldAsSymptomTime } from './symptomTime';
import { startAtRentree } from './rentreeStart';
import { recurrenceAfterHolidays } from './recurrenceAfterHolidays';
import { readComingWeekdays, readNamedDays } from './namedDays';
import { habit, readRecurrences } from './dateRecurrences';
import { toldAsAlready, toldAsTravel, toldInThePast, toldPast } from './pastClauses';
import { isKnownFirstName } from './firstNames';
import { withoutRecentPast } from './recentPast';
import { readSameWeek, readWeeksAhead } from './weekRelative';
import { readWeekFromDay } from './weekFromDay';
import { readBareNumbers, readDayThenMonthNumber, readNumericDates, readSlashLists } from './shortDates';
import { pattern } from './pattern';
import { agreeingDayOfMonth } from './weekdayDayAgreement';
import { readAwayUntilBack } from './awayUntilBack';
import { anchorFound, reanchored, readNextToEvent, toldOfOthersOrOwn, toldPastBeside } from './storyDays';
import { maskNonDates } from './nonDates';
import { readDurationFromStart } from './durationFromStart';
import { daysAcrossMonths } from './listAcrossMonths';

/** « hier et aujourd'hui », « avant-hier, hier et ce matin »: past days in one list with today. */
const JOINED_TO_TODAY = /^(?:avant hier|hier)(?: ,? ?(?:et )?(?:hier|avant hier))? ,? ?et (?:aujourd hui|ce matin|ce midi)\b/;


/** Non-dates first, then what bounds a recurrence, then everything else. */
export function read(r: Reader): void {
  readAwayUntilBack(r);
  maskNonDates(r);
  readRelativeDays(r);
  readBounds(r);
  readNamedDays(r);
  readRecurrences(r);
  readDays(r);
  // « tous les lundis à partir de la rentrée de février »: from the day classes resume in that month.
  startAtRentree(r);
  // « tous les mardis après les vacances jusqu'à fin mai »: from the day classes resume.
  recurrenceAfterHolidays(r);
  readNextToEvent(r);
  readSameWeek(r);
  // « à partir du lundi 5 juillet toute la semaine »: from that day to the end of its week.
  readWeekFromDay(r);
  // « il était malade du 2 au 6 novembre »: a day told in the past is not asked (« a été absent lundi »: in an absence, the last such day).
  const back = (f: Found) => (f.weekday && r.ctx.absence ? f.days.map((d) => addDays(d, -7)) : f.days);
  for (const f of r.found) if (toldInThePast(r.source, f.at) || toldPastBeside(r.source, f.at, toldPast)) f.days = back(f).filter((d) => d < r.today);
  // « il est tombé hier, il ne viendra pas demain ni vendredi »: beside days to come, a past day is the story, not a day asked.
  // (« absente hier et aujourd'hui »: a past day joined to today is asked with it; asked what is booked, « cette semaine » is whole.)
  const whole = (f: Found) => r.ctx.wholeWeeks === true && f.bound === true && f.days.includes(r.today);
  if (r.found.some((f) => f.days.some((d) => d >= r.today))) for (const f of r.found) if (!JOINED_TO_TODAY.test(r.source.slice(f.at)) && !whole(f) && !f.sinceThen) f.days = f.days.filter((d) => d >= r.today);
  withoutRecentPast(r);
  // « elle mange déjà à la cantine le mardi 12 »: a day already so is set aside like an event's.
  // So is the day the family leaves or comes back (« nous partons le 24 juillet »).
  for (const f of r.found) if (!f.bound && (toldAsAlready(r.source, f.at) || toldAsTravel(r.source, f.at))) f.aside = true;
  // « absente demain, 38,7 ce matin »: when the fever was taken, in an absence (symptomTime.ts).
  if (r.ctx.absence) for (const f of r.found) if (toldAsSymptomTime(r.source, f.at)) f.aside = true;
  // « mon mari est en déplacement du 8 au 12 », « je travaille le 16 »: another person's period, the parent's own day, the story too.
  for (const f of r.found) if (toldOfOthersOrOwn(r.source, f.at)) f.aside = true;
  // An event's day counts only when no other day is asked.
  if (r.found.some((f) => !f.aside && f.days.length > 0)) for (const f of r.found) if (f.aside) f.days = [];
  reanchored(r);
}


/** « aujourd'hui », « demain », « dans 3 jours »; then counts set aside. */
function readRelativeDays(r: Reader): void {
  readWeeksAhead(r);
  // « depuis lundi »: the last such day, today included (« depuis lundi dernier » is read just below).
  r.pass(pattern`\\bdepuis (?:ce |le )?(${WD})\\b(?! (?:dernier|passe)\\b)`, (m) => [nextWeekday(addDays(r.today, -7), weekdayWord(m[1] as string) as Weekday)]);
  // « samedi dernier », « lundi passé »: the last such day before today.
  r.pass(pattern`\\b(?:ce )?(${WD}) (?:dernier|passe)\\b`, (m) => [nextWeekday(addDays(r.today, -8), weekdayWord(m[1] as string) as Weekday)]);
  // « depuis le 3 janvier »: the last such day (not « depuis le 14 jusqu'au 18 », a range read with the bounds).
  // « malade depuis le 2 », « perdu depuis le 28 »: the day of the month alone, the last such day too.
  r.pass(pattern`\\bdepuis (?:le )?(${DAY} ${MONTH}|\\d{1,2}[/.-]\\d{1,2}|(?<=depuis le )${DAY}(?! ${MONTH}| (?:ans?|mois|jours?|semaines?|heures?|h|min)\\b))\\b(?! ?[/.-]?\\d| ?,? ?(?:et )?(?:au|jusqu|a)\\b)`, (m) => {
    const day = backward(parseSpec(m[1] as string), r.today);
    return day ? [day] : undefined;
  });
  // « de demain à vendredi », « d'aujourd'hui jusqu'au 11 », « à partir d'après-demain jusqu'à jeudi »: from that day to the one said.
  // (« à partir de demain et d'ici vendredi », « dès demain jusqu'à la fin de la semaine », « … jusqu'à la fin du mois »: « d'ici » after a start is its end.)
  r.pass(pattern`\\b(?:(?:de|a partir de|des|depuis) )?(apres demain|demain|aujourd hui|aujourdhui|auj) ,? ?(?:et )?(?:a|au|jusqu a|jusqu au|jusqu a la|(?<=(?:a partir de|des) \\S+(?: ,)? (?:et )?)d ici(?: a| au| la)?) (?:le )?(${SPEC}|fin de (?:la|cette) semaine|fin du mois)(?![/.-]?\\d)`, (m) => {
    const word = m[1] as string;
    const from = addDays(r.today, word === 'apres demain' ? 2 : word === 'demain' ? 1 : 0);
    const end = m[2] === 'fin du mois' ? addDays(nextDayOfMonth(addDays(from, 1), 1) ?? from, -1) : /^fin/.test(m[2] as string) ? weekEndOf(from) : forward(parseSpec(m[2] as string), from, false);
    return end && end >= from ? { days: span(from, end), bound: true } : null;
  });
  r.pass(/\bapres demain\b/, () => [addDays(r.today, 2)]);
  r.pass(/\bavant hier\b/, () => [addDays(r.today, -2)]);
  // « ce jour-là » points back to a day said before (read there), never to today; so does « cette semaine-là » (« mon ex a la garde
  // cette semaine-là, … le mercredi 24 mars »: the week of the days said; a week named before it is put in its place, dates.ts thatWeekNamed).
  r.mask(/\b(?:ce|le|du|de ce) jour la\b|\b(?:cette|de cette|toute cette) semaine la\b/);
  // « aujourd'hui en huit », « … en quinze »: a week (two weeks) from today.
  r.pass(/\b(?:aujourd hui|aujourdhui|auj) en (huit|8|quinze|15)\b/, (m) => [addDays(r.today, /^(?:huit|8)$/.test(m[1] as string) ? 7 : 14)]);
  r.pass(/\b(?:aujourd hui|aujourdhui|auj|ce jour|ce matin|ce midi|ce soir|se soir|cet apres midi|cet aprem|ce aprem)\b/, () => [r.today]);
  r.pass(/\bdemain\b/, () => [addDays(r.today, 1)]);
  r.pass(/\bhier\b/, () => [addDays(r.today, -1)]);
  // « dans 15 jours », « d'ici 15 jours »: that day (today and the count).
  r.pass(pattern`\\b(?:dans|d ici) (${NUMBER}) (jours?|semaines?)\\b`, (m) => {
    const n = IDIOM_DAYS[`${m[1] as string} ${m[2] as string}`] ?? NUMBER_WORDS[m[1] as string] ?? Number(m[1]);
    return n > 0 && n < 400 ? [addDays(r.today, (m[2] as string).startsWith('semaine') ? 7 * n : n)] : undefined;
  });
  // « les 3 prochains jours », « les deux jours qui viennent »: that many days from tomorrow.
  r.pass(pattern`\\b(?:(?:pendant|durant|sur|pour) )?les (${NUMBER}) (?:prochains jours|jours (?:a venir|qui viennent|prochains))\\b`, (m) => {
    const n = NUMBER_WORDS[m[1] as string] ?? Number(m[1]);
    return n > 0 && n < 32 ? { days: span(addDays(r.today, 1), addDays(r.today, n)), bound: true } : undefined;
  });
  // « les 2 semaines après la rentrée »: from the Monday classes resume.
  readWeeksAfterRentree(r);
  // « absent 1 semaine à partir de lundi »: that long from the start said.
  readDurationFromStart(r);
  // « les 3 prochaines semaines » (from next Monday), « pendant 2 semaines » (from today; not when a start is said): those weeks.
  r.pass(pattern`\\b(?:(?:pendant|durant|sur|pour) )?(?:les (${NUMBER}) (?:prochaines? semaines?|semaines? (?:a venir|qui viennent|prochaines?))(?! (?:de |d |en )${MONTH}\\b)|(?<=\\b(?:pendant|durant) )(${NUMBER}) semaines?(?! (?:apres|avant|plus tard))(?!.*\\b(?:a partir|des le|du \\d|le \\d)))\\b`, (m) => {
    const n = NUMBER_WORDS[(m[1] ?? m[2]) as string] ?? Number(m[1] ?? m[2]);
    const from = m[1] ? addDays(mondayOf(r.today), 7) : r.today;
    return n > 0 && n < 20 ? { days: span(from, addDays(from, 7 * n - 1)), bound: true } : undefined;
  });
  readComingWeekdays(r);
  // Counts are not days: « 3 jours », « les 2 enfants » (« les 2 prochains lundis » is read just before).
  r.mask(/\b\d{1,3} (?:enfants?|repas|fois|jours?|semaines?|personnes?|factures?|places?|seances?|minutes?|min|nuits?|freres?|soeurs?|filles?|fils|garcons?)\b/);
  // « pour les 2 », « inscrire mes 3 à la cantine »: a plural article before one number is a count, not a day (« les 2 et 3 » is a list);
  // before a weekday, a count too when the weekday has its own day (« pour les 2 lundi 14 »).
  // (« pour les 2, on mange au resto », « la garderie des 2 lundi »: a comma or a weekday after it does not make it a day either.)
  // (« les 7 8 11 et 12 janvier », « les 7 8 et 9 », « les 7 8 9 janvier »: days written one after another without commas, ending with « et … » or a
  // month after three days or more, are a list; « pour les 2 12 janvier » stays a count.)
  r.mask(pattern`\\b(?:les|mes|nos|ses|leurs|des) (?:[2-9]|deux|trois|quatre|cinq)\\b(?! ?(?:,|et|ou|au|-|/|\\.) ?(?:le |les )?(?:${WD} )?(?:\\d|premier)| ${MONTH}\\b| (?:premieres|dernieres) semaines?\\b| (?:premiers|derniers) jours\\b|(?: ${DAY}){2,}(?: (?:et|ou) ${DAY})? ${MONTH}\\b|(?: ${DAY})+ (?:et|ou) ${DAY}(?: ${MONTH}\\b|${DAY_END}))`);
}

/** Lists, numeric dates, weekdays and days written alone. */
function readDays(r: Reader): void {
  readSlashLists(r);
  // Lists with a month: « les 3, 4 et 5 décembre », « mercredi 3 et vendredi 5 décembre ».
  // (Not from a month written in figures: « le 07/01 et le 8 janvier » is the 7th and the 8th.)
  r.pass(
    // « les 3, 4 et 5 décembre », « 5 6 et 7 janvier » (SMS: no commas).
    // (« 1er septembre 26 »: the two digits after the month are its year, this one or the next or last, read as written;
    // not before another number: « le 4 janvier 26 27 28 » lists days.)
    pattern`(?<![/.\\d-])\\b(?:(?:${WD}) )?(?:les? )?(${DAY})((?:(?:(?: ?,| et| ou)? |-)(?:(?:${WD}) )?(?:le )?${DAY})*) (${MONTH})\\b(?: (20\\d\\d|\\d\\d(?![\\d/.-]| \\d| ?(?:h|ans?|euros?|eur|min|mois|jours?|fois|repas|semaines?|${MONTH})\\b| ?(?:,|et|ou|au) )))?`,
    (m) => {
      const month = monthNumber(m[3] as string) as number;
      const written = m[4] ? fullYear(m[4], r.today) : undefined;
      const year = written && ((m[4] as string).length === 4 || Math.abs(written - Number(r.today.slice(0, 4))) <= 1) ? written : undefined;
      const listed = listedDayOf(m[0], r.today, month);
      const numbers = `${m[1]} ${m[2] ?? ''}`.match(/\b(?:1 ?er|premier|\d{1,2})\b/g) ?? [];
      // (« mardi 30 et jeudi 1er avril »: the days before the month's turn are of the month before, listAcrossMonths.ts.)
      return daysAcrossMonths(numbers.map((n) => (/^(1 ?er|premier)$/.test(n) ? 1 : Number(n))), (d) => (year ? makeDay(year, month, d) : listed(d)), r.today);
    },
  );
  readNumericDates(r);
  // A weekday and a day: « mardi 12 ». After a date (« mercredi 3 décembre et vendredi 5 ») the month goes on;
  // otherwise the weekday picks the month (« mardi 12 » is the next 12th that is a Tuesday, if one comes soon).
  r.pass(pattern`\\b(${WD}) (?:le )?(${DAY})${DAY_END}`, (m) => {
    const anchor = r.anchorBefore(m.index ?? 0, (m.index ?? 0) + m[0].length);
    const day = Number(String(m[2]).replace(/\D/g, '')) || 1;
    const weekday = weekdayWord(m[1] as string);
    // (« jeudi 12 » when neither this month's 12th nor the next one is a Thursday: they disagree, no day is read.)
    if (weekday && anchor === r.today) {
      const agreeing = agreeingDayOfMonth(r.today, day, weekday);
      if (agreeing !== undefined) return agreeing ? [agreeing] : undefined;
    }
    const d = nextDayOfMonth(anchor, day, anchor === r.today ? weekday : undefined);
    // The month on screen (January) whose 14th is no Monday: « lundi 14 » is the coming Monday 14th (December), not 14 January.
    if (d && weekday && anchor === r.start && anchor !== r.today && weekdayOf(d) !== weekday) return [nextDayOfMonth(r.today, day, weekday) ?? d];
    // After days read in a story (« le judo les lundis et jeudis de la semaine prochaine… annuler l'étude du lundi 12 »), the 12th after
    // them is no Monday: a coming Monday 12th is meant, sooner than the month they would point to.
    const named = d && weekday && anchor !== r.today && weekdayOf(d) !== weekday ? nextDayOfMonth(r.today, day, weekday) : undefined;
    if (named && d && weekdayOf(named) === weekday && named < d) return [named];
    return d ? [d] : undefined;
  });
  let listed: { end: number; day: string } | undefined;
  // A weekday alone: « jeudi », « ce jeudi », « lundi prochain », « lundi en huit ». The same weekday said again, « suivant »,
  // « d'après » or « prochain » (« ce vendredi et le vendredi suivant »): a week after the first
  // (a week named before is not such a day: « la semaine prochaine… mardi et mercredi prochains »).
  r.pass(pattern`\\b(${WD})(?: (${COMING}|en huit|en quinze|d apres|suivante?s?))?\\b`, (m) => {
    if (!m[2] && habit(r, m.index)) return undefined;
    const weekday = weekdayWord(m[1] as string) as Weekday;
    const before = m[2] && !m[2].startsWith('en ') ? r.found.filter((f) => f.at < (m.index ?? 0) && !f.bound).flatMap((f) => f.days).filter((d) => weekdayOf(d) === weekday).sort().pop() : undefined;
    if (before) return [addDays(before, 7)];
    // « le jour de la rentrée et le jeudi d'après », « le 3 novembre et le vendredi suivant »: the first such weekday after the day said before it.
    const prior = m[2] && /^(?:d apres|suivante?)$/.test(m[2]) && /(?:\bet|\bpuis|,) (?:le |la )?$/.test(r.source.slice(0, m.index)) ? r.found.filter((f) => f.at < m.index && !f.bound && !f.aside && f.days.length === 1).sort((a, b) => b.at - a.at)[0] : undefined;
    if (prior) return [nextWeekday(prior.days[0] as string, weekday)];
    // « plutôt le mardi » at a basket of January, « jeudi » with January on screen: that week's, that month's; « ce jeudi », « jeudi prochain »: from today.
    // « lundi et mardi prochains », « mardi et jeudi qui viennent »: each weekday of the list is from today, whatever month is on screen.
    const at = m.index ?? 0;
    const fromToday = m[2] !== undefined || COMING_LIST.test(r.source.slice(at + m[0].length));
    // Such a list goes in the week's order: « lundi et jeudi prochains » said on a Wednesday is the Thursday after that Monday.
    const after = fromToday && listed && /^(?: ?,| et| ou| puis)? (?:le |les )?$/.test(r.source.slice(listed.end, at)) ? listed.day : r.today;
    const next = nextWeekday(fromToday ? after : r.weekdayFrom(at), weekday);
    listed = fromToday ? { end: at + m[0].length, day: next } : undefined;
    // « mardi en huit » said on a Tuesday: a week from today (counted from today's Tuesday, not the next one).
    const base = weekdayOf(r.today) === weekday && fromToday ? r.today : next;
    return m[2] ? [m[2] === 'en huit' ? addDays(base, 7) : m[2] === 'en quinze' ? addDays(base, 14) : next] : { days: [next], weekday: true };
  });
  // « mercredi 13 et 20 », « lundi 11, 18 et 25 »: days listed right after a day read, in its month.
  r.pass(pattern`(?<=# (?:, )?)(?:et|,) (${DAY})((?:(?: ?,| et| ou)? (?:le )?${DAY})*)${DAY_END}`, (m) => daysListed(r, m));
  readDayThenMonthNumber(r);
  // « cantine 14 15 17 18 »: day numbers right after the activity.
  readBareNumbers(r);
  // A day alone: « le 11 », « les 8 et 9 », « pour le 1er ».
  // (SMS: « les 7 8 et 9 », « le 14 15 16 »: without commas too.)
  r.pass(pattern`\\b(?:le|les|du|au|pour le|ce|des) (${DAY})((?:(?: ?,| et| ou)? (?:le )?${DAY})*)${DAY_END}`, (m) => daysListed(r, m));
  // « cantine le 19 hugo », « garderie le 7 léa et tom »: a child's first name right after (not « les 2 enfants »: a count).
  r.pass(pattern`\\b(?:le|les|du|au|pour le|ce|des) (${DAY})((?:(?: ?,| et| ou)? (?:le )?${DAY})*)(?= ([a-z]+)\\b)`, (m) => (isKnownFirstName(m[3] as string) ? daysListed(r, m) : null));
}

/**
 * The days of the month listed in `m` (its first day, then the rest), each the next such day from the one read before them;
 * a day of the month said again is the one said before (« le mardi 9 mars … annuler la réservation du 9 »), not the next month's.
 */
function daysListed(r: Reader, m: RegExpExecArray): Omit<Found, 'at'> | string[] {
  const anchor = r.anchorBefore(m.index ?? 0, (m.index ?? 0) + m[0].length);
  const numbers = `${m[1]} ${m[2] ?? ''}`.match(/\b(?:1 ?er|\d{1,2})\b/g) ?? [];
  const said = r.found.filter((f) => f.at < (m.index ?? 0) && !f.bound && !f.aside && f.days.length === 1).flatMap((f) => f.days);
  const again = (day: number) => said.filter((d) => Number(d.slice(8)) === day).pop();
  const from = (base: string) => numbers.map((n) => (n.startsWith('1 ') || n === '1er' ? 1 : Number(n))).map((day) => again(day) ?? nextDayOfMonth(base, day)).filter((d): d is string => !!d);
  const days = from(anchor);
  const on = anchor !== r.start ? anchorFound(r, m.index ?? 0) : undefined;
  return on && [...on.days].sort().at(-1) === anchor ? { days, anchoredOn: on, fromStart: from(r.start) } : days;
}

/**
 * The days a French message speaks of, as residents write them: « le 11 », « jeudi »,
 * « les 3, 4 et 5 décembre », « du 4 au 15 janvier », « tous les mardis et jeudis de janvier sauf
 * le 12 », « la semaine du 7 décembre », « pendant les vacances de Noël », « 05/12 », « demain ».
 * Numbers that are not days (phone numbers, amounts, times, ages, invoice numbers, addresses) and
 * the weekday inside an activity's name are set aside first.
 *
 * Works on prepare()d text. Matched spans are blanked with '#' of the same length, so positions
 * stay stable and nothing is read twice. Days are 'YYYY-MM-DD', relative to `today` (Paris).
 */
import { publicHolidayOn } from '../domain/publicHolidays';
import { addDays, domOf, span, weekdayOf } from './calendarMath';
import { read } from './datePasses';
import { readDayAfter } from './dayAfter';
import { Reader, type DateContext, type DateReading } from './dateReader';
import { DAY, MONTH, WD, weekdaysIn } from './dateWords';
import { correctionFirst, dayTakenBack, mistakeForOneDay, nextOneMeant, onlyKeptSaid, setAsideByNon, swapNamedDay, takenBackSaidAgain, withoutCorrectedDays, withoutNegatedDays } from './dayCorrections';
import { nextOneWrittenOut, weekdayOfDateBlanked, weekdayOfDayBlanked } from './daysRestated';
import { everyOtherKept, everyOtherSaid } from './everyOther';
import { prepare } from './frenchText';
import { recurrencesFromStart, thatDayWrittenOut, weekStartWrittenOut } from './recurrenceStart';
import { globalPattern, pattern } from './pattern';
import { weekSetAside } from './weekAside';
import { monthInViewNamed } from './monthInView';
import { rankOfMonthNamed } from './rankOfMonthNamed';
import { daysRemovedLater } from './daysRemovedLater';
import { weekAfterHolidaysNamed } from './weekAfterHolidays';
import { birthdayDaysLeft } from './birthdayDays';
import { dayTakenBackWhy } from './dayTakenBackWhy';
import { dayNotAsked } from './dayNotAsked';
import { insteadOfNamed } from './insteadOfNamed';
import { rangesSharingMonth } from './rangesSharingMonth';
import { habitSetAside } from './habitSetAside';
import { closedDaysBeside } from './closedDaysBeside';
import { monthUpToBound } from './monthNamed';
import { daysAfterExcept } from './daysAfterExcept';
import { holidaysExcepted } from './holidaysExcepted';
import { casualNoRead } from './casualNo';
import { looseSpansWrittenOut } from './looseSpans';
import { alsoNotNeeded } from './alsoNotNeeded';
import { daysJoinedByPlus } from './daysJoinedByPlus';
import { rangeAfterMonth } from './monthFirst';
import { weekdayOnlyOfDate } from './weekdayOnly';
import { thatWeekNamed, withoutContextPeriods, withoutThatWeek, withoutWeekendBeside } from './contextPeriods';

export type { DateContext, DateReading, SchoolHoliday } from './dateReader';

/**
 * What sets days aside: « sauf », « mais pas », … and a bare « pas » right after a day and before another (« le 25 pas le 4 »,
 * « mardi, pas jeudi », « mardi et jeudi prochains, pas mercredi », « …, finalement pas mercredi », « le 16 que je veux, pas le 15 », « le lundi 8 seulement, pas le mardi 9 », « jeudi 18 et vendredi 19 ? Non, pas vendredi »): only what follows it is set aside.
 */
const EXCEPT_AFTER_DAY = `(?<=\\b(?:${DAY}|${WD}s?|${MONTH}) (?:(?:seulement|uniquement|prochaine?s?) )?(?:[,?] )?(?:finalement |en fait )?(?:(?:que|qu) (?:je|j|il|on) (?:veux|voulais|voudrais|aimerais|me faut|faut|en ai besoin) (?:, )?)?(?:(?:par contre|en revanche) (?:, )?)?)(?:non (?:, )?)?pas (?=(?:le |la |les |ce )?(?:${WD}|${DAY}\\b))`;
/**
 * « annuler jeudi et vendredi mais garder lundi », « … non garde mardi », « …, finalement on garde le mardi »: the days kept are set aside
 * from those asked (not « …, enfin non garde lundi, annule mardi 9 »: a correction, another day cancelled after it; nor « non garde le 23 »
 * with no day before it: the days said are those kept, read by the basket).
 */
const KEPT_BESIDE = `(?:\\bmais|(?<=\\b(?:${DAY}|${WD}s?|${MONTH})\\b.*)\\b(?:non|finalement|en fait)(?!.*\\b(?:annul\\w*|supprim\\w*|enlev\\w*|retir\\w*)))(?: ,)? (?:on |je |j )?(?:garder|gardez|garde|gardons|laisser|laissez|conserver|conservez|maintenir|maintenez) (?=(?:le |la |les )?(?:${WD}|${DAY}\\b))`;
/** « le 10 et le 11, oubliez le 11 », « lundi et mardi… laissez tomber mardi »: the day forgotten, said after the days, is set aside. */
const FORGOTTEN = `(?<=\\b(?:${DAY}|${WD}s?|${MONTH}|demain) (?:[,.] )?(?:(?:ah|euh|non|et|enfin) (?:, )?)?)(?:oubliez|oublie|oublions|on oublie|laissez tomber|laisse tomber) (?=(?:le |la |les )?(?:${WD}|${DAY}\\b|apres demain|demain))`;
/** « du lundi 1er au vendredi 5, hors mercredi », « hors vacances »: « sauf ». */
const HORS = `\\bhors (?=(?:le |la |les )?(?:${WD}|${DAY}\\b|week end|weekend|vacances|jours? feries?))`;
const EXCEPT = new RegExp(`${/\b(?:sauf|excepte|hormis|en dehors d[eu]s?|en dehors de la|en dehors d|a l exception d[eu]?|a l exception des|mis a part|a part|mais pas|plutot que|plutot qu|au lieu d[eu]?(?! (?:la |l )?(?:cantine|garderie|etude|centre|accueil|repas|periscolaire)\b)|au lieu des)\b|\bsans (?=le |les |la )|\b(?:et|donc) pas (?=(?:le|les) \d)|\bet non(?: pas)? (?=(?:le|les|la) |(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)|\b(?:mais |et )?(?:pas|non) (?=(?:celle|celui|celles|ceux) (?:du|de|des|d)\b)/.source}|${EXCEPT_AFTER_DAY}|${KEPT_BESIDE}|${HORS}|${FORGOTTEN}`);

/** What « sauf … » takes away: weekdays, days of the month, dates, the week-end, holidays. */
/** The ranks said of days set aside: « le premier », « la dernière », « le deuxième ». */
const RANK: Readonly<Record<string, number>> = { premier: 0, premiere: 0, deuxieme: 1, second: 1, seconde: 1, troisieme: 2, quatrieme: 3, dernier: -1, derniere: -1 };

/** « tous les mercredis de mars sauf le premier », « … sauf le premier et le dernier »: the days set aside by their rank among one weekday's days kept. */
function rankedAside(clause: string, kept: string[]): Set<string> {
  const ranks = [...clause.matchAll(globalPattern`\\b(premiere?|deuxieme|seconde?|troisieme|quatrieme|derniere?)\\b(?! (?:${MONTH}|semaine|jour|mois)\\b)`)].map((m) => RANK[m[1] as string] as number);
  if (ranks.length === 0 || /\d/.test(clause) || new Set(kept.map(weekdayOf)).size !== 1) return new Set();
  return new Set(ranks.map((i) => kept.at(i)).filter((d): d is string => !!d));
}

function exclusions(said: string, ctx: DateContext, kept: string[]): (day: string) => boolean {
  // « sauf le jeudi de l'Ascension », « sauf Pentecôte »: that holiday, not every Thursday (holidaysExcepted.ts).
  const { clause, named } = holidaysExcepted(said);
  // A weekday with a day (« le mercredi 24 ») names a date, not every such weekday.
  const weekdays = new Set(weekdaysIn(clause.replace(globalPattern`\\b${WD} (?:le )?\\d`, '#')));
  if (/\bweek ?end|\bwe\b/.test(clause)) {
    weekdays.add('sat');
    weekdays.add('sun');
  }
  const first = kept[0] ?? ctx.today;
  // Weekdays are taken above; without them « le vendredi 11 » and « (à l'exception du) mercredi 24 » read as « le 11 », « le 24 ».
  const dated = clause.replace(globalPattern`(?:\\ble )?\\b${WD} (?:le )?(?=\\d)`, 'le ');
  const r = new Reader(dated.replace(globalPattern`\\b${WD} `, '').replace(globalPattern`\\b${WD}\\b`, (w) => '#'.repeat(w.length)), { ...ctx, today: first });
  read(r);
  const dates = new Set(r.found.flatMap((f) => f.days));
  // « sauf le 12 »: the 12th of whichever month the kept days are in.
  const withMonth = pattern`\\b${MONTH}\\b|\\d[/.-]\\d`.test(clause);
  const plain = dated.replace(globalPattern`\\b${WD} `, '');
  const daysOfMonth = new Set(
    withMonth ? [] : [...plain.matchAll(globalPattern`(?:^|\\s)(?:le|les|et|,) (${DAY})(?=\\s|$)`)].map((m) => (/^(1 ?er|premier)$/.test(m[1] as string) ? 1 : Number(m[1]))),
  );
  const holidays = /vacances/.test(clause) ? new Set((ctx.holidays ?? []).flatMap((h) => span(h.from, addDays(h.resume, -1)))) : new Set<string>();
  const publicHolidays = /feries?\b/.test(clause);
  const ranked = rankedAside(clause, kept);
  // « toutes les vacances sauf la 1ère semaine »: a week of the days kept, by its rank.
  const week = weekSetAside(clause, kept);
  return (day) =>
    weekdays.has(weekdayOf(day)) ||
    ranked.has(day) ||
    week.has(day) ||
    dates.has(day) ||
    daysOfMonth.has(domOf(day)) ||
    holidays.has(day) ||
    named(day) ||
    (publicHolidays && publicHolidayOn(day) !== undefined);
}

/** What bounds the days, said after what is set aside: « tous les jours sauf le mercredi en janvier », « … sauf le 11 jusqu'aux vacances ». */
const PERIOD_AFTER = new RegExp(`\\b(?:(?:en|de|d|du mois de|du mois d|pour|pendant|durant|sur) (?:le mois (?:de |d ))?(?:${MONTH}\\b|(?:la |les |ces )?(?:semaine|vacances|mois)\\b)|(?:jusqu|d ici)\\b|(?:la |cette )?semaine (?:prochaine|d apres)\\b).*$`);

const RANGE_AFTER = new RegExp(`\\b(?:du|de) ${DAY}(?: ${MONTH})? (?:au|jusqu au) ${DAY}\\b.*$`);


function readMain(main: string, ctx: DateContext): { r: Reader; days: string[] } {
  const r = new Reader(main, ctx);
  read(r);
  readDayAfter(r);
  const kept = withoutWeekendBeside(withoutContextPeriods(withoutThatWeek(recurrencesFromStart(withoutCorrectedDays(r.found, main), main), ctx.today), main), main);
  return { r, days: [...new Set(kept.flatMap((f) => f.days))].sort() };
}

/** The start of a recurrence said without its end: « à partir du 4 janvier », « dès le 4 », « à compter de lundi ». */
const RECURRENCE_START = /\b(?:a partir|a compter|des le|depuis le)\b/;

/** Days said with « pas » before them, opening the phrase: « pas le 7 », « non pas mardi ». */
const NEGATED_OPEN = new RegExp(`(?:^|, )(?:non )?pas (?:le |la |les |ce )?(?:${WD}|${DAY}\\b)`);

/** A day of the month said last, without its month: « le 14 », « les 7 et 8 ». */
const BARE_DAY_LAST = new RegExp(`\\b(?:le|les|du|au|et) ${DAY}(?: ,)?\\s*$`);
const MONTH_OF_DAY = new RegExp(`\\b${DAY} (${MONTH})\\b`);

/** « le 14 pas le 7 janvier », « le 21 et pas le 4 janvier »: the month said only with what is set aside is the kept days' too. */
function monthShared(main: string, clause: string): string {
  const month = MONTH_OF_DAY.exec(clause)?.[1];
  if (!month || !BARE_DAY_LAST.test(main) || pattern`\\b${MONTH}\\b|\\d[/.-]\\d`.test(main)) return main;
  return `${main.trimEnd()} ${month}`;
}

export function readDates(given: string, ctx: DateContext): DateReading {
  // « lundi, non pas lundi, mardi »: the day corrected is blanked before what sets days aside is looked for.
  // « un mercredi sur deux »: read as every Wednesday, one in two kept at the end.
  const alternate = everyOtherSaid(daysRemovedLater(rankOfMonthNamed(monthInViewNamed(weekAfterHolidaysNamed(birthdayDaysLeft(looseSpansWrittenOut(casualNoRead(monthUpToBound(rangeAfterMonth(daysJoinedByPlus(weekdayOnlyOfDate(rangesSharingMonth(alsoNotNeeded(given))))))), ctx.today))), ctx.today), ctx.today)));
  // « le lundi sauf le 11 janvier »: every Monday (habitSetAside.ts).
  const prepared = habitSetAside(withoutNegatedDays(correctionFirst(thatWeekNamed(swapNamedDay(mistakeForOneDay(dayTakenBack(dayTakenBackWhy(takenBackSaidAgain(onlyKeptSaid(nextOneMeant(thatDayWrittenOut(weekStartWrittenOut(nextOneWrittenOut(weekdayOfDateBlanked(weekdayOfDayBlanked(setAsideByNon(dayNotAsked(closedDaysBeside(insteadOfNamed(alternate.text))))), ctx.today)), ctx.today)))))))))))));
  const found = EXCEPT.exec(prepared);
  // « pas le 7 et pas le 8 »: one list of days said with « pas » (each read as « pas le 7 » alone is), not days kept and others set aside.
  const cut = found && /\bpas\b/.test(found[0]) && NEGATED_OPEN.test(prepared.slice(0, found.index)) ? null : found;
  // (« …, sauf le mercredi 14, et du lundi 19 au mardi 20 »: days asked again after what is set aside, daysAfterExcept.ts.)
  const { aside, asked: askedAfter } = daysAfterExcept(cut ? prepared.slice(cut.index + cut[0].length) : '');
  let clause = aside;
  let { r, days } = readMain(cut ? `${monthShared(prepared.slice(0, cut.index), clause)}${askedAfter ? ` , et ${askedAfter}` : ''}` : prepared, ctx);
  // (« tous les jours sauf mercredi du 11 au 22 janvier »: a range after what is set aside bounds the days too.)
  const rangeAfter = RANGE_AFTER.exec(clause);
  const period = cut && days.length === 0 ? (PERIOD_AFTER.exec(clause) ?? (rangeAfter && clause.slice(0, rangeAfter.index).trim() !== '' ? rangeAfter : null)) : null;
  if (period) {
    // The period bounds the days kept, not the ones set aside.
    ({ r, days } = readMain(`${prepared.slice(0, cut?.index).trimEnd()} ${period[0]}`, ctx));
    clause = clause.slice(0, period.index);
  }
  if (cut && days.length > 0) {
    const excluded = exclusions(clause, ctx, days);
    days = days.filter((d) => !excluded(d));
  }
  // « tous les lundis à partir du 4 janvier »: the day read is where the recurrence starts, not a day asked alone (until when is asked).
  if (r.unboundedRecurrence && days.length === 1 && RECURRENCE_START.test(prepared)) days = [];
  // « le mardi et le jeudi à partir de janvier », nothing else said: until when is asked.
  const asked = r.found.filter((f) => !f.aside && f.days.length > 0);
  const fromMonth = asked.length > 0 && asked.every((f) => f.fromMonth);
  if (fromMonth) days = [];
  days = everyOtherKept(days, alternate.weekdays);
  return { dates: days, unboundedRecurrence: (r.unboundedRecurrence || fromMonth) && days.length === 0, unread: r.text.replace(/#+/g, ' ').replace(/\s+/g, ' ').trim() };
}

/** A start said with its day: « à partir du 4 janvier », « dès le lundi 4 », « à compter de lundi ». */
const START_SAID = new RegExp(`\\b(?:a partir d[eu]|a compter d[eu]|des le|depuis le) (?:${WD} )?(?:${DAY}(?: ${MONTH})?|${WD})\\b`);

/**
 * The end said at « Jusqu'à quand ? » (« jusqu'aux vacances », « jusqu'au 18 décembre ») put into the recurrence
 * said without it (« tous les mercredis sauf le 25 »), before its exceptions: read together, nothing of either lost.
 */
export function withEnd(recurrence: string, end: string): string {
  // « à partir du 4 janvier cantine tous les lundis » + « jusqu'au 29 janvier »: the end goes right after the start said.
  // (« à partir de janvier »: from its first day.)
  const from = prepare(recurrence).replace(pattern`\\b(a partir|a compter) de (${MONTH})\\b`, '$1 du 1er $2');
  const start = START_SAID.exec(from);
  if (start) {
    const said = from;
    const at = start.index + start[0].length;
    return `${said.slice(0, at)} ${prepare(end)}${said.slice(at)}`;
  }
  const cut = EXCEPT.exec(prepare(recurrence));
  if (!cut) return `${prepare(recurrence)} ${prepare(end)}`;
  const said = prepare(recurrence);
  return `${said.slice(0, cut.index)}${prepare(end)} ${said.slice(cut.index)}`;
}

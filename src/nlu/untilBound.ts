/**
 * The end of days said with « jusqu'au … », « d'ici … » (a bound of the date reader, dateBounds.ts): « jusqu'au 18 », « d'ici les
 * vacances », « à partir du 21 juin jusqu'au 2 juillet », « jusqu'à la fin du mois », with the start said before or after it.
 */
import { addDays, mondayOf, nextDayOfMonth, span, weekEndOf } from './calendarMath';
import { monthBound, type Reader } from './dateReader';
import { holidayDays } from './holidayDays';
import { DAY, forward, MONTH, monthNumber, parseSpec, SPEC, WD } from './dateWords';
import { pattern } from './pattern';

/** The start of a range just before « jusqu'au »: « à partir du 21 juin », « dès le lundi 4 et », « du 3 ». */
const RANGE_START = new RegExp(`\\b(?:du|de|depuis le|a partir du|a partir de|a compter du|des le) (${SPEC})(?: prochain| qui vient)? (?:, )?(?:et )?$`);
/** « de la rentrée jusqu'au 15 janvier », « dès la rentrée des vacances jusqu'au… »: from the day classes start again. */
const RENTREE_START = /\b(?:de|des|depuis|a partir de|a compter de) la rentree(?: (?:de|du mois de) (?:janvier|fevrier|mars|avril|mai|septembre|novembre)| des vacances(?: (?:de la |de |d |du )?(?:noel|toussaint|hiver|fevrier|printemps|paques))?)? (?:, )?(?:et )?$/;
/** « à partir de la rentrée », « dès la rentrée (de janvier) » said earlier in the message, before the days and their end. */
const RENTREE_START_EARLIER = /\b(?:des|a partir de|a compter de) la rentree(?: (?:de|du mois de) (?:janvier|fevrier|mars|avril|mai|septembre|novembre)| des vacances(?: (?:de la |de |d |du )?(?:noel|toussaint|hiver|fevrier|printemps|paques))?)?\b/;
/** Days asked one after the other up to the end said: « chaque jeudi d'ici les vacances », « tous les jours d'ici vendredi ». */
const EVERY_DAY = new RegExp(`\\b(?:(?:tous les|toutes les|chaque|les|le) ${WD}|tous les jours|chaque jour)\\b`);
/**
 * A start said further before, no other day between (« à partir du lundi 18, j'aurai besoin de la garderie tous les jours jusqu'au
 * vendredi 22 », « opérée le jeudi 18 mars et restera à la maison jusqu'au lundi 22 mars »): the days run from it; a weekday recurrence between is no other day (« à partir du 4 janvier cantine tous les lundis jusqu'aux vacances »).
 */
const START_EARLIER = new RegExp(`\\b(?:a partir du|a partir de|a compter du|des le) (${SPEC})(?=(?:(?!\\b(?:${WD}|\\d))[a-z ,#]|\\b(?:tous les|toutes les|chaque|les|le) ${WD}(?:(?: ?,| et| ou) (?:les? |chaque )?${WD})*\\b)*$)`);
/** A day (an event's, read aside) then staying away up to the end: « opérée le jeudi 18 mars et restera à la maison jusqu'au lundi 22 mars ». */
const STAY_FROM = new RegExp(`\\ble ((?:${WD} )?${DAY} ${MONTH}) (?:, )?et (?:il |elle )?(?:restera|reste|sera|ne (?:viendra|reviendra|sera) pas)\\b[a-z ]*$`);
/** The start said after the end: « jusqu'à vendredi à partir de demain », « d'ici vendredi, dès lundi », « jusqu'à vendredi pour Naïm à partir de demain ». */
const START_AFTER = new RegExp(`^ (?:, )?(?:(?:pour|pr) [a-z]+ (?:, )?)?(?:a partir (?:de |du )|a compter (?:de |du )|des (?:le )?)(demain|${SPEC})\\b`);
/** A near day just before « jusqu'aux vacances » as its start: « à partir de demain et », « dès demain », « d'aujourd'hui ». */
const NEAR_START = /\b(?:a partir d|a compter d|des|de|d|depuis) ?(apres demain|demain|aujourd hui) (?:, )?(?:et )?$/;
/** Today or tomorrow missed, then staying away up to the end: « pas d'école ajd et il reste à la maison jusqu'à vendredi ». */
const NEAR_STAY = /\b(aujourd hui|demain) (?:, )?(?:et )?(?:il |elle |ils |elles )?(?:restera|resteront|reste|restent|sera|seront|ne (?:viendra|viendront|reviendra|reviendront|sera|seront) pas)\b[a-z ]*$/;
/** A month said just before « jusqu'au » (« les mardis de février jusqu'aux vacances »): the days run from its start. */
const MONTH_BEFORE = new RegExp(`\\b(?:de|d|en|du mois de|pour) (${MONTH}) (?:, )?$`);
/** A day with its month just before « jusqu'au », without « du »: « 12 juillet jusqu'au 16 juillet » is a range (read below). */
const BARE_START = new RegExp(`(?<![/.\\d-])\\b(?:${DAY} ${MONTH}|\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?) (?:, )?$`);

/** « jusqu'au … », « d'ici … »: the days from the start said (or today) to the end said. */
export function readUntil(r: Reader): void {
  // « d'ici les vacances », « d'ici la fin du mois », « d'ici au 15 »: until.
  // (« du 4 janvier aux vacances »: after a start, « aux vacances » alone is the end too.)
  r.pass(pattern`\\b(?:jusqu (?:au|a|a la|aux)|d ici(?: a| au| aux)?(?: la| le| les)?|aux(?= vacances\\b)|(?<=\\b(?:de|d|en|du mois de|du mois d) ${MONTH} (?:, )?)avant les(?= (?:grandes )?vacances\\b)) (?:fin (?:(?:du mois )?(?:de |d )?${MONTH}\\b|du mois|de (?:la|cette) semaine(?: prochaine)?)|(?:(?:grandes )?vacances|noel|(?:la )?toussaint\\b|(?:le )?pont de l ascension\\b|(?<=\\bjusqu a )l ete\\b|${SPEC}))(?: (?:de |d )?(noel|toussaint|hiver|fevrier|printemps|paques|ete))?`, (m) => {
    // « à partir du 21 juin jusqu'au 2 juillet »: a range from the day said (read below), not from today;
    // « à partir du 4 janvier jusqu'aux vacances d'hiver »: from that day to the holidays.
    const start = RANGE_START.exec(r.text.slice(0, m.index));
    const words = m[0];
    if (words.startsWith('aux ') && !start) return null;
    // « jusqu'à l'été »: to the summer holidays.
    const holiday = /vacances|noel|toussaint|ascension|\bl ete$/.test(words);
    if ((start || BARE_START.test(r.text.slice(0, m.index))) && !holiday && !/\bfin\b/.test(words)) return null;
    // « d'ici le 10 » alone is a deadline (« à payer d'ici le 10 »); after « chaque jeudi » or « tous les jours », asked what is booked, or before a start (« d'ici vendredi à partir de demain »), the end of the days.
    if (/^d ici/.test(words) && !holiday && !/\bfin\b/.test(words) && r.ctx.wholeWeeks !== true && !EVERY_DAY.test(r.text.slice(0, m.index)) && !START_AFTER.test(r.source.slice(m.index + m[0].length))) return null;
    // (« à partir de la rentrée, mon fils mangera à la cantine tous les lundis jusqu'à la fin du mois »: said further before, too.)
    const rentree = start ? null : (RENTREE_START.exec(r.text.slice(0, m.index)) ?? RENTREE_START_EARLIER.exec(r.text.slice(0, m.index)));
    const resumes = rentree ? holidayDays(r, rentree[0])?.at(-1) : undefined;
    // « les mardis de février jusqu'aux vacances », « tous les jeudis de février jusqu'au 18 »: from the month's first day, the end in it.
    const monthBefore = start || rentree ? null : MONTH_BEFORE.exec(r.text.slice(0, m.index));
    const firstOfMonth = monthBefore ? monthBound(r, monthNumber(monthBefore[1] as string) as number, false)[0] : undefined;
    // « jusqu'à vendredi à partir de demain », « until Friday, starting tomorrow »: the start said after the end.
    // (« demain » is read before the bounds: the day read there is the start, not a day asked.)
    const after = start || rentree || monthBefore ? null : START_AFTER.exec(r.source.slice(m.index + m[0].length));
    const earlier = start || rentree || monthBefore || after ? null : (START_EARLIER.exec(r.text.slice(0, m.index)) ?? STAY_FROM.exec(r.source.slice(0, m.index)));
    const fromAfter = after ? (after[1] === 'demain' ? addDays(r.today, 1) : forward(parseSpec(after[1] as string), r.today, true)) : earlier ? forward(parseSpec(earlier[1] as string), r.today, true) : undefined;
    // « à partir de demain et jusqu'aux grandes vacances », « dès demain jusqu'aux vacances »: from that day (read before, as a day alone).
    const near = start || rentree || monthBefore || after || earlier ? null : NEAR_START.exec(r.source.slice(0, m.index));
    // (« pas d'école ajd et il reste à la maison jusqu'à vendredi »: from the day missed first.)
    const stay = start || rentree || monthBefore || after || earlier || near ? null : NEAR_STAY.exec(r.source.slice(0, m.index));
    const nearDay = near ?? stay;
    const fromNear = nearDay ? addDays(r.today, nearDay[1] === 'apres demain' ? 2 : nearDay[1] === 'demain' ? 1 : 0) : undefined;
    if (nearDay) for (const f of r.found) if (f.at >= (nearDay.index as number) && f.at < m.index) f.days = [];
    const from = start ? forward(parseSpec(start[1] as string), r.today, true) : resumes ? addDays(resumes, 1) : (fromAfter ?? fromNear ?? firstOfMonth ?? r.today);
    if (!from) return undefined;
    if (after && fromAfter) {
      const at = m.index + m[0].length + after.index;
      r.blank(at, after[0].length);
      for (const f of r.found) if (f.at >= at && f.at < at + after[0].length) f.days = [];
    }
    if (earlier && fromAfter) r.blank(earlier.index, earlier[0].length);
    if (monthBefore) r.blank(monthBefore.index, monthBefore[0].length);
    if (start) r.blank(start.index, start[0].length);
    if (rentree && resumes) r.blank(rentree.index, rentree[0].length);
    let end: string | undefined;
    const endMonth = pattern`fin (?:du mois )?(?:de |d )?(${MONTH})\\b`.exec(words)?.[1];
    // « jusqu'à (la) fin janvier », « jusqu'à la fin du mois de janvier »: the month's last day.
    if (endMonth) end = monthBound(r, monthNumber(endMonth) as number, false).at(-1);
    else if (/fin du mois/.test(words)) end = addDays(nextDayOfMonth(addDays(from, 1), 1) ?? from, -1);
    // « jusqu'à la fin de la semaine prochaine »: the end of next week.
    else if (/fin de la semaine prochaine/.test(words)) end = weekEndOf(addDays(mondayOf(r.today), 7));
    else if (/fin de (?:la|cette) semaine/.test(words)) end = weekEndOf(from);
    // (« jusqu'à Noël », « jusqu'à la Toussaint », « jusqu'au pont de l'Ascension »: school stops at its holidays.)
    else if (holiday) {
      const h = holidayDays(r, words);
      end = h?.[0] ? addDays(h[0], -1) : undefined;
      // « jusqu'aux vacances » said during holidays: the next ones.
      if (end && end < from && !/noel|toussaint|hiver|fevrier|printemps|paques|ete/.test(words)) {
        const after = (r.ctx.holidays ?? []).filter((x) => x.from > from).sort((x, y) => x.from.localeCompare(y.from))[0];
        end = after ? addDays(after.from, -1) : undefined;
      }
    } else end = forward(parseSpec(words.replace(/^(?:jusqu|d ici) (?:(?:au|a|a la|aux|la|le|les) )*/, '')), monthBefore || fromAfter ? from : r.today, false);
    // (A start said further before or after: « à partir du 11 janvier, la cantine jusqu'au 15 » ends on the next 15th after the start.)
    // « jusqu'au 15 janvier à partir du 11 »: a start said after the end without its month is in the end's (the last such day before it).
    const bare = after && /^(?:le )?(\d{1,2})(?:er)?$/.exec(after[1] as string);
    const first = bare && end && new RegExp(`\\b${MONTH}\\b`).test(words) ? nextDayOfMonth(addDays(end, -31), Number(bare[1])) : from;
    return end && first && end >= first ? { days: span(first, end), bound: true } : undefined;
  });
}

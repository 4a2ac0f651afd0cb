/**
 * Spans named loosely, a part of the date reader (dates.ts): « absent la fin de la semaine », « étude en fin de semaine prochaine »
 * (the school week's Thursday and Friday, from today when it is one of them), « le début de la semaine prochaine » (its Monday and
 * Tuesday), written out as dates (« du 21/01 au 22/01 »); « dès lundi et jusqu'aux vacances » (« à partir de lundi », a start), and
 * « cantine mercredi jusqu'à la fin de la semaine » (« de mercredi »: the first day of the span, not a day alone). « jusqu'à la fin de
 * la semaine », « d'ici la fin de la semaine » are left to the reader (from today to Friday). Works on prepare()d text.
 */
import { addDays, mondayOf } from './calendarMath';

const WEEKDAY = '(?:lundi|mardi|mercredi|jeudi|vendredi)';
/** Where the span ends, said right after a weekday alone: within the week (« mercredi jusqu'à fin juin » is a recurrence). */
const UNTIL = new RegExp(`(?<!\\b(?:le|les|chaque|tous les|ts les|tt les|de|du|des|a partir de|a compter de|depuis|au|et|ou|a|${WEEKDAY}) )\\b(${WEEKDAY})(?= (?:et )?jusqu a (?:la fin de (?:la )?semaine|${WEEKDAY})\\b(?! prochain))`, 'g');
/** « dès lundi et jusqu'aux vacances »: « dès » before a weekday and an end. */
const FROM = new RegExp(`\\bdes (${WEEKDAY})(?= (?:et )?jusqu (?:a|au|aux)\\b)`, 'g');
/** « le début de la semaine prochaine », « en début de semaine pro ». */
const NEXT_WEEK_START = /\b(?:le |en |au )?debut de (?:la )?semaine (?:prochaine|pro|d apres)\b/g;
/** « la fin de la semaine », « à la fin de cette semaine », « en fin de semaine prochaine », « toute la fin de semaine ». */
const WEEK_END = /\b(?:toute )?(?:la |en )?fin de (?:la |cette )?semaine(?: (prochaine|pro|d apres))?\b/g;
/** What makes « la fin de la semaine » the end of a span from today, or a moment told (« ils rentrent à la fin de la semaine »): left as it is. */
const SPAN_END = /\b(?:jusqu|d ici|avant|pour|reste de|de la|du|a|des|vers|depuis)(?: a| au)?(?: la)? *$/;

const written = (day: string): string => `${day.slice(8)}/${day.slice(5, 7)}`;
const between = (from: string, to: string): string => (from === to ? `le ${written(from)}` : `du ${written(from)} au ${written(to)}`);

export function looseSpansWrittenOut(text: string, today: string): string {
  const monday = mondayOf(today);
  return text
    .replace(FROM, 'a partir de $1')
    .replace(UNTIL, 'de $1')
    .replace(NEXT_WEEK_START, () => between(addDays(monday, 7), addDays(monday, 8)))
    .replace(WEEK_END, (whole: string, next: string | undefined, at: number, said: string) => {
      // (« à la fin de cette semaine » is « à la fin de la semaine »: not « cette semaine », the whole week, for the reader.)
      if (SPAN_END.test(said.slice(Math.max(0, at - 14), at))) return whole.replace(/\bcette\b/, 'la');
      // This week's end, or next week's when said on its Friday's evening or the week-end (« la fin de la semaine » past).
      const week = next || today > addDays(monday, 4) ? addDays(monday, 7) : monday;
      const thursday = addDays(week, 3);
      return between(today > thursday ? today : thursday, addDays(week, 4));
    });
}

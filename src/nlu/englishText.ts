/**
 * English as residents mix it in (« cancel canteen tomorrow », « book the after-school care on
 * Friday March 19 », « from January 11 to 15 »), turned into the French the patterns read: days,
 * months and the portal's nouns word by word, the names of the activities, and the English order
 * of dates (month before day, « from … to … »). Only words that are not French words.
 */
import { globalPattern } from './pattern';

/** One English word → its French, in the prepared text (no accents, lower case). */
export const ENGLISH: Record<string, string> = {
  today: 'aujourd hui', tonight: 'ce soir', tomorrow: 'demain', yesterday: 'hier',
  // « tomorow », « tmrw », « 2morrow »: tomorrow as it is typed on a phone.
  tomorow: 'demain', tommorow: 'demain', tommorrow: 'demain', tomorro: 'demain', tmrw: 'demain', tmrow: 'demain', '2morrow': 'demain', '2morow': 'demain', '2moro': 'demain',
  monday: 'lundi', tuesday: 'mardi', wednesday: 'mercredi', thursday: 'jeudi', friday: 'vendredi', saturday: 'samedi', sunday: 'dimanche',
  mondays: 'lundis', tuesdays: 'mardis', wednesdays: 'mercredis', thursdays: 'jeudis', fridays: 'vendredis', saturdays: 'samedis', sundays: 'dimanches',
  january: 'janvier', february: 'fevrier', march: 'mars', april: 'avril', june: 'juin', july: 'juillet', august: 'aout',
  september: 'septembre', october: 'octobre', november: 'novembre', december: 'decembre',
  christmas: 'noel', easter: 'paques', summer: 'ete', winter: 'hiver', spring: 'printemps', halloween: 'toussaint',
  canteen: 'cantine', lunch: 'cantine', lunches: 'cantine', invoice: 'facture', invoices: 'factures', bill: 'facture', bills: 'factures',
  booking: 'reservation', bookings: 'reservations', every: 'tous les', too: 'aussi', also: 'aussi',
  // « paper bills » (not « payer », a typo's correction): the French for paper, as « factures papier » is read.
  paper: 'papier', papers: 'papiers',
};

const MONTHS = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
const SHORT_MONTHS: Record<string, string> = { jan: 'january', feb: 'february', apr: 'april', jun: 'june', jul: 'july', aug: 'august', sep: 'september', oct: 'october', nov: 'november', dec: 'december' };
const DAYS = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
/** Not after a day (« 1er septembre 26 », « the 1st of September 26 »): the number after the month is then its year's two digits, not a day. */
export const NO_DAY_BEFORE = '(?<!(?:\\d(?:er|re|ere|eme|e|st|nd|rd|th)?|\\bpremier) )';

/** Counts in words, for « in two weeks », « the next three days ». */
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, ten: 10 };

const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_WORDS = [...UNITS, 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
  'twentieth', ...UNITS.map((u) => `twenty ${u}`), 'thirtieth', 'thirty first'];
const ordinalNumber = (words: string): number => ORDINAL_WORDS.indexOf(words) + 1;
const ORDINAL = `(?:${[...ORDINAL_WORDS].sort((a, b) => b.length - a.length).join('|')})`;
/**
 * An ordinal in words that is a day: after « the » where the words end, before a month, « and », « or », « please »
 * (not « the first time », « the second child », « the first Thursday of June »), or before « of » and a month.
 */
const ORDINAL_DAY = new RegExp(`\\b(the )?(${ORDINAL})\\b(?=(?: ,)? (?:of ${MONTHS}|and|or|to|until|till|instead|please|for|at|too|as well|then|,)\\b| ?,| ?\\?| ?$)`, 'g');

/**
 * Before the words are translated: « January 11th » and « the 11th of January » are « 11 January »
 * (the French order), and « from … to … » between days is « du … au … ».
 */
export function englishDateOrder(text: string): string {
  return text
    // « the first week of the holidays », « the last week of the Christmas break »: « la première semaine des vacances (de Noël) ».
    .replace(/\b(?:(?:during|for|over|in|on) )?(?:the )?(first|1st|second|2nd|third|3rd|last) week of (?:the )?(?:(christmas|february|easter|summer|winter|spring|halloween) )?(?:school )?(?:break|holidays?|vacations?)\b/g, (_m: string, nth: string, w?: string) =>
      `la ${({ first: 'premiere', '1st': 'premiere', second: 'deuxieme', '2nd': 'deuxieme', third: 'troisieme', '3rd': 'troisieme', last: 'derniere' } as Record<string, string>)[nth]} semaine des vacances${w ? ` de ${w}` : ''}`)
    // « on the twenty-fifth », « the third of June », « the first and second of May »: a day's ordinal in words, as « the 25th ».
    .replace(ORDINAL_DAY, (_m: string, the: string | undefined, words: string) => `${the ?? ''}${ordinalNumber(words)}th`)
    // « on Saturday mornings », « Tuesday evenings »: the moment said in the plural is every such weekday (« les samedis matin »).
    .replace(globalPattern`\\b(${DAYS}) (morning|afternoon|evening)s\\b`, '$1s $2')
    // « New Year's Eve », « Christmas Eve », « Boxing Day »: the days known by their French names.
    .replace(/\b(?:on )?new year s eve\b/g, 'la saint sylvestre')
    .replace(/\b(?:on )?new year s(?: day)?\b/g, 'le jour de l an')
    .replace(/\b(?:on )?christmas eve\b/g, 'la veille de noel')
    .replace(/\b(?:on )?boxing day\b/g, 'le lendemain de noel')
    // « the day after Ascension », « the day before the 14th of July »: the day beside it (« le lendemain de l'Ascension », holidayNeighbours.ts).
    .replace(/\b(?:on )?the day (after|before) (?!tomorrow\b|yesterday\b)(?:the )?(?=(?:christmas|easter monday|whit monday|pentecost|ascension|all saints|new year|bastille day|\d))/g, (_m: string, side: string) =>
      (side === 'after' ? 'le lendemain de ' : 'la veille de '))
    .replace(/\b(easter|whit) monday\b/g, 'lundi de $1')
    // « the day before yesterday »: « avant-hier » (« yesterday » alone is « hier »).
    .replace(/\b(?:on )?the day before yesterday\b/g, 'avant hier')
    // « tomorrow or the day after », « tomorrow and the next day »: the day after tomorrow said as following it.
    .replace(/\b(?:tomorrow|tmrw|tomorow) (?:,? )?(?:and|or|&) (?:also )?the (?:day after|next day|following day)\b(?! (?:tomorrow|the|christmas|\d))/g, 'demain et apres demain')
    // « every other Tuesday », « for the rest of the week »: « un mardi sur deux », « pour le reste de la semaine ».
    .replace(globalPattern`\\bevery (?:other|second) (${DAYS})\\b`, 'un $1 sur deux')
    .replace(/\bthe rest of (?:the|this) week\b/g, 'le reste de la semaine')
    // « in two weeks », « in 3 days' time », « for the next 3 days »: « dans 2 semaines », « les 3 prochains jours ».
    .replace(/\bin (two|three|four|five|six|seven|eight|ten|\d{1,2}) (day|week)s?(?: s)?(?: time)?\b/g, (_m: string, n: string, unit: string) => `dans ${COUNTS[n] ?? n} ${unit === 'day' ? 'jours' : 'semaines'}`)
    .replace(/\b(?:for |during |over )?the (?:next|coming|following) (two|three|four|five|six|seven|eight|ten|\d{1,2}) days\b/g, (_m: string, n: string) => `les ${COUNTS[n] ?? n} prochains jours`)
    .replace(/\b(?:ascension day|ascension thursday)\b/g, 'ascension')
    .replace(/\bpentecost\b/g, 'pentecote')
    .replace(/\ball saints(?: day)?\b/g, 'toussaint')
    .replace(/\bbastille day\b/g, 'fete nationale')
    // « the Monday after the Christmas break », « the first Tuesday after the holidays »: that weekday after the holidays (« le lundi après les vacances de Noël »).
    .replace(globalPattern`\\b(?:on )?the (${DAYS}) after the (?:(christmas|february|easter|summer|winter|spring|halloween) )?(?:school )?(?:break|holidays?|vacations?)\\b`, (_m: string, day: string, w?: string) =>
      (w ? `le ${day} apres les vacances de ${w}` : `le ${day} apres les vacances`))
    // « Monday the 22nd », « on Friday, the 5th »: one day, its weekday then its number (« lundi 22 », not a Monday and a 22nd).
    .replace(globalPattern`\\b(${DAYS}) ?,? the (\\d{1,2})(?:st|nd|rd|th)\\b`, '$1 $2')
    .replace(globalPattern`\\b(${DAYS} \\d{1,2}) ?,? and (?:on )?(?=${DAYS} \\d)`, '$1 et ')
    // « Monday the 1st until Wednesday the 3rd of March », « Monday 1st to Wednesday 3rd »: a range from the first day, « du lundi 1 au mercredi 3 ».
    .replace(globalPattern`\\b(?:from )?(${DAYS} \\d{1,2})(?:st|nd|rd|th)? (?:to|until|till|through) (?:the )?(?=${DAYS} (?:the )?\\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2}(?:st|nd|rd|th)?\\b)`, 'du $1 au ')
    // « Jan 5 », « Oct. 12th »: a month cut short before its day (not after one, « le 12 déc 5 enfants »; not « mar », « mardi » in
    // French SMS, nor « sept », seven).
    .replace(/(?<!\d(?:st|nd|rd|th)? )\b(jan|feb|apr|jun|jul|aug|sep|oct|nov|dec)\.? (?=\d)/g, (_m: string, month: string) => `${SHORT_MONTHS[month] as string} `)
    .replace(globalPattern`\\b(?:the )?(\\d{1,2})(?:st|nd|rd|th)?(?: of)? (${MONTHS})\\b`, '$1 $2')
    // « January 12th and 13th », « March 3, 4 and 5 »: the days, then the month.
    .replace(globalPattern`${NO_DAY_BEFORE}\\b(${MONTHS}) (?:the )?(\\d{1,2}(?:st|nd|rd|th)?(?:(?: ?,| and| ?, and|) (?:the )?\\d{1,2}(?:st|nd|rd|th)?)*)\\b(?! ?(?::|h\\b|am\\b|pm\\b|\\d{1,2}\\b))`, (_m: string, month: string, list: string) =>
      `${list.replace(/(?: ?,)? and (?:the )?/g, ' et ').replace(/ the /g, ' ')} ${month}`)
    // « the 21st and 22nd », « 21st, 22nd and 23rd » (no month): days of the month, « le 21 et le 22 ».
    .replace(/\b(?:the )?\d{1,2}(?:st|nd|rd|th)(?:(?: ?,| and| ?, and| &) (?:the )?\d{1,2}(?:st|nd|rd|th))+\b(?! ?(?:weeks?|of (?:the )?(?:month|week))\b)/g, (list: string) =>
      (list.match(/\d{1,2}(?=st|nd|rd|th)/g) ?? []).map((d) => `le ${d}`).join(' et '))
    // « 21st to 23rd October », « the 12th to the 14th », « 21st-23rd »: a range of days without « from » (an ordinal or the month
    // says they are days: « 9 to 5 », « ages 3 to 11 » are not).
    .replace(globalPattern`(?<!\\bfrom (?:the )?)\\b(?:the )?(\\d{1,2})(st|nd|rd|th)? ?(?:to|till|until|through|thru|-) ?(?:the )?(\\d{1,2})(st|nd|rd|th)?\\b(?=( (?:of )?${MONTHS}\\b)?)`, (m: string, first: string, s1?: string, last?: string, s2?: string, month?: string) =>
      (s1 || s2 || month ? `du ${first} au ${last as string}` : m))
    .replace(globalPattern`\\bfrom (?:the )?(?=\\d{1,2}(?:st|nd|rd|th)?\\b|${DAYS}\\b)`, 'du ')
    .replace(globalPattern`(?<=\\bdu [a-z0-9 ]{1,24}) (?:to|until|till|through) (?:the )?(?=\\d{1,2}(?:st|nd|rd|th)?\\b|${DAYS}\\b)`, ' au ')
    // « Monday to Friday », « from tomorrow to Friday »: a range between weekdays, from today or tomorrow.
    // (« every Tuesday and Thursday until 11 March »: the last weekday of a recurrence is no range's start; « until » bounds it, below.)
    .replace(globalPattern`\\b(?:from )?(?<!\\bevery (?:${DAYS}(?: ?,| and| or| &) )*)(${DAYS}|today|tomorrow) (?:to|until|till|through|thru) (?:the )?(?=\\d{1,2}(?:st|nd|rd|th)?\\b|${DAYS}\\b)`, (_m: string, first: string) => (/^to/.test(first) ? `de ${first} au ` : `du ${first} au `))
    // « until Friday, starting tomorrow », « starting on Monday »: where the days start (« à partir de »).
    // (« starting the 14th » is « à partir du 14 »: « de 14 » would be a count.)
    .replace(globalPattern`\\bstarting (?:from |on )?(?:the )?(?=tomorrow\\b|today\\b|\\d{1,2}(?:st|nd|rd|th)?\\b|${DAYS}\\b)(\\d)?`, (_m: string, digit?: string) => (digit ? `a partir du ${digit}` : 'a partir de '))
    // « forget the 4th », « scratch Friday », « drop the 12th »: a day taken back, as « not the 4th ».
    .replace(globalPattern`\\b(?:forget|scratch|drop|leave out)(?: about)? (?=(?:the )?\\d{1,2}(?:st|nd|rd|th)?\\b|${DAYS}\\b)`, 'not ')
    // « on January 20th, not the 13th », « not Friday », « not tomorrow »: a day set aside (« pas »; « but not » is « sauf », below).
    .replace(globalPattern`(?<!\\bbut )\\bnot (?:on )?(?=(?:the )?\\d{1,2}(?:st|nd|rd|th)?\\b|${DAYS}\\b|(?:today|tomorrow|demain|aujourd hui)\\b)`, 'pas ')
    .replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/g, '$1')
    // « except Wednesday », « apart from the 12th », « but not Friday »: days set aside (« sauf »).
    .replace(/\b(?:except(?: for| on)?|apart from|excluding|but not)\b(?: on)?/g, 'sauf')
    // « the 15th instead », « rather the 15th »: « plutôt le 15 », the days said replace the others.
    .replace(/\b(?:on )?(?:the )?(\d{1,2}) instead\b/g, 'plutot le $1')
    .replace(/\b(?:instead|rather)(?: on)?(?: the)? (?=\d{1,2}\b)/g, 'plutot le ')
    // « remove the 15th », « not the 15th »: a day of the month, as « le 15 » (not « the 2 kids », « the 3 pm »).
    .replace(/\bthe (?=\d{1,2}\b(?! ?(?:kids|children|boys|girls|days|weeks|pm|am|h\b|:|[/.-]\d)))/g, 'le ')
    .replace(/\b(le \d{1,2}) ?,? and (?=le \d)/g, '$1 et ')
    // « Tuesday and Thursday next week », « Mondays and Fridays »: one list of weekdays (read together with what bounds them).
    .replace(globalPattern`\\b(${DAYS}s?) ?,? and (?:on )?(?=${DAYS})`, '$1 et ')
    // « until the end of May », « till the end of June »: up to the month's end (« jusqu'à fin mai »).
    .replace(globalPattern`\\b(?:until|till|up to|through) (?:the )?end of (${MONTHS})\\b`, (_m: string, month: string) => `jusqu a fin ${month === 'may' ? 'mai' : month}`)
    // « until Friday », « till the 5th » (no « from »; « the 5th » is already « le 5 »): up to that day.
    .replace(globalPattern`\\b(?:until|till|up to) (?:the |le )?(?=\\d{1,2}\\b|${DAYS}\\b)`, 'jusqu au ')
    // « 12 and 13 April », « 3, 4 and 5 May »: a list of days before the month.
    .replace(globalPattern`\\b\\d{1,2}(?:(?: ?,| and| ?, and) \\d{1,2})+ (?=${MONTHS}\\b)`, (list: string) => list.replace(/(?: ?,)? and /g, ' et '))
    .replace(/\b(?:for )?(?:the )?(?:whole |entire )?week of (?:the )?(?=\d)/g, 'la semaine du ')
    // « May » is also a verb: a month only beside a day, or after « in ».
    .replace(/\b(\d{1,2}) may\b/g, '$1 mai')
    // « the first Thursday of June », « the last Friday of March »: « le premier jeudi de juin » (the weekday ordinal of a month).
    .replace(globalPattern`\\b(?:on )?(?:the )?(first|second|third|fourth|last|1st|2nd|3rd|4th) (${DAYS}) (?:of|in) (?=${MONTHS}\\b)`, (_m: string, nth: string, day: string) =>
      `le ${({ first: 'premier', '1st': 'premier', second: 'deuxieme', '2nd': 'deuxieme', third: 'troisieme', '3rd': 'troisieme', fourth: 'quatrieme', '4th': 'quatrieme', last: 'dernier' } as Record<string, string>)[nth]} ${day} de `)
    // « a week from today », « in a week », « two weeks from now »: « dans une semaine ».
    .replace(/\b(?:a|one) week from (?:today|now)\b|\bin a week(?: s time)?\b/g, 'dans une semaine')
    .replace(/\b(?:two|2) weeks from (?:today|now)\b/g, 'dans deux semaines')
    // « every Tuesday in May », « in January »: « en » before a month.
    .replace(globalPattern`\\bin (?=${MONTHS}\\b)`, 'en ')
    .replace(/\ben may\b/g, 'en mai');
}

/** After the words are translated: the activities' English names. */
export function englishActivities(text: string): string {
  return text
    .replace(/\b(?:the )?(?:after ?school|evening) (?:care|club|childcare|daycare)\b|\bafter ?school\b/g, 'garderie du soir')
    .replace(/\b(?:the )?(?:before ?school|morning) (?:care|club|childcare|daycare)\b|\b(?:the )?breakfast club\b|\bbefore ?school\b/g, 'garderie du matin')
    // (« mercredi centre pr mes 2 », typed in French, is a day then the centre: « centre » alone after it is English only after « the ».)
    .replace(/\b(?:the )?mercredi (?:(?:leisure|activity|play|kids) )?(?:club|care|childcare|activities|center)\b|\b(?:the mercredi (?:(?:leisure|activity|play|kids) )?|mercredi (?:leisure|activity|play|kids) )centre\b/g, 'accueil du mercredi')
    .replace(/\b(?:the )?(?:leisure|activity) (?:centre|center)\b/g, 'centre de loisirs')
    // « the garderie on Friday morning », « care tomorrow evening »: the moment said after the day is the care's.
    .replace(/\b(garderie|periscolaire|accueil)\b(?! du (?:matin|soir)| (?:du |de )?(?:matin|soir))((?: [a-z]+){0,3}? (?:lundi|mardi|mercredi|jeudi|vendredi|demain|aujourd hui)(?: prochain)?) (morning|evening)s?\b/g, (_m: string, care: string, between: string, moment: string) =>
      `${care} du ${moment === 'morning' ? 'matin' : 'soir'}${between}`)
    // « the holiday club », « the holiday scheme »: the holidays' activities
    .replace(/\b(?:the )?(?:school )?holiday (?:club|clubs|scheme|programme|program|activities|centre|center)\b/g, 'activites de vacances')
    .replace(/\b(?:the )?(?:(?:supervised )?homework(?: (?:club|help|time|session|class))?|study (?:hall|time|period))\b/g, 'etude')
    // « book study tuesday », « study on tuesday until 6pm »: study booked or opening the message, before a day.
    .replace(/(?:^|(?<=\b(?:book|cancel|need|add)(?: the)? ))study\b(?= (?:on |for |this |next )?(?:lundi|mardi|mercredi|jeudi|vendredi|monday|tuesday|wednesday|thursday|friday|demain|tomorrow|the \d|\d))/g, 'etude');
}

/**
 * Practical questions asked in English (« when does it reopen? », « is it open tomorrow? », « and
 * on Saturday at 5pm? », « what's the phone number? », « where is it? »), put in the French words
 * that infoQuery.ts and infoMoment.ts read: each English phrasing becomes the French one that asks
 * the same (« when does it open again » is « rouvre quand »). Only English words are changed;
 * French text goes through as it is.
 */

type Change = readonly [RegExp, string | ((...groups: string[]) => string)];

/** Who opens: kept, for the service it may name (« when will the billing office open again »). */
const SUBJECT = '(it|they|he|she|that|this|you|the [a-z ]{2,30}?)';

/** What is wanted and of which service, on normalize()d text; in order, a phrasing before the words it holds. */
const WANTS: readonly Change[] = [
  // The next opening: « when does it reopen », « what time will it open again », « when does it open ».
  [new RegExp(`\\b(?:when|what time|what day) (?:do|does|will|is|are) ${SUBJECT} (?:be )?(?:re ?open\\w*|open\\w* (?:again|back up|back))\\b`, 'g'), ' $1 rouvre quand '],
  [new RegExp(`\\bwhen (?:do|does|will|is|are) ${SUBJECT} (?:be )?(?:next )?open\\w*(?: next)?\\b`, 'g'), ' $1 rouvre quand '],
  [/\bnext opening\b|\b(?:re ?open\w*|open\w* again) when\b/g, ' rouvre quand '],
  [/\b(?:re ?open\w*|open\w* (?:again|back up))\b/g, ' rouvre '],
  // The week's hours; open or closed (on a day, at a time, now).
  [/\b(?:opening|office|business|working) (?:hours|times)\b|\bhours\b|\btimetable\b|\bschedule\b/g, ' horaires '],
  [/\b(?:at )?what time\b/g, ' quelle heure '],
  [/\bopen(?:ed)?\b/g, ' ouvert '],
  [/\b(?:closed|close|closes|closing|shut)\b/g, ' ferme '],
  // Contacts and the address; « where is it? » is the place of the service just named.
  [/\b(?:phone|telephone)(?: number)?\b|\b(?:the|your|their|its) number\b(?! of)|\bcall\b/g, ' telephone '],
  [/\bcontact details\b|\breach\b/g, ' contacter '],
  [/\be ?mail(?: address)?\b/g, ' mail '],
  [/\bwhere (?:is|are|s) (?:it|they|that|this)\b/g, ' c est ou '],
  [/\b(?:address|located|how (?:do|can) (?:i|we) get there|how to get there)\b/g, ' adresse '],
  [/\bwhere (?:is|are|s)\b/g, ' ou est '],
  // The services, by their English names.
  [/\b(?:town|city) hall\b|\bmayor s office\b/g, ' mairie '],
  [/\bregistry(?: office)?\b|\bregistrar s?(?: office)?\b|\bcivil (?:status|registry)\b|\b(?:birth|marriage|death) certificates?\b/g, ' etat civil '],
  [/\bone stop (?:shop|desk)\b|\bsingle (?:desk|window)\b/g, ' guichet unique '],
  [/\b(?:billing|payments?|invoices?|bills?)(?: (?:office|desk|department))?\b/g, ' regie '],
  [/\b(?:canteen|school (?:lunch|meals?|canteen)|after ?school(?: care| club)?|before ?school(?: care| club)?|childcare|day ?care|leisure (?:centre|center)|holiday club)\b/g, ' periscolaire '],
  [/\b(?:schools?|education) (?:office|department|service|affairs)\b|\bschools?\b/g, ' affaires scolaires '],
  [/\byouth(?: (?:office|department|service))?\b/g, ' enfance jeunesse '],
  [/\b(?:enrol?ments?|registrations?)(?: (?:office|desk|department))?\b/g, ' inscriptions '],
];

/** The day and time, on the text as typed (lower case): what prepare() does not already put in French. */
const MOMENT: readonly Change[] = [
  [/\b(?:right now|now|at the moment|currently)\b/g, ' maintenant '],
  [/\b(?:the )?day after tomorrow\b/g, ' après-demain '],
  [/\b(?:this|the) week ?end\b/g, ' ce week-end '],
  [/\bnext (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g, ' $1 prochain '],
  [/\bthis (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g, ' ce $1 '],
  [/\beaster monday\b/g, ' lundi de Pâques '],
  [/\b(?:whit|pentecost) ?monday\b/g, ' lundi de Pentecôte '],
  [/\bnew year[’']?s eve\b/g, " la veille du jour de l'an "],
  [/\bnew year[’']?s(?: day)?\b/g, " jour de l'an "],
  // « the day after Christmas », « the day before the 1st of January »: counted from the day named (« le lendemain », « la veille »).
  [/\bchristmas eve\b/g, ' la veille de Noël '],
  [/\b(?:on )?the day (?:after|following)\b/g, ' le lendemain '],
  [/\b(?:on )?the day before\b/g, ' la veille '],
  [/\ball saints[’']?(?: day)?\b/g, ' Toussaint '],
  // « 5pm », « 5:30 pm », « 9am »; noon and midnight.
  [/\b(1[0-2]|[1-9])(?:[:.h]([0-5]\d))? ?pm\b/g, (_m, h, min) => ` ${Number(h) === 12 ? 12 : Number(h) + 12}h${min ?? ''} `],
  [/\b(1[0-2]|[1-9])(?:[:.h]([0-5]\d))? ?am\b/g, (_m, h, min) => ` ${Number(h) === 12 ? 0 : Number(h)}h${min ?? ''} `],
  [/\b(?:noon|midday)\b/g, ' midi '],
  [/\bmidnight\b/g, ' minuit '],
];

function apply(text: string, changes: readonly Change[]): string {
  let out = text;
  for (const [pattern, to] of changes) out = typeof to === 'string' ? out.replace(pattern, to) : out.replace(pattern, to as (...groups: string[]) => string);
  return out.replace(/\s+/g, ' ').trim();
}

/** A normalize()d practical question with its English put in French. */
export const frenchInfoWords = (said: string): string => apply(said, WANTS);

/** A practical question as typed, with its English days and times put in French (for infoMoment.ts). */
export const frenchMomentWords = (text: string): string => apply(text.toLowerCase(), MOMENT);

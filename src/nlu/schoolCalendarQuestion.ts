/**
 * A question about the school calendar (never a booking): when the holidays are (« c'est quand les vacances de février
 * ? », « les vacances de Noël commencent quand », « when are the Easter holidays? »), when classes start again (« quand
 * est la rentrée ? », « ils reprennent quand ? »), whether there is school on a day (« il y a école le 11 novembre ? »,
 * « y a classe lundi ? »: the day is the date reader's), the last day of class before them (« c'est quand le dernier jour
 * d'école avant les vacances ? », « l'école finit quand avant Noël ? »: the holidays asked, `lastDay`). A task said with it (« inscrire ma fille au centre pendant les
 * vacances de février ») is the task. Works on prepare()d text.
 */
import type { HolidayKey } from '../domain/schoolCalendarFacts';

export type SchoolCalendarQuestion = { kind: 'holidays'; key?: HolidayKey; lastDay?: true } | { kind: 'classesStart' } | { kind: 'schoolOn' };

const HOLIDAYS = /\b(?:vacances|vacs|vac|conges scolaires|holidays?|half term|school break)\b/;
const WHEN = /\b(?:quand|quel(?:le)?s? (?:dates?|jours?)|dates?|commence\w*|debut\w*|finiss\w*|fini\w*|termin\w*|jusqu (?:a|au) quand|when|what dates?|start|end)\b/;
/** « la rentrée c'est quand », « ils reprennent l'école quand », « quand est-ce que l'école reprend ». */
const CLASSES_START = /\b(?:(?:quand|date)\b.*\b(?:rentree|reprise|reprenn\w*|reprend\w*)|(?:rentree|reprise|reprenn\w*|reprend\w*)\b.*\b(?:quand|date|c est quel jour)|when (?:does|do) (?:school|classes) (?:start|resume|go back)|back to school when)\b/;
/** « il y a école le 11 novembre ? », « y a classe lundi », « l'école est ouverte le 2 novembre ? », « is there school on Monday? ». */
const SCHOOL_ON = /\b(?:(?:il )?y a (?:t il )?(?:l |de l )?(?:ecole|classe|cours)|(?:il )?n y a pas (?:d |de l )?(?:ecole|classe|cours)|(?:l )?ecole (?:est )?(?:ouverte|fermee)|(?:ils|elles|il|elle) (?:ont|a) (?:ecole|classe|cours)|is there (?:school|class)|no school)\b/;
/**
 * A task said with it (an absence said with its illness, in English too: « my son is sick tomorrow, no school »), the
 * canteen's own days, or another service's (« la mairie reprend quand après les vacances ? »).
 */
const TASK = /\b(?:reserv\w*|inscri\w*|annul\w*|absen\w*|malades?|fievre|grippe|gastro|varicelle|hopital|medecin|sick|ill|unwell|fever|flu|doctor|hospital|factur\w*|cantine|garderie|centre|accueil|etude|book\w*|cancel\w*|pay\w*|paie\w*|regl\w*|actes?|justificatif\w*|certificat\w*|documents?|dossiers?|demandes?|envoi\w*|envoy\w*|recoi\w*|recevr\w*|send|mairie|piscine|mediatheque|bibliotheque|conservatoire|gymnase|ramassage|bus|transports?)\b/;
/**
 * The holidays as the time of something else (« quand est-ce que je peux payer pendant les vacances ? », « je pars en
 * vacances en juillet, c'est quand… »): the resident's own trip, or the days around which another thing is asked.
 */
const HOLIDAYS_AS_TIME = /\b(?:(?:pendant|durant|apres|avant|pour) (?:les |ces |mes |nos )?|(?:je|j|on|nous) (?:pars|part|partons|serai|serons|suis|sommes|vais|allons|serais|partirai|partirons) en |(?:my|our) )(?:vacances|vacs|vac|conges scolaires|holidays?)(?: (?:de|d|du|scolaires) \w+)?/g;

/** The last day of class (« le dernier jour d'école », « l'école finit quand », « last day of school »): when the holidays start. */
const LAST_DAY = /\b(?:(?:le )?derniers? jours? (?:d |de l |de |des )?(?:ecole|classe|cours)|derniers? jours? avant (?:les |la )?(?:vacances|vacs|vac|noel|toussaint|paques|ete)|(?:l )?ecole (?:finit|fini|se termine|s arrete)|(?:les )?(?:cours|classes) (?:finissent|se terminent|s arretent)|fin des (?:cours|classes)|(?:ils|elles|on) (?:finissent|finit|terminent|termine|arretent|arrete) (?:l ecole|les cours|la classe)|last (?:day|days) of (?:school|class|classes|term)|school (?:ends|finishes))\b/;
/** An hour asked (« l'école finit à quelle heure le vendredi ? »): the school's hours, not its last day, unless holidays are named. */
const HOUR = /\b(?:quelle heure|heures?|\d+ ?h(?: ?\d+)?|what time)\b/;
/** The last day of the school year (« le dernier jour d'école de l'année »): before the summer holidays. */
const YEAR_END = /\b(?:de l annee(?: scolaire)?|of the (?:school )?year)\b/;

const NAMES: ReadonlyArray<readonly [RegExp, HolidayKey]> = [
  [/\b(?:toussaint|octobre|halloween|autumn|october)\b/, 'toussaint'],
  [/\b(?:noel|fin d annee|christmas|xmas)\b/, 'noel'],
  [/\b(?:fevrier|hiver|ski|february|winter)\b/, 'hiver'],
  [/\b(?:printemps|paques|avril|easter|spring|april)\b/, 'printemps'],
  [/\b(?:ascension|pont)\b/, 'ascension'],
  [/\b(?:ete|grandes vacances|juillet|aout|summer|july|august)\b/, 'ete'],
];

export function schoolCalendarQuestion(said: string): SchoolCalendarQuestion | undefined {
  if (TASK.test(said)) return undefined;
  if (CLASSES_START.test(said)) return { kind: 'classesStart' };
  if (LAST_DAY.test(said) && !(HOUR.test(said) && !HOLIDAYS.test(said) && !NAMES.some(([pattern]) => pattern.test(said)))) {
    const key = NAMES.find(([pattern]) => pattern.test(said))?.[1] ?? (YEAR_END.test(said) ? 'ete' : undefined);
    return key ? { kind: 'holidays', key, lastDay: true } : { kind: 'holidays', lastDay: true };
  }
  if (HOLIDAYS.test(said.replace(HOLIDAYS_AS_TIME, ' ')) && WHEN.test(said)) {
    const key = NAMES.find(([pattern]) => pattern.test(said))?.[1];
    return key ? { kind: 'holidays', key } : { kind: 'holidays' };
  }
  return SCHOOL_ON.test(said) ? { kind: 'schoolOn' } : undefined;
}

/** The message without its « il y a » (read as « ago » by the date reader): « il y a école le 12 novembre ? » → « école le 12 novembre ? ». */
export const dayPartOf = (text: string): string => text.replace(/\b(?:il\s+)?y\s*a(?:[\s-]+t[\s-]+il)?\b/gi, ' ');

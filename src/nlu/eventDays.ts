/** The day of an event of the child's (a show, a birthday, a match), of a birth or a death, of a parent's leave: told as the story, not a day asked. */
import { addDays, weekdayOf } from './calendarMath';
import { pattern } from './pattern';
import type { Reader } from './dateReader';
import { DAY, forward, MONTH, parseSpec, SPEC, WD } from './dateWords';

/**
 * What residents tell as an event of the child's or the family's, not a day at school: « elle a un spectacle de danse le samedi 30 janvier »,
 * « ma mère se fait opérer le 4 juin », « les obsèques ont lieu le 12 », « j'ai rendez-vous chez le dentiste le 15 à 16h », « la réunion
 * parents-profs est le 3 à 18h » (its hour after it, « à 18h », is no day: « au 5 » is).
 */
const EVENT = '(?:rendez vous|reunion|consultation|operation|operer|intervention chirurgicale|hospitalisation|obseques|enterrement|sortie scolaire|sortie de classe|spectacle|anniversaire|anniv|mariage|bapteme|communion|kermesse|concert|competition|tournoi|gala|ceremonie|fete|match|representation|controle|expose|evaluation|examen|interro|interrogation|dictee|brevet|audition|eval)';

/** What a number counts, not a day: « acte de mariage en 3 exemplaires », « mariage, 2 copies svp ». */
const COUNTED = '(?:exemplaires?|copies?|originaux|fois|personnes?|invites?|enfants?|ans)';

/** The town's festivities, the same for everyone (no day of the child's). */
export const TOWN_EVENT = '(?:feux? d artifices?|bal(?: populaire| du 14 juillet)?|brocante|vide greniers?|defile|fete (?:de la musique|foraine|du village|de la ville|communale|des voisins)|forum des associations)';

/**
 * An event's day (« un spectacle de danse le samedi 30 janvier, … la garderie du 25 au 29 ») is set
 * aside: it counts only when the message asks no other day (« pour son anniversaire le 12, pas de cantine »).
 */
export function readEventDays(r: Reader): void {
  readBirthsAndDeaths(r);
  // The town's festivities and their day (« on ira voir le feu d'artifice du 14 juillet », « la brocante du 3 mai »): talk, never a day asked.
  // (Set aside as an event's day: another day said beside it is read in its month, « …, pas de garderie le 15 » is 15 July.)
  r.pass(pattern`\\b${TOWN_EVENT}(?: (?:du|de|le|ce|prevue? le|qui a lieu le|aura lieu le))? (?:${WD} )?(${DAY} ${MONTH}|\\d{1,2}[/.-]\\d{1,2})\\b`, (m) => {
    const day = forward(parseSpec(m[1] as string), r.today, true);
    return day ? { days: [day], aside: true } : null;
  });
  // (« un tournoi de handball régional à Rouen le samedi 23 janvier », « rendez-vous chez le dentiste le 15 »: a few words of what and where between.)
  r.pass(pattern`\\b${EVENT}s?(?: (?!(?:et|mais|donc|puis|pour|je|j|il|elle|ils|elles|on|nous|ce|tous|toutes|chaque|les)\\b|le (?:${DAY}|${WD})\\b)[a-z]+){0,6}?(?: (?:prevue?|qui a lieu|aura lieu|a lieu))? (?:le |ce )?(${SPEC})(?: en (huit|quinze))?\\b(?! ?(?:,|et|ou|au|a) (?:le )?(?:\\d(?!\\d? ?h\\b)|${WD}))(?! ${COUNTED}\\b)`, (m) => {
    // (« le rendez-vous a été fixé lundi en huit »: a week after the coming Monday, as a weekday alone is read.)
    const day = forward(parseSpec(m[1] as string), r.today, true);
    // (Said on that weekday, a week from today, as « mardi en huit » said on a Tuesday.)
    const base = day && m[2] && /^[a-z]+$/.test(m[1] as string) && weekdayOf(addDays(r.today, 7)) === weekdayOf(day) && addDays(r.today, 7) === day ? r.today : day;
    return day && base ? { days: [m[2] ? addDays(base, m[2] === 'huit' ? 7 : 14) : day], aside: true } : null;
  });
  // « j'ai obtenu mes congés seulement à partir du 31 décembre… au centre du 28 au 30 »: when the parent's leave starts, the story too.
  r.pass(pattern`\\b(?:mes|nos|ses|son|mon) (?:conges|vacances|jours de repos)(?: [a-z]+){0,3}? (?:a partir du|a compter du|des le|commencent le|debutent le) (?:${WD} )?(${SPEC})\\b`, (m) => {
    const day = forward(parseSpec(m[1] as string), r.today, true);
    return day ? { days: [day], aside: true } : null;
  });
  // « je suis en vacances dès ce soir », « on est en congé à partir de demain »: when the parent's own holidays start, the story too.
  r.pass(pattern`\\b(?:je suis|nous sommes|on est|on sera|je serai|nous serons) en (?:vacances|conges?)(?: (?:a partir de|a partir d|a compter de|a compter d|des|depuis))? ?(ce soir|ce matin|aujourd hui|demain)\\b`, (m) => {
    const day = m[1] === 'demain' ? addDays(r.today, 1) : r.today;
    return { days: [day], aside: true };
  });
  // « jeudi c'est férié », « aujourd'hui férié », « le lundi 17, qui est férié », « lundi c'est Pâques »: a day told closed, not asked (kept only when no other day is).
  r.pass(pattern`\\b(?:le |ce )?(${SPEC}|aujourd hui|demain) ,? ?(?:(?:c est|c|est|sera|etant|qui est|car c est|vu que c est)(?: un)? )?(?:(?:jour )?feries?|(?<=(?:c est|c|sera) )(?:(?:le )?lundi de (?:paques|pentecote)|paques|(?:la )?pentecote|l ascension))\\b`, (m) => {
    const said = m[1] as string;
    const day = said === 'aujourd hui' ? r.today : said === 'demain' ? addDays(r.today, 1) : forward(parseSpec(said), r.today, true);
    return day ? { days: [day], aside: true } : null;
  });
  // The day first, the event after it: « le 8 c'est mon anniv », « le 13 c'est l'anniversaire de sa sœur ».
  r.pass(pattern`\\b(?:le |ce )?(${SPEC}) ,? ?(?:c est|ce sera|ca sera|sera|on fete|il y a|y a) (?:(?:mon|ton|son|sa|l|leur|notre|un|une|le|la) )?${EVENT}\\b`, (m) => {
    const day = forward(parseSpec(m[1] as string), r.today, true);
    return day ? { days: [day], aside: true } : null;
  });
}

/** A birth or a death told: « née le », « décédé le », « mort le », « born on », « died on ». */
const BIRTH_OR_DEATH = 'nee?s?|decedee?s?|morte?s?|(?:date de )?naissance :?|(?:was |were )?born|died|passed away';

function readBirthsAndDeaths(r: Reader): void {
  // A birth or a death told without its year (« il est né le 3 novembre ») is past, never next year's day;
  // with its year (« née le 12/03/2018 ») it is read as written.
  // (« mort le 9 janvier », « he died on 9 January », « she was born on May 4 »: the same, told otherwise or in English)
  r.mask(pattern`\\b(?:${BIRTH_OR_DEATH})(?: le| en date du| du| on)? (?:${WD} )?(?:\\d{1,2}[/.-]\\d{1,2}|${DAY} ${MONTH})\\b(?! ?[/.-]?\\d)`);
  // With its year, it is that day, set aside like an event's: kept only when no other day is asked
  // (« née le 3 février 2019 …, elle ne mangera pas jeudi » asks Thursday).
  r.pass(pattern`\\b(?:${BIRTH_OR_DEATH})(?: le| en date du| du| on)? (?:${WD} )?(\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|${DAY} ${MONTH} \\d{4})\\b`, (m) => {
    const day = forward(parseSpec(m[1] as string, r.today), r.today, true);
    return day ? { days: [day], aside: true } : null;
  });
}

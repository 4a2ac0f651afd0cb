/**
 * In a question about opening hours or a contact, « le samedi », « du mercredi », « les lundis », « le week-end » say every such day,
 * not the next one: « vous êtes ouvert le samedi ? », « à quelle heure ferme l'état civil le mercredi », « je ne peux venir que le week-end »,
 * « permanence du samedi matin ». They are blanked (positions kept) before the days are read; a weekday with its day
 * of the month (« le samedi 19 », « le week-end du 12 »), « ce samedi », « ce week-end », « samedi prochain », « samedi » alone and the holidays named by a
 * weekday (« le lundi de Pâques », « le jeudi de l'Ascension », « le lundi de la rentrée ») still name one day. Works on prepare()d text.
 */
import type { Intent } from './intents';

const HABITUAL = /\b(?:le|les|du|des|chaque|tous les) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week end|weekend)s?\b(?! (?:\d|1 ?er\b|premier\b|prochain|qui vient|d apres|de (?:paques|pentecote|la pentecote|l ascension|la rentree)\b|du \d|de (?:la|l) ))/g;

/** The intents whose weekdays are habits of a place, not days asked. */
const ABOUT_A_PLACE: ReadonlySet<Intent> = new Set<Intent>(['opening_hours', 'contact']);

/** A question on nothing the commune's services do (« le parking de la gare est-il gratuit le dimanche ? »): about a place too. */
const asksOfAPlace = (prepared: string, intent: Intent): boolean => ABOUT_A_PLACE.has(intent) || (intent === 'unknown' && /\?/.test(prepared));

export const withoutHabitualDays = (prepared: string, intent: Intent): string =>
  asksOfAPlace(prepared, intent) ? prepared.replace(HABITUAL, (m) => ' '.repeat(m.length)) : prepared;

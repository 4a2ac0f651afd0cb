/**
 * « tous les jeudis du mois », « chaque lundi de ce mois-ci », « tous les mardis du mois prochain »: the month meant written by its
 * name (« … de mars »), as the weekday recurrences read it (dateRecurrences.ts). Works on prepare()d text, before the date reader.
 */
import { addDays, monthOf } from './calendarMath';
import { WD } from './dateWords';
import { globalPattern } from './pattern';

const NAMES = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];

/** A weekday recurrence, then the month in view said without its name. */
const OF_THE_MONTH = globalPattern`(\\b(?:tous les|toutes les|chaque|les) ${WD}(?:(?: ?,| et) (?:les )?${WD})*) (?:du mois(?! (?:de|d)\\b)|de ce mois(?: ci)?|ce mois(?: ci)?|du mois en cours)( prochain)?\\b`;

export function monthInViewNamed(text: string, today: string): string {
  return text.replace(OF_THE_MONTH, (_m: string, days: string, next?: string) => {
    // The month of today, or the next one (from the 28th, today's month plus 5 days is never the month after next).
    const month = next ? monthOf(addDays(`${today.slice(0, 7)}-28`, 5)) : monthOf(today);
    return `${days} de ${NAMES[month - 1]}`;
  });
}

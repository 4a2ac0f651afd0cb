/**
 * « le dernier vendredi du mois », « le premier lundi du mois prochain », « le dernier jeudi de ce mois »: the month said without
 * its name, named (« le dernier vendredi de janvier »), read then as the named days are (namedDays.ts). The month of today, or
 * the next one. Works on prepare()d text, before the date passes.
 */
import { addDays, monthOf } from './calendarMath';
import { WD } from './dateWords';
import { globalPattern } from './pattern';

const NAMES = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];

/** A weekday by its rank, then the month in view said without its name. */
const RANKED = globalPattern`(\\b(?:le |la )?(?:dernier|derniere|premier|premiere|1er|1 er|deuxieme|2e|2eme|troisieme|3e|3eme) ${WD}) (?:du mois(?! (?:de|d)\\b)|de ce mois(?: ci)?|ce mois(?: ci)?|du mois en cours)( prochain)?\\b`;

export function rankOfMonthNamed(text: string, today: string): string {
  return text.replace(RANKED, (_m: string, day: string, next?: string) => {
    // (From the 28th, today's month plus 5 days is never the month after next.)
    const month = next ? monthOf(addDays(`${today.slice(0, 7)}-28`, 5)) : monthOf(today);
    return `${day} de ${NAMES[month - 1]}`;
  });
}

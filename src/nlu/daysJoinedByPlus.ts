/**
 * Days joined by « + », a part of the date reader (dates.ts; prepare()d text): « 21 22 23 dec + 28 29 », « 11 12 janvier + 14 »,
 * « lundi 8 + mardi 9 »: one list, read as « … et 28 29 ». (« 3 + 4 repas », after a number alone, is a sum: left.)
 */
import { DAY, MONTH, WD } from './dateWords';

const PLUS = new RegExp(`(?<=\\b(?:${MONTH}|${WD} ${DAY}|${DAY} ${DAY})) \\+ (?=(?:le |les )?(?:${WD} )?${DAY}\\b)`, 'g');

export const daysJoinedByPlus = (text: string): string => text.replace(PLUS, ' et ');

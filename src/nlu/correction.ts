/**
 * What a « non » at a read-back says next: « le nom c'est Moreau », « l'e-mail est
 * j.moreau@example.org », « prénom : Lucie ». Split into what is corrected (to be matched
 * against the fields) and the new value, as typed; either may be missing.
 */

import { saysOnlyADate } from './choice';
import { fold } from './yesNo';

export interface Correction {
  /** The words that name what is wrong (« le nom »). */
  about: string;
  /** The new value, as typed (« Moreau »), when one is given. */
  value?: string;
}

const SEPARATOR = /\s*(?::|=|\bc['’]?\s?est\b|\best\b|\bplutôt\b|\bplutot\b|\bis\b|\bshould be\b)\s*/iu;

export function splitCorrection(rest: string): Correction | undefined {
  const text = rest.trim();
  if (!text) return undefined;
  // « le 8 février » alone: the date is what is corrected, and that is its new value.
  if (saysOnlyADate(fold(text))) return { about: 'date', value: text };
  const match = SEPARATOR.exec(text);
  if (!match || match.index === 0) return { about: text };
  const about = text.slice(0, match.index).trim();
  const value = text.slice(match.index + match[0].length).trim().replace(/[.!]+$/, '');
  return value ? { about, value } : { about };
}

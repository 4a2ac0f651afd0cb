/**
 * What is not people's names, typed where names are asked (the parents of an act or of a young
 * person to register): an e-mail address (often the next answer, typed ahead), a date, a phone
 * number, digits alone, fewer than three letters. Names in any alphabet, « inconnu », « Jean Dupont et Marie Martin » are
 * names. 'ok' or why not.
 */
import { emailIn } from '../domain/emailAddress';
import { readPastDay } from './pastDay';

/** 'email': one e-mail address is in the answer (the caller may keep it for its own question). */
export type NamesVerdict = 'ok' | 'email' | 'notNames';

export function checkNames(text: string, today: string): NamesVerdict {
  const said = text.trim();
  if (said.includes('@')) return emailIn(said) ? 'email' : 'notNames';
  // A date alone (« 12/03/1988 », « le 12 mars 1988 »); names with a date beside them are names.
  if (readPastDay(said, today)) return 'notNames';
  if ((said.match(/\p{L}/gu) ?? []).length < 3) return 'notNames';
  // A phone number, with or without spaces, anywhere in the answer.
  if ((said.match(/\d/g) ?? []).length >= 6) return 'notNames';
  return 'ok';
}

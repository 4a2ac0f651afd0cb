/**
 * What is not people's names, typed where names are asked (the parents of an act or of a young
 * person to register): an e-mail address (often the next answer, typed ahead), a date, a phone
 * number, digits alone, fewer than three letters, a bare « oui » or « non », « à mon nom » or « c'est moi ». Names in any alphabet, « inconnu », « Jean Dupont et Marie Martin » are
 * names. 'ok' or why not.
 */
import { emailIn } from '../domain/emailAddress';
import { prepare } from './frenchText';
import { saysOwnName } from './ownName';
import { readPastDay } from './pastDay';
import { asksWhy } from './whyAsked';
import { recognizeYesNo } from './yesNo';

/** 'email': one e-mail address is in the answer (the caller may keep it for its own question). */
export type NamesVerdict = 'ok' | 'email' | 'notNames';

export function checkNames(text: string, today: string): NamesVerdict {
  const said = text.trim();
  if (said.includes('@')) return emailIn(said) ? 'email' : 'notNames';
  // A date alone (« 12/03/1988 », « le 12 mars 1988 »); names with a date beside them are names.
  if (readPastDay(said, today)) return 'notNames';
  if ((said.match(/\p{L}/gu) ?? []).length < 3) return 'notNames';
  // « oui », « ok », « d'accord », « non » alone answer another question.
  const yesNo = recognizeYesNo(said);
  if (yesNo && !yesNo.rest) return 'notNames';
  // « à mon nom », « c'est moi », « le mien »: who the resident is, not people's names (the names are asked again).
  if (saysOwnName(said)) return 'notNames';
  // A phone number, with or without spaces, anywhere in the answer.
  if ((said.match(/\d/g) ?? []).length >= 6) return 'notNames';
  return 'ok';
}

/**
 * An answer to « Quel est son nom ? » that is not a name but a question or a doubt: 'why' (« pourquoi ? »,
 * « ça sert à quoi »), 'unsure' (« je sais pas », « c quoi déjà », « aucune idée »), 'question' (anything
 * else asked, « ? »). Undefined for what may be a name.
 */
export type NameIssue = 'why' | 'unsure' | 'question';

const UNSURE = /\b(?:je (?:ne )?(?:le |la |les )?sais (?:pas|plus)|sais pas|sait pas|aucune idee|pas d idee|je (?:ne )?(?:le |la )?connais pas|je (?:ne )?(?:m en )?(?:rappelle|souviens) (?:pas|plus)|(?:c est )?quoi (?:deja|encore)|deja\s*\??$|j ai oublie|oublie|je ne suis pas sure?|pas sure?|inconnue?|idk|dunno|i don t know|no idea)\b/;
const ASKS = /\?|^(?:c est )?(?:quoi|qui|comment|quel|quelle|quels|quelles|qu est ce|est ce|ou|combien|lequel|laquelle) \w|\bc est quoi\b/;

export function nameIssue(text: string): NameIssue | undefined {
  const said = prepare(text);
  if (asksWhy(text)) return 'why';
  if (UNSURE.test(said)) return 'unsure';
  return ASKS.test(said) ? 'question' : undefined;
}

/** « inconnu », « père inconnu », « Aminata Sow, père inconnue »: a parent said unknown, a real answer where parents are asked. */
const UNKNOWN_PARENT = /\binconnue?s?\b/;
/** Both unknown (« inconnus », « parents inconnus »); otherwise (« père inconnu », a name beside it) what was typed is the answer. */
const ONLY_UNKNOWN = /^(?:(?:les |mes |ses )?parents )?(?:sont )?inconnue?s?(?: tous les deux| les deux)?$/;

export function unknownParent(text: string): 'all' | 'some' | undefined {
  const said = prepare(text);
  if (!UNKNOWN_PARENT.test(said)) return undefined;
  return ONLY_UNKNOWN.test(said) ? 'all' : 'some';
}

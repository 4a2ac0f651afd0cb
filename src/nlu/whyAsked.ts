/**
 * « pourquoi ? » typed at a question: the resident asks why it is asked (« pourquoi ? », « pk »,
 * « ça sert à quoi », « c'est pour quoi ? », « c'est obligatoire ? »), with the usual slips
 * (« pourqoi », « porquoi », « pourkoi », « c pour quoi »). At a yes/no question « pourquoi pas » is a yes
 * (yesNo.ts), read as the answer before this.
 */
import { prepare } from './frenchText';

/** « pourquoi » and its slips: a missing or doubled letter, « k » for « qu », « pour quoi » in two words. */
const WHY_WORD = /\b(?:pou?r ?(?:qu?|k)o[iay]s?|pourquoi|why)\b/;
const WHAT_FOR = /\b(?:a quoi (?:ca |cela )?(?:sert|servir)|ca sert a quoi|obligatoire)\b/;

export function asksWhy(text: string): boolean {
  const said = prepare(text);
  return WHY_WORD.test(said) || WHAT_FOR.test(said);
}

/**
 * « c quoi la diff ? », « quelle différence ? », « c'est quoi la différence entre les deux » at a choice: the resident
 * asks what tells the options apart, which the question's reason explains (a « différente adresse » is not it).
 */
const DIFFERENCE = /\b(?:(?:la|les|quelle|quelles|quoi|une|what s the|what is the|the) diff(?:erence|erences|s)?|diff(?:erence|erences)? entre|difference between)\b/;

export function asksDifference(text: string): boolean {
  return DIFFERENCE.test(prepare(text));
}

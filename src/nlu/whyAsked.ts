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

/**
 * Yes or no, as residents say it (« ouais », « d'accord », « c'est bon », « non merci », « nan »,
 * « corriger »), in French or in English whatever the conversation's language (« yep », « nope »,
 * « not really »), with what follows kept: « non le nom c'est Moreau » is a « no » whose rest is
 * « le nom c'est Moreau ». A « oui » followed by a doubt (« oui mais… ») is neither.
 */
import { keptResults } from '../domain/text';
import { oneSlipApart } from './typos';

export type YesNo = 'yes' | 'no';

export interface YesNoAnswer {
  answer: YesNo;
  /** What came after the yes or the no, as typed (empty when nothing). */
  rest: string;
}

const YES = [
  'oui', 'o', 'ouais', 'ouai', 'ouaip', 'ouep', 'voui', 'oiu', 'carrement', 'yes', 'y', 'yep', 'yeah', 'ok', 'okay', 'oki', 'okey', 'd accord', 'dac', 'daccord',
  'c est bon', 'c bon', 'cest bon', 'c est ca', 'c est bien ca', 'c est juste', 'c est correct', 'c est exact', 'c est parfait', 'exact',
  'exactement', 'parfait', 'correct', 'bien sur', 'tout a fait', 'absolument', 'certainement', 'en effet', 'volontiers', 'je veux bien',
  'valider', 'je valide', 'valide', 'confirmer', 'je confirme', 'confirme', 'envoyer', 'vas y', 'allez y', 'go', 'sure', 'right', 'correct',
  'that s right', 'yes please', 'of course', 'pourquoi pas', 'oui pourquoi pas', 'ok pourquoi pas', 'why not', 'yup', 'yea', 'alright', 'all right', 'go ahead', 'confirm', 'i confirm', 'that s correct',
  'that is correct', 'that s it', 'perfect', 'sounds good', 'absolutely', 'definitely', 'indeed', 'sure thing', 'exactly', 'agreed',
];
const NO = [
  'non', 'n', 'nan', 'nope', 'no', 'pas du tout', 'non merci', 'merci non', 'corriger', 'je veux corriger', 'modifier', 'je veux modifier',
  'c est faux', 'faux', 'pas tout a fait', 'pas vraiment', 'pas exactement', 'erreur', 'il y a une erreur', 'ce n est pas ca', 'c est pas ca',
  'pas ca', 'no thanks', 'no thank you', 'wrong', 'not quite', 'absolument pas', 'surtout pas', 'jamais',
  // « en fait non », « finalement non »: the mind changed at the question.
  'en fait non', 'enfait non', 'finalement non', 'non finalement', 'non en fait', 'et puis non',
  'nah', 'no way', 'not really', 'not at all', 'incorrect', 'that s wrong', 'that s not right', 'not right', 'modify', 'change it', 'fix it',
];
/** Words after a « oui » that make it a doubt, not a yes. */
const DOUBT = /\b(mais|sauf|pas|non|faux|erreur|corriger|modifier|changer|but|wrong|except)\b/;
const POLITE = /\b(merci|svp|s il vous plait|stp|s il te plait|beaucoup|bien|please|thanks|thank you|pardon|desole|desolee|oups|oops|sorry|my bad|mdr+|lol+|ptdr+|xd+|haha+|hihi+)\b/g;
/** Sounds before the answer (« ah oui pardon », « euh non », « oh yes », « mdr ok »): skipped. */
const FILLERS = new Set(['ah', 'oh', 'ha', 'euh', 'eh', 'heu', 'bah', 'ben', 'hm', 'hmm', 'hum', 'uh', 'um', 'oups', 'oops', 'mdr', 'lol', 'ptdr', 'xd', 'haha', 'hihi']);

/** Lower case, no accents, apostrophes and punctuation as spaces, runs of a repeated letter shortened (« ouiiii »). */
export const fold = keptResults(foldNow, 5000);

function foldNow(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/n\s?°\s?/g, ' numero ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/([a-z])\1{2,}/g, '$1')
    .trim();
}

const byLength = (list: string[]) => [...new Set(list)].sort((a, b) => b.length - a.length);
const YES_FORMS = byLength(YES);
const NO_FORMS = byLength(NO);

/** The longest form the words start with, and how many words it takes. */
function leading(words: string[], forms: readonly string[]): number {
  const said = words.join(' ');
  for (const form of forms) {
    if (said === form || said.startsWith(`${form} `)) return form.split(' ').length;
  }
  const first = words[0] ?? '';
  // A slip on a long enough form: « ouii », « daccrd », « parfiat ».
  if (first.length >= 4 && forms.some((f) => f.length >= 3 && !f.includes(' ') && oneSlipApart(first, f))) return 1;
  return 0;
}

/** The rest of the original text after its first `count` words (punctuation between them skipped). */
function restAfter(text: string, count: number): string {
  const pattern = new RegExp(`^[^\\p{L}\\p{N}]*(?:[\\p{L}\\p{N}]+[^\\p{L}\\p{N}]+){${count}}`, 'u');
  const match = pattern.exec(`${text} `);
  return match ? `${text} `.slice(match[0].length).trim() : '';
}

/** Whether the message answers yes or no, and what it says after that. */
export function recognizeYesNo(text: string): YesNoAnswer | undefined {
  const all = fold(text).split(' ').filter(Boolean);
  let skipped = 0;
  while (skipped < all.length - 1 && FILLERS.has(all[skipped] as string)) skipped += 1;
  const words = all.slice(skipped);
  if (words.length === 0) return undefined;
  const no = leading(words, NO_FORMS);
  const yes = leading(words, YES_FORMS);
  if (no && no >= yes) return { answer: 'no', rest: restAfter(text, skipped + no) };
  if (!yes) return undefined;
  const after = words.slice(yes).join(' ');
  if (DOUBT.test(after)) return undefined;
  const extra = after.replace(POLITE, ' ').trim();
  // « oui c'est ça », « ok merci »: a yes; « oui » then more words: still a yes, the rest kept.
  return { answer: 'yes', rest: extra ? restAfter(text, skipped + yes) : '' };
}

/**
 * A yes that confirms an action (« confirmer », « je valide », « envoyer », « confirm »), not a plain « oui »: an answer to
 * « Confirmez-vous… ? », never to « Quelle facture voulez-vous voir ? » (a word of another question, a basket's « Confirmer »).
 */
const CONFIRMS = /^(?:(?:oui|ok|d accord) )?(?:je |i )?(?:confirm\w*|valid\w*|envoy\w*|go|go ahead)$/;
export function confirmsAnAction(text: string): boolean {
  return CONFIRMS.test(fold(text).replace(POLITE, ' ').replace(/\s+/g, ' ').trim());
}

/**
 * A yes or a no and nothing else, said plainly (« oui », « ouais », « yes », « non », « nope »), or twice (« oui oui »,
 * « non non »), not an option's word (« modifier », « valider »).
 */
const PLAIN_YES = 'oui|ouais|ouai|ouaip|voui|yes|yep|yeah|yup|yea|sure';
const PLAIN_NO = 'non|nan|no|nope|nah';
const PLAIN = new RegExp(
  `^(?:(?:ah|oh|euh|bah|ben|hm) )?(?:((?:${PLAIN_YES})(?: (?:${PLAIN_YES}))?)|((?:${PLAIN_NO})(?: (?:${PLAIN_NO}))?))(?: (?:merci|please|thanks|svp|stp|thank you|bien sur|of course))?$`,
);
export function plainYesNo(text: string | undefined): YesNo | undefined {
  const m = PLAIN.exec(fold(text ?? ''));
  return m ? (m[1] ? 'yes' : 'no') : undefined;
}

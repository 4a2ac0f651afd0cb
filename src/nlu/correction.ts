/**
 * What a « non » at a read-back says next: « le nom c'est Moreau », « l'e-mail est
 * j.moreau@example.org », « prénom : Lucie », « en fait c'est Durand le nom », « Durand pour le
 * nom, pas Dupont ». Split into what is corrected (to be matched against the fields) and the new
 * value, as typed; either may be missing. Given the fields that can be corrected, the field is
 * found wherever it is named in the sentence, and the value is what remains.
 */

import { saysOnlyADate, type ChoiceOption } from './choice';
import { fold } from './yesNo';

export interface Correction {
  /** The words that name what is wrong (« le nom »). */
  about: string;
  /** The new value, as typed (« Moreau »), when one is given. */
  value?: string;
}

const SEPARATOR = /\s*(?::|=|\bc['’]?\s?est\b|\best\b|\bplutôt\b|\bplutot\b|\bis\b|\bshould be\b)\s*/iu;

/** Words around a value that are not part of it (on the typed text, case and accents ignored). */
const FILLERS = [
  'oui mais', 'mais', 'non', 'pas', 'et non', 'attends', 'attendez', 'att', 'euh', 'désolée?', 'au lieu de', 'comme', 'en fait', 'en réalité', 'pardon', 'oups', 'oops', 'attention', 'correction', 'rectification', 'petite erreur',
  'erreur', 'je me suis trompée?', 'je me suis plantée?', 'vous vous êtes trompée?', "il faut mettre", 'il faut', 'mettez', 'mettre', "c['’]\\s?est", 'c est', 'c', 'est',
  "s['’]écrit", "s['’]appelle", 'plutôt', 'svp', "s['’]il vous plaît", 'merci',
];
/** The words before a field's name (« pour le nom », « l'e-mail »), taken away with it: an article left alone may begin a name (« Le Gall »). */
const ARTICLE = "(?:comme\\s+|(?:(?:pour|au niveau|sur|dans|et)\\s+)?(?:le|la|les|l['’]|l\\s|mon|ma|mes|son|sa|votre|du|de la|de|d['’])\\s*)";
const FILLER = new RegExp(`^(?:(?:${FILLERS.join('|')})(?=[\\s,.:;!]|$)[\\s,.:;!=]*)+|(?:[\\s,.:;!=]+(?:${FILLERS.join('|')}))+[\\s,.:;!]*$`, 'iu');
/** « …, pas Dupont », « … et non Dupont », « pas Dupont mais Durand ». */
const NOT_THIS = /[\s,]+(?:pas|et non|au lieu de|plutôt que|plutot que)\s+\S+\s*$/iu;
const NOT_THIS_BUT = /^(?:pas|non pas)\s+\S+\s+mais\s+/iu;
/**
 * Whose field it is, between the field's name and its value (« le prénom de mon fils c'est Louka », « le nom de
 * famille de mon père : Durand »): everything up to the first « c'est », « est », « c », « : » when the rest starts
 * with « de », « du », « d' ». A value that only starts so (« le nom c'est de Souza ») has no such word after it.
 */
const WHOSE = /^(?:de|du|des|d['’])\s.*?(?:[\s,](?:c['’]?\s?est|c|est)\s+|\s*[:=]\s*)/iu;
/** What only says that something is wrong: no new value. */
const ONLY_WRONG = /^(?:n est|n|est|ne va|va)$|^(?:n )?(?:est )?(?:pas )?(?:bon|bonne|juste|correct|correcte|exact|exacte|faux|fausse|mauvais|mauvaise|errone|erronee|incorrect|incorrecte|a corriger|a changer|ne va pas)(?: du tout)?$/;

function strip(text: string): string {
  let value = text.replace(NOT_THIS_BUT, '').replace(NOT_THIS, '').replace(/^[\s,.:;!=]+/, '').trim();
  for (let before = ''; before !== value; ) {
    before = value;
    value = value.replace(FILLER, '').trim();
  }
  return value.replace(/^["«“]\s*|\s*["»”]$/g, '').replace(/[.!]+$/, '').trim();
}

/**
 * The field named in the text, by a name or, when no field is named, by its value read back (the
 * longest found wins), with its names found there. A name also counts written in one word
 * (« email » for « E-mail ») and in the singular (« le prénom » for « Prénoms »); a value found inside the new value (« Benali » in
 * « karim.benali@… ») never beats a name.
 */
function namedField(text: string, options: readonly ChoiceOption[], current: readonly (string | undefined)[]): { index: number; names: string[] } | undefined {
  const said = ` ${fold(text)} `;
  const isIn = (f: string) => f.length >= 3 && said.includes(` ${f} `);
  const best = (hits: { index: number; names: string[]; longest: number }[]) => hits.filter((h) => h.longest > 0).sort((a, b) => b.longest - a.longest)[0];
  const byName = options.map((o, index) => {
    const forms = [o.label, ...(o.synonyms ?? [])]
      .map(fold)
      .flatMap((n) => [n, n.replace(/s\b/g, '')])
      .flatMap((n) => (n.includes(' ') ? [n, n.replace(/ /g, '')] : [n]));
    const names = forms.filter(isIn).sort((a, b) => b.length - a.length);
    return { index, names, longest: names[0]?.length ?? 0 };
  });
  const named = best(byName);
  if (named) return named;
  return best(options.map((_, index) => {
    const value = fold(current[index] ?? '');
    return { index, names: [], longest: isIn(value) ? value.length : 0 };
  }));
}

/** The typed text without the words of `form` (matched word by word, accents and case ignored). */
function without(text: string, form: string): string {
  const words = form.split(' ').map((w) => w.split('').map((ch) => `${ch}[\\u0300-\\u036f]*`).join(''));
  const pattern = new RegExp(`(^|[^\\p{L}])(?:${ARTICLE})?${words.join("[\\s'’-]+")}(?=$|[^\\p{L}])`, 'iu');
  return text.normalize('NFD').replace(pattern, '$1 ').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * `fields`: what can be corrected; `current`: their values as read back, in the same order (a
 * field is also named by its old value: « Durand, pas Dupont »).
 */
export function splitCorrection(rest: string, fields?: readonly ChoiceOption[], current: readonly (string | undefined)[] = []): Correction | undefined {
  const text = rest.trim();
  if (!text) return undefined;
  // « le 8 février » alone: the date is what is corrected, and that is its new value.
  if (saysOnlyADate(fold(text))) return { about: 'date', value: text };
  const named = fields ? namedField(text, fields, current) : undefined;
  if (named) {
    const about = fold((fields as readonly ChoiceOption[])[named.index]?.label ?? '');
    // « …, pas Dupont » goes first: the new value may hold the old one (« Marie-Claire, pas Marie »).
    const kept = text.replace(NOT_THIS_BUT, '').replace(NOT_THIS, '');
    const value = strip(named.names.reduce(without, kept).replace(WHOSE, ''));
    return value && fold(value) && !ONLY_WRONG.test(fold(value)) ? { about, value } : { about };
  }
  const match = SEPARATOR.exec(text);
  if (!match || match.index === 0) return { about: text };
  const about = text.slice(0, match.index).trim();
  const value = text.slice(match.index + match[0].length).trim().replace(/[.!]+$/, '');
  return value ? { about, value } : { about };
}

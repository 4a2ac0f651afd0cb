/**
 * Which of the options shown a message chose. Tried in order, the first that finds something
 * decides: the option's number (« 1 », « 1. », « le 1 », « n°1 », « le premier », « la
 * deuxième », « le dernier »); its label or a synonym, without accents or case; the label with
 * a small slip; a yes or a no for the options that mean one; then the label found in the
 * message, or the message found in one label. An answer that fits two options at the same step,
 * or a number that is not in the list, chooses nothing.
 */
import { saysACorrection } from './correctionCue';
import { DAY, MONTH, WD } from './dateWords';
import { oneSlipApart } from './typos';
import { fold, recognizeYesNo, type YesNo } from './yesNo';

export interface ChoiceOption {
  label: string;
  synonyms?: readonly string[];
  /** For yes/no questions: the option a « oui » (« d'accord », « c'est bon ») or a « non » chooses. */
  meaning?: YesNo;
}

export interface ChoiceMatch {
  index: number;
  /** For a yes or a no followed by more words (« non le nom c'est Moreau »): those words, as typed. */
  rest?: string;
}

const ORDINALS: Record<string, number> = {
  premier: 1, premiere: 1, '1er': 1, '1ere': 1, first: 1,
  deuxieme: 2, second: 2, seconde: 2, '2e': 2, '2eme': 2, '2nd': 2, '2nde': 2,
  troisieme: 3, third: 3, '3e': 3, '3eme': 3, quatrieme: 4, '4e': 4, '4eme': 4, fourth: 4,
  cinquieme: 5, '5e': 5, '5eme': 5, fifth: 5, sixieme: 6, '6e': 6, '6eme': 6, septieme: 7, '7e': 7, '7eme': 7,
  huitieme: 8, '8e': 8, '8eme': 8, neuvieme: 9, '9e': 9, '9eme': 9, dixieme: 10, '10e': 10, '10eme': 10,
};
const NUMBER_WORDS: Record<string, number> = { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, one: 1, two: 2, three: 3, four: 4, five: 5 };
const LAST = new Set(['dernier', 'derniere', 'last']);

const LEAD = /^(?:(?:c est quoi|c quoi|cest quoi|qu est ce que|c est|je choisis|je prends|je veux|je voudrais|plutot|alors|euh|reponse|choix|option|the|i choose|montre moi|montrez moi|montre|montrez|voir|afficher|affiche|affichez|ouvrir|ouvre|ouvrez|what is|what s|show me|show|open)\s+)*(?:(?:le|la|l|les|numero|num|no|n|nr|nb|number)\s+)*/;
const TAIL = /(?:\s+(?:merci|svp|stp|s il vous plait|please|thanks|choix|option|reponse|proposition|one))+$/;
const STOP = new Set(['le', 'la', 'les', 'l', 'de', 'du', 'des', 'd', 'un', 'une', 'et', 'a', 'au', 'aux', 'pour', 'par', 'en', 'mon', 'ma', 'mes', 'son', 'sa', 'ses', 'je', 'j', 'veux', 'voudrais', 'c', 'est', 'the', 'a', 'my', 'of', 'one', 'celle', 'celui']);

/** The message without « c'est », « le », « n° » before, nor « merci » after. */
function core(said: string): string {
  return said.replace(TAIL, '').replace(LEAD, '').trim();
}

/** The position the message names, 1-based; undefined when it names none. */
export function positionOf(said: string, count: number): number | undefined {
  const c = core(said);
  const digits = /^(\d{1,2})(?:\s?(?:er|ere|e|eme|nd|nde))?$/.exec(c);
  if (digits) return Number(digits[1]);
  if (c in ORDINALS) return ORDINALS[c];
  if (LAST.has(c)) return count;
  if (c in NUMBER_WORDS && said.split(' ').length <= 2) return NUMBER_WORDS[c];
  return undefined;
}

/** The message is an option's number and nothing else (« 3 », « 3. », « le 3 », « n°3 », « le troisième »), one of `count`. */
export function saysAPosition(text: string, count: number): boolean {
  const position = positionOf(fold(text), count);
  return position !== undefined && position >= 1 && position <= count;
}

/** Labels and synonyms folded (fold keeps its results: the same options come back at every question, tried several times each). */
const formsOf = (o: ChoiceOption) => [o.label, ...(o.synonyms ?? [])].map(fold).filter(Boolean);

/** The options for which `test` holds: one index, or none when zero or several. */
function only(options: readonly ChoiceOption[], test: (forms: string[], o: ChoiceOption) => boolean): number | 'none' | 'many' {
  const hits = options.map((o, i) => (test(formsOf(o), o) ? i : -1)).filter((i) => i >= 0);
  if (hits.length === 0) return 'none';
  return hits.length === 1 ? (hits[0] as number) : 'many';
}

/** Words that point at the place the question names (« j'habite ici » for « J'y habite »): nothing to match. */
const HERE = new Set(['ici', 'y', 'dedans', 'oui', 'nous', 'on', 'vous']);
/** Verbs said for one another in an answer (« je vis ici », « nous résidons ici » for « J'y habite »). */
const SAME_VERB: Record<string, string> = {
  vis: 'habite', vit: 'habite', vivons: 'habite', vivez: 'habite', reside: 'habite', residons: 'habite', demeure: 'habite',
  habitons: 'habite', habitez: 'habite', habitent: 'habite', paye: 'paie', payons: 'paie', payez: 'paie', paient: 'paie',
};
const contentWords = (text: string) => text.split(' ').filter((w) => w && !STOP.has(w) && !HERE.has(w));
const sameWord = (a: string, b: string) => {
  const x = SAME_VERB[a] ?? a;
  const y = SAME_VERB[b] ?? b;
  return x === y || (x.length >= 4 && y.length >= 4 && oneSlipApart(x, y));
};

/** Every word of a phrase, give or take one slip per word (« madamme », « extrai sans filiaton »). */
function nearPhrase(said: string, form: string): boolean {
  if (form.length < 4) return false;
  if (oneSlipApart(said, form)) return true;
  const a = said.split(' ');
  const b = form.split(' ');
  return a.length === b.length && a.length > 1 && a.every((w, i) => sameWord(w, b[i] as string));
}

/**
 * The message's words are only those of `subject` (« oui c'est pour un livret » at a livret de famille's
 * question): they name what the question is about, not one of its options.
 */
export function saysOnlySubject(text: string, subject: string): boolean {
  const words = contentWords(fold(text));
  const subjectWords = fold(subject).split(' ');
  return words.length > 0 && words.every((w) => subjectWords.some((s) => sameWord(w, s)));
}

/** The message holds the form, or the form holds all the message's words (« naissance » in « Acte de naissance »). */
function contains(said: string, form: string): boolean {
  if (form.length >= 3 && ` ${said} `.includes(` ${form} `)) return true;
  const words = contentWords(said);
  if (words.length === 0 || words.join('').length < 3) return false;
  const formWords = form.split(' ');
  return words.every((w) => formWords.some((f) => sameWord(w, f)));
}

/**
 * A date and nothing else (« le 8 février », « 08/02/1995 », « mardi 12 »), on fold()ed text: at a
 * yes/no read-back it says « no, the date is … », the date being what the resident meant.
 */
const DATE_ONLY = new RegExp(
  `^(?:(?:non|plutot|c est|ce sera|ce serait|en fait|pardon) )*(?:(?:le|la|du|pour le) )?(?:${WD} )?(?:${DAY} ${MONTH}(?: (?:19|20)\\d\\d)?|\\d{1,2} \\d{1,2}(?: (?:19|20)?\\d\\d)?|${DAY})$`,
);
export const saysOnlyADate = (said: string): boolean => DATE_ONLY.test(said);

/**
 * The message is one option's label or synonym, as a whole (give or take a slip): « francais » at « Française ».
 * A word that also works at any step (« français » switches the language) answers the question that shows it.
 */
export function namesAnOption(text: string, options: readonly ChoiceOption[]): boolean {
  const said = core(fold(text));
  if (!said) return false;
  return typeof only(options, (forms) => forms.some((f) => f === said || nearPhrase(said, f))) === 'number';
}

/** `strict`: the number, the label, a synonym or a yes/no only (where free text means something else, as at the menu). */
export function recognizeChoice(text: string, options: readonly ChoiceOption[], strict = false): ChoiceMatch | undefined {
  const said = fold(text);
  if (!said || options.length === 0) return undefined;
  const isExact = (forms: string[]) => forms.includes(said) || forms.includes(core(said));
  const position = positionOf(said, options.length);
  if (position !== undefined) {
    const exact = only(options, isExact);
    if (typeof exact === 'number') return { index: exact };
    return position >= 1 && position <= options.length ? { index: position - 1 } : undefined;
  }
  const exact = only(options, isExact);
  if (exact !== 'none') return typeof exact === 'number' ? { index: exact } : undefined;
  // A slip in a label comes before a slip in a yes or a no: « modifer » is « Modifier », not « non ».
  const near = strict ? 'none' : only(options, (forms) => forms.some((f) => nearPhrase(said, f)));
  if (near !== 'none') return typeof near === 'number' ? { index: near } : undefined;
  if (options.some((o) => o.meaning)) {
    // At a plain yes/no read-back (two options, a yes and a no), a date alone corrects the date read
    // back, and a correction (« en fait c'est Durand le nom ») says « no » as well as a « non ».
    const readBack = options.length === 2 && options.every((o) => o.meaning);
    const corrects = readBack && (saysOnlyADate(said) || saysACorrection(said, text));
    const yesNo = recognizeYesNo(text) ?? (corrects ? { answer: 'no' as const, rest: text.trim() } : undefined);
    if (yesNo) {
      const meant = only(options, (_, o) => o.meaning === yesNo.answer);
      if (typeof meant === 'number') return yesNo.rest ? { index: meant, rest: yesNo.rest } : { index: meant };
    }
  }
  if (strict) return undefined;
  // A yes or a no is said in so many words: « oui mais le prénom est faux » is not « Oui » in a sentence. An option that means
  // one is found there by its own words (« je veux payer ma facture » at « Payer »), never when the message says « pas ».
  const negated = NEGATION.test(said);
  const inside = only(options, (forms, o) => forms.some((f) => (!o.meaning || (!negated && !saysOnlyYesNo(f))) && contains(said, f)));
  return typeof inside === 'number' ? { index: inside } : undefined;
}

/** « ne », « pas », « jamais », « not »: the message says the option is not wanted. */
const NEGATION = /(?:^| )(?:ne|n|pas|plus|jamais|aucun|aucune|sans|not|don t|dont|never)(?: |$)/;

/** A form that is a yes or a no alone (« oui », « non merci »), not words of its own (« payer », « continuer »). */
function saysOnlyYesNo(form: string): boolean {
  const yesNo = recognizeYesNo(form);
  return yesNo !== undefined && yesNo.rest === '';
}

/**
 * Typing slips on the words that matter (« resrver », « cantnie », « facure », « annluer », « apelle »): a
 * word of five letters or more that is one slip (a letter missing, added, changed, or two
 * swapped) away from exactly one word of the vocabulary becomes that word. Doubled letters are
 * French's commonest misspelling (« anullez », « resservation », « adresse »/« addresse »): a word
 * that is a vocabulary word once doubled letters are written single is that word (before any
 * slip is looked for), and so is one with its hard c written « qu » or « k » (« quantine »). Other words are left as they are.
 */
import { oneSlipApart } from '../domain/text';

export { oneSlipApart };

const VOCABULARY = [
  'reserver', 'reservation', 'reservations', 'reserve', 'reservee', 'annuler', 'annulation', 'annule', 'annulez',
  'cantine', 'cantines', 'garderie', 'facture', 'factures', 'facturation', 'payer', 'paiement', 'payee', 'absent', 'absente',
  'absents', 'absence', 'malade', 'inscrire', 'inscription', 'inscrit', 'inscrite', 'horaires', 'horaire', 'ouvert', 'ouverte',
  'mercredi', 'mercredis', 'lundi', 'lundis', 'mardi', 'mardis', 'jeudi', 'jeudis', 'vendredi', 'vendredis', 'samedi',
  'dimanche', 'janvier', 'fevrier', 'avril', 'juillet', 'septembre', 'octobre', 'novembre', 'decembre', 'demain',
  'semaine', 'prochain', 'prochaine', 'vacances', 'loisirs', 'periscolaire', 'accueil', 'matin', 'soir', 'etude', 'etudes',
  'restauration', 'repas', 'connecter', 'connexion', 'compte', 'espace', 'naissance', 'mariage', 'electorale', 'electorales',
  'livret', 'famille', 'recensement', 'autorisation', 'domicile', 'changement', 'concubinage', 'maritale', 'justificatif',
  'document', 'telephone', 'coordonnees', 'adresse', 'contacter', 'numero', 'desinscrire', 'toussaint', 'printemps',
  'hiver', 'aujourd', 'signaler', 'enfant', 'enfants', 'attestation', 'certificat', 'centre', 'centres',
  'supprimer', 'supprime', 'enlever', 'retirer', 'ajouter', 'rajouter', 'appelle', 'appeler',
];
/** Common words one slip away from a vocabulary word, never to be « corrected ». */
const KEEP = new Set([
  'entre', 'apres', 'avant', 'quand', 'cette', 'notre', 'votre', 'leurs', 'aussi', 'depuis', 'encore', 'comme', 'mange',
  'ferme', 'heure', 'heures', 'place', 'passe', 'passer', 'faire', 'moins', 'repos', 'rentre', 'ventre', 'martin', 'marie',
  'compter', 'etait', 'ouvre', 'matins', 'soirs', 'payes', 'domiciles', 'annee', 'annees', 'contre', 'montre', 'contrat', 'annuel', 'annuels', 'annuelle', 'annuelles',
  // « j'ai appelé », « rappelez-moi », « un rappel »: not « appelle » (« qui j'apelle pour la cantine » is).
  'appele', 'appelee', 'appelez', 'appelles', 'rappelle', 'rappeler', 'rappelez', 'rappel', 'rappels', 'rappele',
]);
const WORDS = new Set([...VOCABULARY, ...KEEP]);

/** The word with each run of one letter written once: « annulez » and « anullez » are both « anulez ». */
const single = (word: string): string => word.replace(/(\w)\1+/g, '$1');
const LONG = VOCABULARY.filter((v) => v.length >= 5);
const SINGLE = new Map(LONG.map((v) => [v, single(v)]));
const onlyOne = (candidates: string[]): string | undefined => (candidates.length === 1 ? candidates[0] : undefined);

/** The same sounds written the other way (« absense », « sinéma »): among several one-slip words, the one it sounds like. */
const sound = (w: string) => w.replace(/ss|c(?=[eiy])|ç/g, 's');

/** The hard c written « qu » or « k » (« quantine », « kantine »): the word with it written « c ». */
const hardC = (w: string) => w.replace(/qu(?=[aou])|k(?=[aou])/g, 'c');
const VOCABULARY_SET = new Set(VOCABULARY);

const cache = new Map<string, string>();

export function correctWord(word: string): string {
  if (word.length < 5 || WORDS.has(word) || /\d/.test(word)) return word;
  const known = cache.get(word);
  if (known !== undefined) return known;
  const hard = hardC(word);
  const corrected = (hard !== word && VOCABULARY_SET.has(hard) ? hard : undefined) ??
    onlyOne(LONG.filter((v) => SINGLE.get(v) === single(word))) ??
    onlyOne(LONG.filter((v) => oneSlipApart(word, v))) ??
    onlyOne(LONG.filter((v) => oneSlipApart(word, v) && sound(v) === sound(word))) ??
    word;
  if (cache.size < 10_000) cache.set(word, corrected);
  return corrected;
}

/** The months a word of four letters may be a slip of (not « mai »: « mail », « main », « mais » are words). */
const MONTHS = ['avril', 'juin', 'mars', 'aout'];
const DAY_NUMBER = /^(?:[1-9]|[12]\d|3[01]|0[1-9]|1er|premier)$/;

/** Two letters side by side swapped (« jiun », « mras », « auot »), or a letter left out (« avrl »): not a letter changed (« mais », « tout »). */
function swappedOrShort(word: string, month: string): boolean {
  if (month.length === word.length + 1) return [...month].some((_, i) => month.slice(0, i) + month.slice(i + 1) === word);
  if (month.length !== word.length) return false;
  return [...month].some((_, i) => i + 1 < month.length && month.slice(0, i) + month[i + 1] + month[i] + month.slice(i + 2) === word);
}

/**
 * Words under five letters are not corrected (too many words are a slip apart), but right after a day's number a word of
 * four letters that is a month with two letters swapped or one left out is that month: « 27 avrl », « 4 jiun », « le 3 auot ».
 */
export function monthAfterDay(word: string, previous: string | undefined): string | undefined {
  if (word.length !== 4 || !previous || !DAY_NUMBER.test(previous) || MONTHS.includes(word)) return undefined;
  return onlyOne(MONTHS.filter((m) => swappedOrShort(word, m)));
}

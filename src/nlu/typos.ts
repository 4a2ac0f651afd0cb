/**
 * Typing slips on the words that matter (« resrver », « cantnie », « facure », « annluer »): a
 * word of five letters or more that is one slip (a letter missing, added, changed, or two
 * swapped) away from exactly one word of the vocabulary becomes that word. Other words are left
 * as they are.
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
];
/** Common words one slip away from a vocabulary word, never to be « corrected ». */
const KEEP = new Set([
  'entre', 'apres', 'avant', 'quand', 'cette', 'notre', 'votre', 'leurs', 'aussi', 'depuis', 'encore', 'comme', 'mange',
  'ferme', 'heure', 'heures', 'place', 'passe', 'passer', 'faire', 'moins', 'repos', 'rentre', 'ventre', 'martin', 'marie',
  'compter', 'etait', 'ouvre', 'matins', 'soirs', 'payes', 'domiciles', 'annee', 'annees',
]);
const WORDS = new Set([...VOCABULARY, ...KEEP]);

const cache = new Map<string, string>();

export function correctWord(word: string): string {
  if (word.length < 5 || WORDS.has(word) || /\d/.test(word)) return word;
  const known = cache.get(word);
  if (known !== undefined) return known;
  const candidates = VOCABULARY.filter((v) => v.length >= 5 && oneSlipApart(word, v));
  const corrected = candidates.length === 1 ? (candidates[0] as string) : word;
  if (cache.size < 10_000) cache.set(word, corrected);
  return corrected;
}

/**
 * Which papers enrolling a child takes, asked (« ya un papier à fournir pour inscrire à la cantine ? », « il faut quoi comme
 * papiers pour inscrire mon fils à l'école », « quelles pièces justificatives pour l'inscription périscolaire ? »): the
 * enrolment service's question, not papers to send here (« j'envoie les papiers pour l'inscription » sends one).
 * Works on prepare()d text.
 */

const ENROL = /\b(?:inscri\w*|reinscri\w*|inscription\w*)\b/;
/** Papers named, or what it takes asked (« il faut quoi pour inscrire… »). */
const PAPERS = /\b(?:papiers?|documents?|pieces?|justificatifs?|dossier a (?:fournir|remplir)|il faut quoi|faut quoi|qu est ce qu il faut|que faut il|ce qu il faut)\b/;
/** Asked, not told: which ones, whether some are needed. */
const ASKED = /\?|\b(?:quels?|quelles?|lesquels|lesquelles|quoi|a fournir|a apporter|a donner|a prevoir|a remplir|faut|besoin|necessaires?|demandes?|exiges?|liste|ya|y a t il|il y a)\b/;
/** The school or the périscolaire: a child's enrolment (never the electoral roll, the crèche, a club). */
const CHILD_CARE = /\b(?:cantine|restauration|periscolaire|garderie|accueils?|centre|mercredis?|etude|ecole|scolaire|maternelle|cp|rentree|fils|fille|enfants?|petit|petite|bebe)\b/;
const OTHER_ROLL = /\b(?:electora\w*|elections?|vote\w*|recensement|creche|club|conservatoire|mediatheque|bibliotheque|sport\w*|piscine)\b/;
/** A booking asked with it (« inscrire Léa à la cantine lundi »). */
const BOOKS = /\b(?:reserv\w*|annul\w*|lundi|mardi|mercredi|jeudi|vendredi|demain)\b/;

export function asksEnrolmentPapers(said: string): boolean {
  return ENROL.test(said) && PAPERS.test(said) && ASKED.test(said) && CHILD_CARE.test(said) && !OTHER_ROLL.test(said) && !BOOKS.test(said.replace(/\bmercredis?\b(?= (?:apres|matin|loisirs))/g, ''));
}

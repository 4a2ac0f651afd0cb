/**
 * Who may collect a child from the care, asked (« ma voisine peut la récupérer au centre ? », « c'est qui qui peut venir
 * chercher mon fils à la garderie ? », « mamie peut venir chercher Léa à la garderie ? »): the périscolaire service's
 * question (the people allowed are in the child's file there), never a booking. The time to come (« jusqu'à quelle
 * heure je peux venir le chercher ? ») is the hours'. Works on prepare()d text.
 */

/** Collecting the child. */
const COLLECT = /\b(?:recuper\w*|(?:venir|viens|vient|viendra|viendront|passer|passe|aller|va|vais) (?:le |la |les |l )?(?:chercher|prendre|recuperer)|(?:le|la|les) (?:chercher|prendre)|sortir)\b/;
/** Someone other than the parent, or « who ». */
const WHO = /\b(?:qui|quelqu un(?: d autre)?|une autre personne|(?:une |d autres |des )?personnes?|tiers|voisine?s?|nounou|assistante? maternelle|baby ?sitt\w*|mamie|papi|papy|mami|grand (?:mere|pere|frere|soeur)|grands parents|(?:sa|ma|son|mon|leur|notre|le|la) (?:mari|femme|conjointe?|compagnon|compagne|ex|papa|maman|mere|pere|tante|oncle|cousine?|soeur|frere|amie?|copine?|copain|belle mere|beau pere|marraine|parrain|grand mere|grand pere)|(?:un |une |mon |ma )?(?:amie?|copine?|copain|collegue)|autoris\w*|droit)\b/;
/** The child or the care. */
const CHILD = /\b(?:mon fils|ma fille|mon enfant|mes enfants|mon petit|ma petite|mon garcon|les enfants|l enfant|(?:le|la|les) (?:recuper\w*|chercher|prendre))\b/;
const CARE = /\b(?:cantine|garderie|centre|accueils?|periscolaire|etude|ecole|sortie de l ecole|mercredi)\b/;
/** When, not who (the hours), or a task said with it. */
const NOT_WHO = /\b(?:heures?|horaires?|jusqu|a partir|tard|tot|reserv\w*|annul\w*|inscri\w*|absen\w*|factur\w*|colis|acte|livret|papiers?|documents?|mot de passe|identifiants?|code|cle)\b/;

export function asksWhoCollects(said: string): boolean {
  return COLLECT.test(said) && WHO.test(said) && (CHILD.test(said) || CARE.test(said)) && !NOT_WHO.test(said);
}

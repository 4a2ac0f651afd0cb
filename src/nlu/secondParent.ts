/**
 * Whether another parent can have access (« xavier mon mari peut aussi se connecter ? », « est-ce que
 * le papa peut avoir un compte ? », « on peut être deux sur l'espace ? »): a question about the
 * family's accounts, never a sign-in. Works on prepare()d text.
 */

/** The other parent named (« mon mari », « le papa », « l'autre parent », « on est deux »). */
const OTHER_PARENT =
  /\b(?:mon (?:mari|conjoint|epoux|compagnon|concubin|ex(?: mari| conjoint)?)|ma (?:femme|conjointe|epouse|compagne|concubine)|(?:le|son|leur) (?:papa|pere)|(?:la|sa|leur) (?:maman|mere)|l (?:autre|ex) (?:parent|conjoint)|(?:le|un) (?:second|deuxieme|2e|2eme|2nd|autre) parent|(?:les|aux) (?:deux|2) parents|(?:mon|ma) partenaire)\b/;
/** « on peut être deux », « à deux sur le même compte »: two people on the account, no one named. */
const TWO_OF_US = /\b(?:etre (?:deux|2)|a (?:deux|2) sur|(?:deux|2) (?:comptes|espaces|acces)|compte (?:commun|partage|joint)|partager (?:le |l |mon |notre )?(?:compte|espace|acces))\b/;
/** What is asked for them: to sign in, an access, an account of their own, the same account. */
const ACCESS =
  /\b(?:(?:se|s) (?:connecter|connecte|identifier)|connexion|acces|acceder|(?:un|son|son propre|un autre|le meme|mon|notre) (?:compte|espace)|compte|espace|identifiants?|utiliser (?:l appli|le site|l espace|le compte))\b/;
/** A question or a wish, not a statement (« mon mari s'est connecté hier » stays what it is). */
const ASKS = /\?|\b(?:peut|peuvent|pourrait|pourraient|puis je|est ce que|est ce qu|possible|comment|faut il|doit il|doit elle|veut|voudrait|aimerait|aussi|egalement)\b/;

export function asksSecondParentAccess(said: string): boolean {
  return (OTHER_PARENT.test(said) || TWO_OF_US.test(said)) && ACCESS.test(said) && ASKS.test(said);
}

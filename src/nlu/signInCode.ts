/**
 * The code the sign-in sends by e-mail (six digits, asked at each sign-in), told apart from the family key (the « code
 * famille » or « Clé Enfance » the commune sends by post): « j'ai pas reçu le code », « le code 482913 marche pas »,
 * « ça fait 10 min que j'attends le code de connexion ». A code named as the family's (« code famille », « un code par
 * courrier », « la clé ») or another code (« code postal », « code d'accès ») is not this one.
 * Works on prepare()d text, politeness removed.
 */

/** The code named as the sign-in's: its name, its six digits, the mail it comes by. */
const NAMED = /\bcode (?:de |d )?(?:connexion|connection|validation|verification|confirmation|securite|identification)\b|\bcode (?:a )?(?:6|six) chiffres\b|\bcode (?:recu )?(?:(?:par|dans (?:le|mon|l|ma)) )?(?:mail|e ?mail|courriel|sms|texto|boite)\b|\bcode \d{6}\b|\b\d{6}\b.{0,20}\bcode\b/;
/** A code not come or refused: what is said of the sign-in's when it fails (« pas reçu », « arrive jamais »). */
const TROUBLE = /\b(?:pas|jamais|toujours pas|rien|plus|aucun) (?:\w+ )?(?:recu|arrive|eu|marche|fonctionne|valide|passe|accepte|bon|reconnu)\b|(?<!\b(?:j|je|on|nous|je n|j n|on n|nous n) )\b(?:n )?(?:arrive|arrivent|vient|viennent|marche|fonctionne|passe) (?:pas|jamais|toujours pas|plus)\b|\b(?:j attends|attends|attend|expire|invalide|incorrect|errone|perime)\w*\b/;
/** The family's code, or another code. */
const OTHER_CODE = /\b(?:cle|famill\w*|familial\w*|enfance|enfants?|courrier|lettre|papier|poste|postal|dossier|16|seize|rattach\w*)\b|\bcode (?:promo|barre|de la route|d acces|pin|secret|wifi|de la porte|portail)\b/;

export const saysSignInCode = (said: string): boolean => /\bcode\b/.test(said) && (NAMED.test(said) || TROUBLE.test(said)) && !OTHER_CODE.test(said);

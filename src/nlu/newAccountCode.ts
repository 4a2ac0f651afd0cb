/**
 * The code that validates an account being created, not come: « j'ai pas reçu le code pour valider le compte que je viens de
 * créer », « le code d'activation de mon nouveau compte n'arrive pas », « I never got the code to activate my new account ».
 * The account is not made yet: its creation goes on (create_account), not a sign-in. Works on prepare()d text, politeness removed.
 */

const VALIDATES = /\b(?:valider|validation|activer|activation|confirmer|confirmation|finaliser|terminer|finir|activate|confirm|verify|validate)\b.{0,30}\b(?:compte|espace|inscription|account)\b|\b(?:compte|espace|account)\b.{0,20}\b(?:(?:que )?(?:je viens|j ai|on vient|nous venons|on a) (?:juste |tout juste )?(?:de creer|d ouvrir|cree|ouvert)|nouveau|nouvel|nouvellement cree|just (?:created|opened|made)|new)\b|\b(?:nouveau|nouvel|new) (?:compte|espace|account)\b/;

export const validatesNewAccount = (said: string): boolean => VALIDATES.test(said);

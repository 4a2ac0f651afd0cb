/**
 * The resident's own e-mail refused when signing in: « mon adresse yahoo passe pas », « mon mail gmail marche pas », « mon
 * adresse hotmail n'est pas reconnue »: a sign-in trouble, not a postal address (a move) nor a contact asked. Works on prepare()d
 * text. A mail to change (« j'ai changé de mail ») or mails not received (« je ne reçois pas les mails ») are not here.
 */

const PROVIDER = String.raw`(?:gmail|yahoo|hotmail|outlook|orange|free|sfr|laposte|wanadoo|icloud|live|msn|bbox|neuf)(?: (?:fr|com))?`;
/** « mon mail », « mon adresse mail », « mon adresse yahoo », « mon gmail ». */
const OWN_MAIL = String.raw`(?:mon|ma|notre) (?:(?:adresse )?(?:e ?mail|email|mail|courriel|mel)(?: ${PROVIDER})?|adresse ${PROVIDER}|${PROVIDER})`;
/** Refused by the portal. */
const FAILS = String.raw`(?:ne |n )?(?:marche|fonctionne|passe|est accepte\w*|est reconnu\w*|accepte|reconnait) (?:pas|plus)|(?:n est |est )?(?:pas|plus|jamais) (?:reconnue?|acceptee?|valide)|(?:est )?(?:refusee?|invalide|inconnue?)`;

const MAIL_FAILS = new RegExp(String.raw`\b${OWN_MAIL}(?: (?!(?:et|mais|pour)\b)[a-z]+){0,3}? (?:${FAILS})\b`);

export const mailFails = (said: string): boolean => MAIL_FAILS.test(said);

/** « …passe pas qd jcree le compte »: refused while the account is being created (its creation goes on), not at sign-in. */
const CREATING = /\b(?:j ?cree|cree|creer|creation|ouvr\w*|inscri\w*)\b(?: [a-z]+){0,2} (?:compte|espace)\b/;

/** What the e-mail refused asks: the sign-in, or the account's creation; undefined where it is not said. */
export const mailFailsAt = (said: string): 'sign_in' | 'create_account' | undefined => (mailFails(said) ? (CREATING.test(said) ? 'create_account' : 'sign_in') : undefined);

/**
 * The family key missing or failing, whatever it was wanted for: « je n'ai pas reçu ma clé pour réserver le 15 », « j'ai perdu mon code
 * famille, je voudrais payer la facture », « ma clé enfance ne marche pas, impossible d'inscrire Léo lundi »: the key is the problem to
 * solve (the booking or the payment waits for it). Works on prepare()d text. « mon code » alone may be the sign-in's: not here.
 */

/** The family key: « ma clé », « la clé enfance », « le code famille », « notre clé d'accès ». Not another key (« la clé de la maison », « clé USB »). */
const KEY = String.raw`(?:(?:(?:ma|mon|la|le|notre|nos|mes|les|cette|sa|son) )?(?:cles?|codes?) (?:famille|enfance|familiale?|enfants?|d acces(?: famille)?)|(?:ma|la|notre|cette) cle)\b(?! (?:usb|de (?:la )?maison|de (?:la )?voiture|du (?:portail|garage|casier)|de chez)\b)`;
/** Not received, lost, not working. */
const FAILS = String.raw`(?:n ?(?:ai|avons|a|ont) (?:(?:toujours|jamais|pas|encore|toujours pas|pas encore) )+(?:recu|eu)|(?:pas|jamais) (?:encore |toujours )?recue?|perdue?|egaree?|paumee?|(?:ne )?(?:la |le )?retrouve (?:plus|pas)|(?:ne )?(?:marche|fonctionne|passe) (?:pas|plus)|(?:est |semble )?(?:invalide|refusee?|bloquee?|expiree?|inconnue?|incorrecte?)|pas valide)`;

const KEY_FAILS = new RegExp(String.raw`\b${FAILS}\b(?: [a-z]+){0,3}? ${KEY}|\b${KEY}(?: (?!(?:pour|pr|et|mais)\b)[a-z]+){0,4}? ${FAILS}\b`);

export const keyFails = (said: string): boolean => KEY_FAILS.test(said);

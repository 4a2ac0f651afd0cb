/**
 * The account's confirmation mail not received after creating it (prepare()d text): « le mail de validation du compte j'l'ai jamais
 * reçu, j'ai créé le compte tout à l'heure », « jamais reçu l'email d'activation de mon compte ». The account's creation goes on
 * (create_account: its mail sent again), neither the commune's contact nor a sign-in.
 */

/** The mail or link that validates a new account. */
const MAIL = '(?:mail|e ?mail|email|courriel|lien|message)s? (?:de |d )(?:validation|confirmation|activation|verification)(?: (?:de |du |d )(?:mon |mon nouveau |notre |l |le )?(?:compte|espace|inscription))?';
/** Not received, before or after it. */
const MISSING = new RegExp(`\\b(?:(?:pas|jamais|toujours pas|rien) (?:encore )?recue?s?|(?:j ai|je n ai|on n a|j) (?:pas|jamais|toujours pas) (?:recu|eu))\\b(?: (?:le|la|l|de|d|mon|aucun))? ${MAIL}\\b|\\b${MAIL}\\b(?: [a-z]+){0,4}? (?:(?:n est |est )?(?:pas|jamais|toujours pas) (?:arrivee?|recue?|venue?)|(?:je|j|on) (?:ne |n )?(?:l )?(?:ai|a|l ai|lai|jlai) (?:pas|jamais|toujours pas) (?:recue?|eu))\\b|\\bjlai jamais recu\\b`);

export const accountMailMissing = (said: string): boolean => MISSING.test(said) && new RegExp(`\\b${MAIL}`).test(said);

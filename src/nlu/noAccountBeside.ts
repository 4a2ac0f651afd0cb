/**
 * « réserver la cantine jeudi pour Léa, j'ai pas de compte », « book lunch on Friday, I don't have an account »: the writer's own missing account told beside a request for the
 * family's tasks. The account is created first; the request, without those words, is what to serve once it exists (the sign-up
 * keeps it). Works on prepare()d text.
 */

/** « j'ai pas de compte », « je n'ai pas encore d'espace sur le site », « mais pas de compte », « jamais eu de compte ». */
const NO_ACCOUNT =
  /(?:^|,|\b(?:mais|et|car|sauf que|par contre|du coup)\b)? ?\b(?:(?:je n ai|j ai|nous n avons|on n a|on a|moi) )?(?:pas|aucun|toujours pas|pas encore|encore aucun|jamais eu|jamais cree|jamais ouvert)(?: de| d| un)? (?:compte|espace)(?: (?:sur|a|chez) (?:le |l |la |votre |vous|ce )?(?:site|portail|espace(?: citoyens?)?|application|appli)?)?\b(?: (?:encore|ici|chez vous))? ?[.,!]?/g;

/** In English: « I don't have an account », « no account yet », « we have no account ». */
const NO_ACCOUNT_ENGLISH = /(?:^|,|\b(?:but|and|as)\b)? ?\b(?:(?:i|we) (?:don t|do not|dont|have no|haven t got an?|have not got an?)(?: have)?(?: an?| any)? (?:account|space)|no account)(?: yet)?\b ?[.,!]?/g;

/** The request told beside a missing account, its words without those; undefined when no missing account is told, or nothing else is said. */
export function requestBesideNoAccount(prepared: string): string | undefined {
  const said = (re: RegExp) => {
    re.lastIndex = 0;
    const found = re.test(prepared);
    re.lastIndex = 0;
    return found;
  };
  if (!said(NO_ACCOUNT) && !said(NO_ACCOUNT_ENGLISH)) return undefined;
  const rest = prepared.replace(NO_ACCOUNT, ' ').replace(NO_ACCOUNT_ENGLISH, ' ').replace(/\s+/g, ' ').replace(/^[ ,.]+|[ ,.]+$/g, '').trim();
  return rest === '' ? undefined : rest;
}

/**
 * « réserver la cantine jeudi pour Léa, j'ai pas de compte »: the writer's own missing account told beside a request for the
 * family's tasks. The account is created first; the request, without those words, is what to serve once it exists (the sign-up
 * keeps it). Works on prepare()d text.
 */

/** « j'ai pas de compte », « je n'ai pas encore d'espace sur le site », « mais pas de compte », « jamais eu de compte ». */
const NO_ACCOUNT =
  /(?:^|,|\b(?:mais|et|car|sauf que|par contre|du coup)\b)? ?\b(?:(?:je n ai|j ai|nous n avons|on n a|on a|moi) )?(?:pas|aucun|toujours pas|pas encore|encore aucun|jamais eu|jamais cree|jamais ouvert)(?: de| d| un)? (?:compte|espace)(?: (?:sur|a|chez) (?:le |l |la |votre |vous|ce )?(?:site|portail|espace(?: citoyens?)?|application|appli)?)?\b(?: (?:encore|ici|chez vous))? ?[.,!]?/g;

/** The request told beside a missing account, its words without those; undefined when no missing account is told, or nothing else is said. */
export function requestBesideNoAccount(prepared: string): string | undefined {
  if (!NO_ACCOUNT.test(prepared)) return undefined;
  NO_ACCOUNT.lastIndex = 0;
  const rest = prepared.replace(NO_ACCOUNT, ' ').replace(/\s+/g, ' ').replace(/^[ ,.]+|[ ,.]+$/g, '').trim();
  return rest === '' ? undefined : rest;
}

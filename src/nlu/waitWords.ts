/**
 * « att je la cherche », « un instant », « attendez je regarde », « wait »: the resident asks for time, at a
 * question whose answer they are fetching (a key, a code, a paper). Not an answer, not a try: the question
 * waits. Read on normalize()'s output (small letters, no accents).
 */
const WAIT =
  /^(?:att|atten(?:ds|dez|d)|un (?:instant|moment)|une (?:minute|seconde|sec)|(?:2|deux) (?:sec|secondes?|min|minutes?)|moment|patience|wait|hold on|one (?:moment|sec|second|minute)|just a (?:moment|sec|second|minute))\b|\bje (?:la |le |les |l )?(?:cherche|regarde)\b|\bje vais (?:la |le |les |l )?(?:chercher|regarder)\b|\blet me (?:check|find|look)\b|\bi m (?:looking|checking)\b/;

/** The resident asks for time and gives nothing else (no digit: a key or a code typed after « att » is an answer). */
export const asksToWait = (normalized: string): boolean => !/\d/.test(normalized) && WAIT.test(normalized.trim());

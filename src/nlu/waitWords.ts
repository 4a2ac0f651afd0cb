/**
 * « att je la cherche », « un instant svp », « attendez je regarde », « wait »: the resident asks for time, at a
 * question whose answer they are fetching (a key, a paper, a date). Not an answer, not a try: the question waits.
 * The whole message must be made of such words (« je cherche un acte de naissance » asks something). Read on
 * normalize()'s output (small letters, no accents).
 */
/** Words that ask for time, a wait word first in « att je regarde le calendrier ». */
const WAIT_WORD = "att|atten(?:ds|dez|d)|un (?:instant|moment)|une (?:minute|seconde|sec)|wait|hold on|one (?:moment|sec|second|minute)|just a (?:moment|sec|second|minute)";
/** Looking for the answer: « je la cherche », « let me check ». */
const LOOKING_FOR = "je (?:la |le |les |l )?(?:cherche|regarde|verifie)|je vais (?:la |le |les |l )?(?:chercher|regarder)|let me (?:check|find it|look)|i m (?:looking|checking)";
const OTHER_WAIT = "(?:2|deux) (?:sec|secondes?|min|minutes?)|moment|patience|je reviens";
/** Politeness and fillers that may come with them. */
const FILLER = "svp|stp|s il vous plait|s il te plait|please|merci|oui|ok|euh|alors";

/** Only such words, at least one asking for time. */
const ONLY_WAIT = new RegExp(`^(?:(?:${FILLER}) )*(?:${WAIT_WORD}|${LOOKING_FOR}|${OTHER_WAIT})(?: (?:${WAIT_WORD}|${LOOKING_FOR}|${OTHER_WAIT}|${FILLER}))*$`);
/** A wait word, then what is being looked at (« att je regarde le calendrier », « un instant je vérifie mes dates »). */
const WAIT_LOOKING = new RegExp(`^(?:${WAIT_WORD}) (?:${LOOKING_FOR})\\b[a-z ]*$`);

/** The resident asks for time and says nothing else. */
export const asksToWait = (normalized: string): boolean => {
  const text = normalized.replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
  return ONLY_WAIT.test(text) || WAIT_LOOKING.test(text);
};

/**
 * « att je la cherche », « un instant svp », « attendez je regarde », « wait »: the resident asks for time, at a
 * question whose answer they are fetching (a key, a paper, a date). Not an answer, not a try: the question waits.
 * The whole message must be made of such words (« je cherche un acte de naissance » asks something). Read on
 * normalize()'s output (small letters, no accents).
 */
const PIECE = [
  'att', 'atten(?:ds|dez|d)', 'un (?:instant|moment)', 'une (?:minute|seconde|sec)', '(?:2|deux) (?:sec|secondes?|min|minutes?)', 'moment', 'patience',
  'je (?:la |le |les |l )?(?:cherche|regarde)', 'je vais (?:la |le |les |l )?(?:chercher|regarder)', 'je reviens',
  'wait', 'hold on', 'one (?:moment|sec|second|minute)', 'just a (?:moment|sec|second|minute)', 'let me (?:check|find it|look)', 'i m (?:looking|checking)',
  'svp', 'stp', 's il vous plait', 's il te plait', 'please', 'merci', 'oui', 'ok', 'euh', 'alors',
].join('|');
const WAIT = new RegExp(`^(?:(?:${PIECE})\\s*)+$`);
const ASKS = /\b(?:att|atten\w*|instant|moment|minutes?|min|sec\w*|patience|cherche\w*|regarde\w*|reviens|wait|hold|let me|looking|checking)\b/;

/** « att je regarde le calendrier », « un instant je vérifie mes dates »: a wait word first, then what is being looked at. */
const LOOKING = /^(?:att|atten(?:ds|dez|d)|un (?:instant|moment)|une (?:minute|seconde|sec)|wait|hold on|one (?:moment|sec|second|minute)) (?:je (?:regarde|verifie|cherche)|i m (?:looking|checking)|let me (?:check|look))\b[a-z ]*$/;

/** The resident asks for time and says nothing else. */
export const asksToWait = (normalized: string): boolean => {
  const text = normalized.replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
  return text !== '' && ((WAIT.test(text) && ASKS.test(text)) || LOOKING.test(text));
};

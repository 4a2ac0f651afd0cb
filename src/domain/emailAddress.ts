/** E-mail addresses: normalized, checked as plausible, and found in a resident's answer. */
import { hasControls } from './text';

const EMAIL = /^[^\s@"<>(),;:]+@[^\s@"<>(),;:]+\.[^\s@"<>(),;:]{2,}$/;

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
/** A plausible address: one @, a dotted domain, no spaces, quotes or control characters, 254 characters at most. */
export const isEmail = (email: string): boolean => !hasControls(email) && EMAIL.test(normalizeEmail(email)) && email.length <= 254;

/** What may hold an address in an answer: a run around one @, up to spaces, quotes, brackets and « ». */
const EMAIL_IN_TEXT = /[^\s@"<>(),;:«»[\]]+@[^\s@"<>(),;:«»[\]]+/g;

/**
 * The e-mail address in an answer: the whole answer (« Julie@Exemple.fr »), or the one address said
 * in a sentence (« mon mail c'est julie@exemple.fr », « voici mon adresse : julie@exemple.fr. »),
 * normalized, « @ » typed with spaces around it or said « arobase » too; undefined when there is none or
 * when two different ones are given.
 */
export function emailIn(answer: string): string | undefined {
  if (hasControls(answer) || answer.length > 1000) return undefined;
  // Most answers hold no « @ » and no word for it: none of the patterns below can match (asked of every message at several places).
  if (!MAY_HOLD_AT.test(answer)) return undefined;
  const spoken = spokenAt(answer);
  // « julie point durand arobase … »: where the address begins is not known, never guessed.
  return addressIn(answer) ?? (/\b(?:point|dot)\s+[^\s@]+@/iu.test(spoken) ? undefined : addressIn(spoken));
}

/** « @ » said in words or set apart by spaces (« sophie.martin arobase gmail.com », « sophie.martin @ gmail.com », « (at) »): one address again. */
const SPOKEN_AT = /\s*(?:@|\barobase\b|\barrobase\b|\(at\)|\[at\])\s*/giu;
/** What every match of SPOKEN_AT holds (same flags: the same case folding), and so every address: without it, no address. */
const MAY_HOLD_AT = /@|arr?obase|\(at\)|\[at\]/iu;
/** « gmail point com » after it: the dot said. */
const SPOKEN_DOT = /(@[^\s@]+)\s+point\s+([a-z]{2,6})\b/giu;
const spokenAt = (answer: string): string => answer.replace(SPOKEN_AT, '@').replace(SPOKEN_DOT, '$1.$2');

function addressIn(answer: string): string | undefined {
  const found = new Set<string>();
  for (const m of answer.matchAll(EMAIL_IN_TEXT)) {
    // A sentence's end or an opening quote is not part of the address.
    const candidate = m[0].replace(/^['’`]+/, '').replace(/[.!?'’`…]+$/, '');
    if (isEmail(candidate)) found.add(normalizeEmail(candidate));
  }
  return found.size === 1 ? [...found][0] : undefined;
}

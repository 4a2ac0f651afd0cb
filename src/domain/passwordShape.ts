/**
 * A password typed in the chat as a whole message (« MotDePasse!2026 », « soleil2024! »), though the bot
 * says to type it only on the secure page: one word of 8 to 64 characters with a lower-case letter, a
 * digit, and a sign (« ! », « # », « * »…) or a capital after a lower-case letter. Hidden wherever text is kept (src/redact.ts), and answered with a
 * warning (dialogs/passwordAside.ts). Not a password: an e-mail, a web address, a file's name, a family key or a code
 * (secretShapes.ts), a reference (« CSP-F-000101 », no lower-case letter), a name (« Jean-Pierre », no
 * digit), a date or a phone number (no letter), a box of the calendar card (« d_12_2026-12-03 »: the bot's own id, kept in
 * the stored state to ask the card again).
 */
import { normalizeCode, normalizeFamilyKey } from './secretShapes';

/** A file's name (« 2026-11-23T02-33-28-411Z-53aa1986.eml », « avis_2025.pdf »). */
const FILE_NAME = /\.(?:eml|pdf|jpe?g|png|heic|docx?|odt|txt)$/i;
/** A box of the calendar card: its child's id and its day (dialogs/calendarCard.ts, toggleId). */
const CALENDAR_BOX = /^d_\d+_\d{4}-\d{2}-\d{2}$/;

export function looksLikePassword(text: string): boolean {
  const word = text.trim();
  if (word.length < 8 || word.length > 64 || /\s/.test(word)) return false;
  if (word.includes('@') || /^(?:https?:|www\.)/i.test(word) || /\.(?:fr|com|org|net)(?:\/|$)/i.test(word) || FILE_NAME.test(word) || CALENDAR_BOX.test(word)) return false;
  if (normalizeFamilyKey(word) || normalizeCode(word)) return false;
  if (!/\p{Ll}/u.test(word) || !/\d/.test(word)) return false;
  // A sign of passwords (« Soleil2024! »), or capitals inside the word (« motDePasse2026 »); not letters then digits (« Lucas2015 »,
  // « Mercredi16 », « Mardi12h »): a name, a day or a time written without spaces.
  return SIGN.test(word) || (/\p{Ll}\p{Lu}/u.test(word) && !/^\p{L}+\d+\p{L}?$/u.test(word));
}

/** Signs found in passwords, not in days, times, phones or lists (« 14h30/16h30 », « tel:06… », « Hugo,CE2 », « n°12 »). */
const SIGN = /[!#$%^&*?_+=~€£§]/;

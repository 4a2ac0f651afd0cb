/**
 * Family keys (« Clé Enfance », « code famille »): the secret a commune hands to a family so that
 * the family can link its account to its file. 16 characters of Crockford base32, shown as
 * XXXX-XXXX-XXXX-XXXX: the first 4 are a selector that names the household (kept in clear, so
 * that wrong tries can be counted per household as well as per account), the other 12 are 60
 * random bits, above the 50 bits the CNIL asks for a secret guessed online with attempt limits
 * (délibération 2022-100). The whole key is stored only as a keyed hash (HMAC-SHA256 with the
 * server secret), so a copy of the database does not reveal the keys. Keys of 12 characters
 * (issued before selectors, no household named) are still accepted.
 */
import { createHmac, randomBytes } from 'node:crypto';

/** Crockford's base32: digits and capitals without I, L, O and U. */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const FAMILY_KEY_LENGTH = 16;
export const SELECTOR_LENGTH = 4;
/** The secret part's length: 12 × 5 = 60 bits. */
export const SECRET_LENGTH = FAMILY_KEY_LENGTH - SELECTOR_LENGTH;

/** 16 characters of 5 random bits each (a random byte modulo 32 is unbiased: 256 = 8 × 32). */
export function generateFamilyKey(): string {
  const bytes = randomBytes(FAMILY_KEY_LENGTH);
  let key = '';
  for (const b of bytes) key += CROCKFORD_ALPHABET[b & 31];
  return formatFamilyKey(key);
}

/** The household-naming part of a normalized key; none for a key of the older 12-character form. */
export const keySelector = (normalizedKey: string): string | undefined =>
  normalizedKey.length === FAMILY_KEY_LENGTH ? normalizedKey.slice(0, SELECTOR_LENGTH) : undefined;

/** 'ABCD1234EFGH' → 'ABCD-1234-EFGH'. */
export function formatFamilyKey(normalizedKey: string): string {
  return normalizedKey.match(/.{1,4}/g)?.join('-') ?? normalizedKey;
}

/**
 * A key as typed by a person → its 16 (or, for an older key, 12) canonical characters, or undefined when it cannot be a key.
 * Tolerates case, spaces, hyphens and the usual confusions (O for 0, I or L for 1): see secretShapes.ts,
 * which redaction reads too.
 */
export { normalizeFamilyKey } from './secretShapes';

/** The keyed hash stored for a secret (a family key, a one-time code): HMAC-SHA256 keyed with the hex secret, as hex. */
export function keyedHash(normalizedKey: string, secretHex: string): string {
  const secret = Buffer.from(secretHex, 'hex');
  // Buffer.from silently stops at the first non-hex character: refuse a short or malformed secret.
  if (secret.length < 16 || secret.length * 2 !== secretHex.length) throw new Error('The secret key must be at least 32 hexadecimal characters.');
  return createHmac('sha256', secret).update(normalizedKey, 'utf8').digest('hex');
}

/** The keyed hash stored for a normalized family key. */
export const hashFamilyKey = keyedHash;

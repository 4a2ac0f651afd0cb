/**
 * Requests the commune instructs (démarches, changes of address), followed by a reference that
 * cannot be guessed: the commune's prefix, the year and 6 random characters of Crockford base32
 * (30 bits), for example CSP-2026-7K3M9Q.
 */
import { randomBytes } from 'node:crypto';
import { CROCKFORD_ALPHABET } from './familyKey';
import { parisDay } from './parisTime';

export function newReference(prefix: string, at: Date): string {
  const random = [...randomBytes(6)].map((b) => CROCKFORD_ALPHABET[b & 31]).join('');
  return `${prefix}-${parisDay(at).slice(0, 4)}-${random}`;
}

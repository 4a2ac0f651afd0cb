/**
 * Passwords: the rule a new password must follow, and how it is stored.
 *
 * Rule: CNIL, délibération n° 2022-100 du 21 juillet 2022 (recommandation relative aux mots de
 * passe), case 1 — a password used with no other protection needs about 80 bits of entropy:
 * at least 12 characters mixing capitals, small letters, digits and special characters; or at
 * least 14 characters mixing capitals, small letters and digits; or a passphrase of at least 7
 * words. The bot also limits wrong tries, which the CNIL's case 2 asks for weaker passwords.
 *
 * Storage: scrypt (node:crypto) with N = 2^17, r = 8, p = 1 (OWASP's password storage cheat
 * sheet), a 16-byte random salt, a 32-byte result; computed with scrypt's callback form, off the
 * event loop, and compared with timingSafeEqual. The parameters are stored with the hash, so a
 * later change of cost still verifies the old hashes.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { normalize } from './text';

export const DEFAULT_PASSWORD_COST = 17;
export const MAX_PASSWORD_LENGTH = 128;
const KEY_LENGTH = 32;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'mix' | 'personal';

/** What is wrong with a new password, or an empty list. `personal`: it contains the e-mail's name or the person's name. */
export function passwordProblems(password: string, personal: { email?: string; names?: string[] } = {}): PasswordProblem[] {
  if (password.length > MAX_PASSWORD_LENGTH) return ['tooLong'];
  const lower = /\p{Ll}/u.test(password);
  const upper = /\p{Lu}/u.test(password);
  const digit = /\d/.test(password);
  const special = /[^\p{L}\d\s]/u.test(password);
  const words = password.trim().split(/[\s\-_.]+/).filter((w) => /\p{L}{2,}/u.test(w));
  const ok =
    (password.length >= 12 && lower && upper && digit && special) ||
    (password.length >= 14 && lower && upper && digit) ||
    (words.length >= 7 && password.length >= 20);
  const problems: PasswordProblem[] = [];
  if (!ok) problems.push(password.length < 12 ? 'tooShort' : 'mix');
  const flat = normalize(password).replace(/\s+/g, '');
  const parts = [personal.email?.split('@')[0] ?? '', ...(personal.names ?? [])].map((p) => normalize(p).replace(/\s+/g, '')).filter((p) => p.length >= 4);
  if (parts.some((p) => flat.includes(p))) problems.push('personal');
  return problems;
}

function derive(password: string, salt: Buffer, cost: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** cost;
  // scrypt needs 128 × N × r bytes; Node's default limit (32 MiB) is too small for N = 2^17.
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** `scrypt$<log2 N>$<r>$<p>$<salt base64>$<hash base64>`. */
export async function hashPassword(password: string, cost = DEFAULT_PASSWORD_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost, 8, 1);
  return ['scrypt', cost, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

/** True when the password gives the stored hash. A malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, cost, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const [c, rr, pp] = [Number(cost), Number(r), Number(p)];
  if (![c, rr, pp].every(Number.isInteger) || c < 10 || c > 20 || rr < 1 || rr > 32 || pp < 1 || pp > 16) return false;
  const expected = Buffer.from(hash, 'base64');
  if (expected.length !== KEY_LENGTH || password.length > MAX_PASSWORD_LENGTH) return false;
  const key = await derive(password, Buffer.from(salt, 'base64'), c, rr, pp);
  return timingSafeEqual(key, expected);
}

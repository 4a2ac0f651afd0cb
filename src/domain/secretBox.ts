/**
 * Secrets the product must read back (an authenticator app's TOTP secret), sealed at rest with
 * AES-256-GCM. The key is derived from the server's SECRET_KEY by HKDF-SHA256, one key per purpose,
 * so a copy of the database alone does not reveal them. The sealed text is bound to what it belongs
 * to (`bound`, e.g. « agent:12 »): moved to another row it does not open. Rotating SECRET_KEY makes
 * every sealed secret unreadable (README, « Secrets at rest »).
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';

function keyFor(secretHex: string, purpose: string): Buffer {
  const secret = Buffer.from(secretHex, 'hex');
  if (secret.length < 16 || secret.length * 2 !== secretHex.length) throw new Error('The secret key must be at least 32 hexadecimal characters.');
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `secret-box:${purpose}`, 32));
}

/** « v1.<base64url of nonce, tag and ciphertext> ». */
export function seal(secretHex: string, purpose: string, bound: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(secretHex, purpose), iv);
  cipher.setAAD(Buffer.from(bound, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

/** The plain text, or undefined when the text was not sealed so (another key, purpose or owner, or altered). */
export function unseal(secretHex: string, purpose: string, bound: string, sealed: string): string | undefined {
  const [version, data, extra] = sealed.split('.');
  if (version !== VERSION || !data || extra !== undefined || !/^[A-Za-z0-9_-]+$/.test(data)) return undefined;
  const raw = Buffer.from(data, 'base64url');
  if (raw.length < 28) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(secretHex, purpose), raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(bound, 'utf8'));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

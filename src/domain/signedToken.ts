/**
 * Short-lived links (payment page, invoice PDF) carry their own proof: the parts, an expiry and an
 * HMAC-SHA256 with the bot's secret, bound to a purpose. Nothing to store; forged or expired links
 * are refused.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const PART = /^[A-Za-z0-9-]{1,200}$/;

function mac(secretHex: string, purpose: string, payload: string): string {
  return createHmac('sha256', Buffer.from(secretHex, 'hex')).update(`${purpose}:${payload}`).digest('base64url');
}

/** parts joined by dots, then the expiry (Unix seconds), then the MAC. */
export function signToken(secretHex: string, purpose: string, parts: string[], expiresAt: Date): string {
  if (parts.some((p) => !PART.test(p))) throw new Error('token parts must be letters, digits or hyphens');
  const payload = [...parts, String(Math.floor(expiresAt.getTime() / 1000))].join('.');
  return `${payload}.${mac(secretHex, purpose, payload)}`;
}

export type TokenCheck = { ok: true; parts: string[] } | { ok: false; reason: 'invalid' | 'expired' };

export function verifyToken(secretHex: string, purpose: string, token: string, partCount: number, now: Date): TokenCheck {
  const pieces = token.split('.');
  if (pieces.length !== partCount + 2 || token.length > 400) return { ok: false, reason: 'invalid' };
  const signature = pieces.pop() as string;
  const payload = pieces.join('.');
  const expected = Buffer.from(mac(secretHex, purpose, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'invalid' };
  const expires = Number(pieces.pop());
  if (!Number.isFinite(expires) || expires * 1000 < now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, parts: pieces };
}

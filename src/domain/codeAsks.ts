/**
 * Codes asked per e-mail address: at most CODES_PER_HOUR an hour, counted on the address itself (normalised, as
 * a keyed hash) and not on an account, so that the limit holds the same whether or not a space has the address
 * (nobody learns who has one) and across conversations and channels. Each ask is counted in the audit log before
 * any code is made (TryRepository: asks sent at once stay within the limit); past the limit, no mail leaves and the
 * resident is told when asking again will work.
 */
import type { AuditRepository, TryRepository } from './accountPorts';
import type { Clock } from './clock';
import { keyedHash } from './familyKey';

/** Codes mailed per address per hour, so the bot cannot be used to flood a mailbox. */
export const CODES_PER_HOUR = 5;
export const CODE_ASKED = 'signIn.codeAsked';
const HOUR = 60 * 60_000;

/** `sent`: a code was sent if a space has the address; otherwise none was, and asking again works in `minutes`. */
export type CodeAsk = { sent: true } | { sent: false; minutes: number };

export interface CodeAskDeps {
  audit: AuditRepository;
  tries: TryRepository;
  clock: Clock;
  secretKey: string;
}

/** The audit subject of an address (already normalised): its keyed hash, never the address itself. */
export const addressSubject = (email: string, secretKey: string): string => `email:${keyedHash(`codes:${email}`, secretKey)}`;

/** Counts one code asked for this address (normalised) when under the hourly limit; otherwise counts nothing. */
export async function askCode(deps: CodeAskDeps, communeId: string, email: string): Promise<CodeAsk> {
  const now = deps.clock.now();
  const since = new Date(now.getTime() - HOUR).toISOString();
  const subject = addressSubject(email, deps.secretKey);
  const entry = { actor: subject, action: CODE_ASKED, communeId, subject };
  const granted = await deps.tries.reserve([{ kind: 'audit', entry, since, max: CODES_PER_HOUR }], now.toISOString());
  if (granted.ok) return { sent: true };
  // Free again an hour after the oldest ask still counted.
  const first = await deps.audit.firstSince(CODE_ASKED, subject, since);
  const freeAt = first ? new Date(first).getTime() + HOUR : now.getTime() + HOUR;
  return { sent: false, minutes: Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000)) };
}

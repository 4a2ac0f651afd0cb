/**
 * A right code signs the channel user in: an e-mailed code (accounts.ts, confirmSignIn) or the code the
 * sign-in page showed (passwordAccess.ts, confirmPageCode). Everything it writes is one transaction
 * (AccountRepository.signIn: the try given back, the code used, the last sign-in, the session, the audit
 * entry, the conversation's reference). The turn that signs in hands over what it has: where to reach
 * the resident, saved with the rest, and its reads (turnReads.ts), given the new session as written
 * rather than reading it again after its own write.
 */
import type { AccountRepository, SignInWrite } from './ports';
import type { TurnReads } from './turnReads';
import type { Account } from './types';

/** What the turn that signs in hands over (both optional: a sign-in outside a conversation has neither). */
export interface SignInTurn {
  /** Where to reach the resident proactively (a payment confirmed): this conversation. */
  conversation?: { channelId: string; userId: string; conversationId: string; reference: unknown };
  reads?: Pick<TurnReads, 'signedIn'>;
}

export type SignInResult = { ok: true; account: Account; previousSignIn: string | null } | { ok: false; reason: 'noCode' };

/** What signs in, besides the account and the turn: the code's own part of SignInWrite, and the audit entry's details. */
export type SignInBy = Pick<SignInWrite, 'channelUser' | 'at' | 'release' | 'code' | 'verify'> & { communeId: string; details?: Record<string, unknown> };

/** Signs the account in (one transaction); `noCode` when the code was used meanwhile (two answers at once). */
export async function signInWith(accounts: Pick<AccountRepository, 'signIn'>, account: Account, by: SignInBy, turn: SignInTurn = {}): Promise<SignInResult> {
  const { communeId, details, ...write } = by;
  const subject = `account:${account.id}`;
  const conversation = turn.conversation && { ...turn.conversation, accountId: account.id, communeId: account.communeId, updatedAt: by.at };
  const done = await accounts.signIn({
    ...write,
    accountId: account.id,
    audit: { actor: subject, action: 'account.signedIn', communeId, subject, ...(details ? { details } : {}) },
    ...(conversation ? { conversation } : {}),
  });
  if (!done) return { ok: false, reason: 'noCode' };
  const signedIn: Account = { ...account, lastLoginAt: by.at, emailVerifiedAt: by.verify ? (account.emailVerifiedAt ?? by.at) : account.emailVerifiedAt };
  turn.reads?.signedIn(by.channelUser, { ...done.session, account: signedIn });
  return { ok: true, account: signedIn, previousSignIn: done.previousSignIn };
}

/** Accounts, sign-in codes and links, sessions, the audit log and the tries counted against their limits. The store's side of them is in db/repositories/. */
import type { Account, CodePurpose, LinkPurpose, LinkToken, OneTimeCode, Session, AuditEntry } from './types';

export interface AuditRepository {
  append(entry: AuditEntry, at: string): Promise<void>;
  /** How many entries of this action about this subject since that instant (rate limits). */
  count(action: string, subject: string, since: string): Promise<number>;
  /** When the first entry of this action about this subject since that instant was written (when a limit frees up). */
  firstSince(action: string, subject: string, since: string): Promise<string | undefined>;
}

/**
 * One limit a try counts against. `audit`: the entries of this action about this subject since
 * then (reserving the try appends the entry, a failure until the try is shown right); the others:
 * a counter of wrong tries on a row (a sign-in link's passwords, its code, an e-mailed code).
 */
export type TryLimit =
  | { kind: 'audit'; entry: AuditEntry & { subject: string }; since: string; max: number }
  | { kind: 'linkPassword' | 'linkCode' | 'emailCode'; id: number; max: number };

/** What a granted try holds: released when the try proves right. */
export interface TryReservation {
  auditIds: number[];
  counters: Array<{ kind: 'linkPassword' | 'linkCode' | 'emailCode'; id: number }>;
}

export type TryGrant =
  /** `used`: each limit's count with this try, in the order asked. */
  | { ok: true; reservation: TryReservation; used: number[] }
  /** `refused`: the index of the first limit reached (or of a counter whose row is gone); nothing was counted. */
  | { ok: false; refused: number };

/**
 * Attempt limits that hold when tries arrive at once: a try is counted before the secret is
 * checked, in the same write transaction that reads the counts.
 */
export interface TryRepository {
  /** In one write transaction: when every limit is under its max, counts the try against all of them; otherwise against none. */
  reserve(limits: TryLimit[], at: string): Promise<TryGrant>;
  /** The try was right: its audit entries are removed and its counters given back (the caller records the success). */
  release(reservation: TryReservation): Promise<void>;
}

/**
 * What a right code signs in, written together: the try counted before the code was checked given
 * back, the code used (an e-mailed code, or the one the sign-in page showed), the address verified
 * (`verify`: the code was mailed to it), the last sign-in read and set, the channel user's sessions
 * ended and one begun, the audit entry, and where to reach the resident from now on (when given).
 */
export interface SignInWrite {
  accountId: number;
  channelUser: string;
  at: string;
  release: TryReservation;
  code: { kind: 'emailCode' | 'linkCode'; id: number };
  verify: boolean;
  audit: AuditEntry;
  conversation?: StoredConversationRef;
}

/** A channel's conversation reference (opaque JSON for the domain), to speak first. */
export interface StoredConversationRef {
  channelId: string;
  userId: string;
  conversationId: string;
  communeId: string | null;
  accountId: number | null;
  reference: unknown;
  updatedAt: string;
}

export type NewAccount = Pick<Account, 'communeId' | 'email' | 'civility' | 'firstName' | 'lastName' | 'phone' | 'address'>;

export interface AccountRepository {
  get(id: number): Promise<Account | undefined>;
  findByEmail(communeId: string, email: string): Promise<Account | undefined>;
  /** The accounts linked to a household (the family is told of the commune's decisions). */
  listByHousehold(householdId: number): Promise<Account[]>;
  create(account: NewAccount): Promise<Account>;
  /**
   * A right code's sign-in (SignInWrite), in one write transaction. Undefined when the code was used
   * already (two answers at once: only one wins); its try is given back all the same, nothing else written.
   */
  signIn(write: SignInWrite): Promise<{ previousSignIn: string | null; session: Session } | undefined>;
  updateContact(accountId: number, change: { email?: string; emailVerifiedAt?: string; phone?: string; address?: string }): Promise<void>;
  linkHousehold(accountId: number, householdId: number): Promise<void>;
  /** Stores a new code and retires the unused ones of the same purpose. */
  addCode(code: Omit<OneTimeCode, 'id' | 'attempts' | 'usedAt'>): Promise<void>;
  /** The newest code of these purposes (one read, whichever purpose it has). */
  latestCode(accountId: number, purposes: readonly CodePurpose[]): Promise<OneTimeCode | undefined>;
  countCodesSince(accountId: number, purpose: CodePurpose, since: string): Promise<number>;
  /** Marks the code used; false when it already was (two answers at once: only one wins). */
  useCode(codeId: number, at: string): Promise<boolean>;
  /** The channel user's open session, with its account. */
  activeSession(channelUser: string): Promise<(Session & { account: Account }) | undefined>;
  touchSession(sessionId: number, at: string): Promise<void>;
  endSessions(channelUser: string, at: string): Promise<void>;
  /** Deletes the account, its codes and sessions; the family file and requests stay, unlinked. */
  delete(accountId: number): Promise<void>;
  passwordHash(accountId: number): Promise<string | null>;
  setPassword(accountId: number, hash: string): Promise<void>;
}

export interface NewLinkToken {
  purpose: LinkPurpose;
  tokenHash: string;
  communeId: string;
  accountId: number | null;
  channelUser: string | null;
  expiresAt: string;
  createdAt: string;
}

export interface LinkTokenRepository {
  /** Stores a link; a new set_password link retires the account's unused ones. */
  create(link: NewLinkToken): Promise<LinkToken>;
  findByHash(tokenHash: string): Promise<LinkToken | undefined>;
  /** Links of this purpose made for the account since then (a mailbox is not flooded). */
  countSince(accountId: number, purpose: LinkPurpose, since: string): Promise<number>;
  /** Counts a try that was refused unchecked (the account was locked); checked tries are counted by TryRepository. */
  recordTry(id: number): Promise<void>;
  /** Marks the link used; false when it already was (two submits at once: one wins). */
  use(id: number, at: string): Promise<boolean>;
  /** web_sign_in: marks the link used and stores the code the conversation must be given; false when already used. */
  useWithCode(id: number, accountId: number, codeHash: string, codeExpiresAt: string, at: string): Promise<boolean>;
  /** The newest sign-in link of this channel user holding a code (used or not): only the newest counts. */
  latestCode(channelUser: string): Promise<LinkToken | undefined>;
}

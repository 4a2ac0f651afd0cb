/** Resident accounts, their sessions, one-time links and codes. */

export interface Account {
  id: number;
  communeId: string;
  email: string;
  civility: 'madame' | 'monsieur' | null;
  firstName: string;
  lastName: string;
  phone: string | null;
  address: string | null;
  emailVerifiedAt: string | null;
  householdId: number | null;
  lastLoginAt: string | null;
  /** Whether a password was chosen (on the bot's page; the hash never leaves the repository). */
  hasPassword: boolean;
}

/** One-time links: the page that sets a password, the sign-in page opened from a conversation. */
export type LinkPurpose = 'set_password' | 'web_sign_in';

export interface LinkToken {
  id: number;
  purpose: LinkPurpose;
  communeId: string;
  accountId: number | null;
  channelUser: string | null;
  expiresAt: string;
  usedAt: string | null;
  tries: number;
  codeHash: string | null;
  codeExpiresAt: string | null;
  codeAttempts: number;
  codeUsedAt: string | null;
  createdAt: string;
}

export type CodePurpose = 'sign_in' | 'verify_email' | 'change_email' | 'delete_account';

export interface OneTimeCode {
  id: number;
  accountId: number;
  purpose: CodePurpose;
  codeHash: string;
  expiresAt: string;
  attempts: number;
  usedAt: string | null;
  createdAt: string;
}

export interface Session {
  id: number;
  accountId: number;
  channelUser: string;
  lastSeenAt: string;
}

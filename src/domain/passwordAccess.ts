/**
 * Passwords without a chat transcript: the password is typed only on the bot's own pages, never
 * in a conversation.
 * - « Créer mon espace » ends with a one-time link to the page that sets the password;
 *   « mot de passe oublié » mails one (15 minutes, single use, the same answer for an unknown e-mail).
 * - On channels that show cards, the sign-in card opens the bot's sign-in page, made for that
 *   conversation's user. With the right e-mail and password, the page shows a 6-digit code that
 *   the resident types in the conversation: the conversation is signed in only then, so a link
 *   that leaked cannot sign someone else's conversation in.
 * Wrong passwords are counted per account in the audit log (5 per 15 minutes) and per link; each
 * try is counted before its password is checked, so that tries sent at once stay within the limits.
 */
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { CodeCheck } from './accounts';
import type { Mailer } from './mail';
import { normalizeEmail, CODE_MAX_TRIES } from './accounts';
import type { Clock } from './clock';
import { keyedHash } from './familyKey';
import { codeIn } from './secretShapes';
import { DEFAULT_PASSWORD_COST, hashPassword, passwordProblems, verifyPassword, type PasswordProblem } from './passwords';
import type { AccountRepository, AuditRepository, CommuneRepository, LinkTokenRepository, TryLimit, TryRepository } from './ports';
import { signInWith, type SignInTurn } from './signingIn';
import type { Account, Commune, LinkToken } from './types';

export const LINK_MINUTES = 15;
export const WEB_CODE_MINUTES = 5;
/** Wrong passwords per account in PASSWORD_WINDOW_MINUTES before the page stops checking. */
export const PASSWORD_TRIES = 5;
export const PASSWORD_WINDOW_MINUTES = 15;
/** Wrong tries on one sign-in page before the link stops working. */
export const LINK_TRIES = 5;
/** Reset links mailed per account per hour. */
export const RESET_LINKS_PER_HOUR = 5;

const MINUTE = 60_000;

export interface PasswordAccessDeps {
  accounts: AccountRepository;
  links: LinkTokenRepository;
  communes: CommuneRepository;
  audit: AuditRepository;
  /** Counts each try before its password is checked (limits that hold when tries come at once). */
  tries: TryRepository;
  mailer: Mailer;
  clock: Clock;
  secretKey: string;
  /** log2 of scrypt's N (17 by default; lower only in tests). */
  passwordCost?: number;
}

export type LinkState = 'invalid' | 'expired' | 'used';

export type OpenedLink = { ok: true; link: LinkToken; commune: Commune; account?: Account } | { ok: false; reason: LinkState };

export type PasswordChange =
  | { ok: true; account: Account }
  | { ok: false; reason: LinkState | 'mismatch' }
  | { ok: false; reason: 'rule'; problems: PasswordProblem[] };

export type PagePasswordCheck = { ok: true; code: string; minutes: number } | { ok: false; reason: LinkState | 'wrong' | 'locked' };

export class PasswordAccess {
  private dummyHash: Promise<string> | undefined;

  constructor(private readonly deps: PasswordAccessDeps) {}

  private get cost(): number {
    return this.deps.passwordCost ?? DEFAULT_PASSWORD_COST;
  }

  private now(): Date {
    return this.deps.clock.now();
  }

  private hash(value: string): string {
    return keyedHash(value, this.deps.secretKey);
  }

  private async newLink(purpose: LinkToken['purpose'], communeId: string, accountId: number | null, channelUser: string | null): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = this.now();
    await this.deps.links.create({
      purpose,
      tokenHash: this.hash(`link:${token}`),
      communeId,
      accountId,
      channelUser,
      expiresAt: new Date(now.getTime() + LINK_MINUTES * MINUTE).toISOString(),
      createdAt: now.toISOString(),
    });
    return token;
  }

  /** The token of a one-time link to choose the account's password (after « Créer mon espace »); earlier ones stop working. */
  async passwordLink(account: Account): Promise<string> {
    return this.newLink('set_password', account.communeId, account.id, null);
  }

  /** Mails the password link to the account (`reason` words the message). */
  async mailPasswordLink(account: Account, commune: Commune, locale: string, baseUrl: string, reason: 'create' | 'reset'): Promise<void> {
    const token = await this.passwordLink(account);
    await this.deps.mailer.sendPasswordLink({ to: account.email, url: `${baseUrl}/compte/mot-de-passe/${token}`, minutes: LINK_MINUTES, commune, locale, reason });
  }

  /**
   * « Mot de passe oublié »: mails a link to set a new password when an account has this e-mail
   * in this commune, at most RESET_LINKS_PER_HOUR an hour. Resolves the same way otherwise.
   */
  async forgotPassword(commune: Commune, email: string, locale: string, baseUrl: string): Promise<void> {
    const account = await this.deps.accounts.findByEmail(commune.id, normalizeEmail(email));
    const at = this.now().toISOString();
    if (!account) {
      await this.deps.audit.append({ actor: 'anonymous', action: 'password.resetUnknown', communeId: commune.id }, at);
      return;
    }
    const hourAgo = new Date(this.now().getTime() - 60 * MINUTE).toISOString();
    if ((await this.deps.links.countSince(account.id, 'set_password', hourAgo)) >= RESET_LINKS_PER_HOUR) return;
    await this.mailPasswordLink(account, commune, locale, baseUrl, 'reset');
    await this.deps.audit.append({ actor: `account:${account.id}`, action: 'password.resetMailed', communeId: commune.id, subject: `account:${account.id}` }, at);
  }

  /** A link of this purpose, if it can still be used. */
  async open(token: string, purpose: LinkToken['purpose']): Promise<OpenedLink> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { ok: false, reason: 'invalid' };
    const link = await this.deps.links.findByHash(this.hash(`link:${token}`));
    if (!link || link.purpose !== purpose) return { ok: false, reason: 'invalid' };
    if (link.usedAt) return { ok: false, reason: 'used' };
    if (link.expiresAt <= this.now().toISOString()) return { ok: false, reason: 'expired' };
    const commune = await this.deps.communes.get(link.communeId);
    if (!commune) return { ok: false, reason: 'invalid' };
    const account = link.accountId === null ? undefined : await this.deps.accounts.get(link.accountId);
    if (link.accountId !== null && !account) return { ok: false, reason: 'invalid' };
    return { ok: true, link, commune, account };
  }

  /** The password page's form: checks the rule, stores the scrypt hash, uses the link up. */
  async setPassword(token: string, password: string, confirmation: string): Promise<PasswordChange> {
    const opened = await this.open(token, 'set_password');
    if (!opened.ok) return opened;
    const account = opened.account as Account;
    const problems = passwordProblems(password, { email: account.email, names: [account.lastName, account.firstName] });
    if (problems.length) return { ok: false, reason: 'rule', problems };
    if (password !== confirmation) return { ok: false, reason: 'mismatch' };
    const hash = await hashPassword(password, this.cost);
    const at = this.now().toISOString();
    if (!(await this.deps.links.use(opened.link.id, at))) return { ok: false, reason: 'used' };
    await this.deps.accounts.setPassword(account.id, hash);
    await this.deps.audit.append({ actor: `account:${account.id}`, action: 'password.set', communeId: account.communeId, subject: `account:${account.id}` }, at);
    return { ok: true, account };
  }

  /** The token of a sign-in page link made for this conversation's user. */
  signInLink(commune: Commune, channelUser: string): Promise<string> {
    return this.newLink('web_sign_in', commune.id, null, channelUser);
  }

  /**
   * The sign-in page's form. An unknown e-mail, an account with no password and a wrong password
   * get the same answer (and take as long: a hash is computed either way).
   */
  async checkPagePassword(token: string, email: string, password: string): Promise<PagePasswordCheck> {
    const opened = await this.open(token, 'web_sign_in');
    if (!opened.ok) return opened;
    const { link, commune } = opened;
    const now = this.now();
    const at = now.toISOString();
    if (link.tries >= LINK_TRIES) return { ok: false, reason: 'used' };
    const account = await this.deps.accounts.findByEmail(commune.id, normalizeEmail(email));
    const stored = account ? await this.deps.accounts.passwordHash(account.id) : null;
    // The try is counted (as a wrong password) before scrypt runs: tries sent at once cannot all be checked.
    const limits: TryLimit[] = [{ kind: 'linkPassword', id: link.id, max: LINK_TRIES }];
    if (account) {
      const subject = `account:${account.id}`;
      const since = new Date(now.getTime() - PASSWORD_WINDOW_MINUTES * MINUTE).toISOString();
      limits.push({ kind: 'audit', entry: { actor: subject, action: 'password.failed', communeId: commune.id, subject, details: { link: link.id } }, since, max: PASSWORD_TRIES });
    }
    const granted = await this.deps.tries.reserve(limits, at);
    if (!granted.ok && granted.refused === 0) return { ok: false, reason: 'used' };
    if (!granted.ok) {
      await this.deps.links.recordTry(link.id);
      return { ok: false, reason: 'locked' };
    }
    this.dummyHash ??= hashPassword(randomBytes(16).toString('hex'), this.cost);
    const right = await verifyPassword(password.slice(0, 200), stored ?? (await this.dummyHash));
    if (!account || !stored || !right) {
      // An account's failure is already in the audit log (the reserved try); an unknown e-mail's is written now.
      if (!account) await this.deps.audit.append({ actor: 'anonymous', action: 'password.failed', communeId: commune.id, details: { link: link.id } }, at);
      return { ok: false, reason: 'wrong' };
    }
    await this.deps.tries.release(granted.reservation);
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const codeHash = this.hash(`web_sign_in:${link.id}:${link.channelUser ?? ''}:${code}`);
    const expires = new Date(now.getTime() + WEB_CODE_MINUTES * MINUTE).toISOString();
    if (!(await this.deps.links.useWithCode(link.id, account.id, codeHash, expires, at))) return { ok: false, reason: 'used' };
    await this.deps.audit.append({ actor: `account:${account.id}`, action: 'password.accepted', communeId: commune.id, subject: `account:${account.id}` }, at);
    return { ok: true, code, minutes: WEB_CODE_MINUTES };
  }

  /** Whether this channel user has a code from the sign-in page waiting to be typed. */
  async hasPendingCode(channelUser: string): Promise<boolean> {
    const link = await this.deps.links.latestCode(channelUser);
    return !!link && !link.codeUsedAt && (link.codeExpiresAt ?? '') > this.now().toISOString() && link.codeAttempts < CODE_MAX_TRIES;
  }

  /** The code shown by the sign-in page, typed in the conversation: signs the channel user in (signingIn.ts). */
  async confirmPageCode(commune: Commune, channelUser: string, typed: string, turn: SignInTurn = {}): Promise<CodeCheck> {
    const link = await this.deps.links.latestCode(channelUser);
    const now = this.now().toISOString();
    if (!link || link.codeUsedAt || link.accountId === null || link.communeId !== commune.id) return { ok: false, reason: 'noCode' };
    if (link.codeAttempts >= CODE_MAX_TRIES) return { ok: false, reason: 'tooManyTries' };
    if ((link.codeExpiresAt ?? '') <= now) return { ok: false, reason: 'expired' };
    const granted = await this.deps.tries.reserve([{ kind: 'linkCode', id: link.id, max: CODE_MAX_TRIES }], now);
    if (!granted.ok) return { ok: false, reason: 'tooManyTries' };
    const digits = codeIn(typed) ?? '';
    const expected = Buffer.from(link.codeHash ?? '', 'hex');
    const given = Buffer.from(this.hash(`web_sign_in:${link.id}:${channelUser}:${digits}`), 'hex');
    if (digits.length !== 6 || expected.length !== given.length || !timingSafeEqual(expected, given)) {
      const triesLeft = CODE_MAX_TRIES - (granted.used[0] ?? CODE_MAX_TRIES);
      return triesLeft > 0 ? { ok: false, reason: 'wrong', triesLeft } : { ok: false, reason: 'tooManyTries' };
    }
    const account = await this.deps.accounts.get(link.accountId);
    if (!account) {
      await this.deps.tries.release(granted.reservation);
      return { ok: false, reason: 'noCode' };
    }
    const by = { channelUser, at: now, release: granted.reservation, code: { kind: 'linkCode', id: link.id }, verify: false, communeId: commune.id, details: { with: 'password' } } as const;
    return signInWith(this.deps.accounts, account, by, turn);
  }
}

/**
 * Accounts without a password in the chat: sign-in by a 6-digit code sent to the account's
 * e-mail, sessions per channel user (30 minutes idle), and the family key that links the account
 * to its household (familyKeyEntry.ts). Codes and keys are stored as keyed hashes and compared in constant time;
 * wrong tries are counted in the store, each before it is checked. An unknown e-mail is answered like a known one.
 */
import { randomInt, timingSafeEqual } from 'node:crypto';
import { buildAccountExport, type AccountExport } from './accountData';
import type { TurnReads } from './turnReads';
import type { Clock } from './clock';
import { keyedHash } from './familyKey';
import { enterFamilyKey, type KeyCheck } from './familyKeyEntry';
import { codeIn } from './secretShapes';
import type { AccountDataRepository, AuditRepository, AccountRepository, FamilyKeyRepository, HouseholdRepository, NewAccount, TryRepository, TryReservation } from './ports';
import { signInWith, type SignInTurn } from './signingIn';
import type { Account, CodePurpose, Commune } from './types';
import type { Mailer } from './mail';
import { stripControlsDeep } from './text';
import { normalizeEmail } from './emailAddress';
import { askCode, CODES_PER_HOUR, type CodeAsk } from './codeAsks';

export { emailIn, isEmail, normalizeEmail } from './emailAddress';
export { KEY_TRIES_PER_HOUR, type KeyCheck } from './familyKeyEntry';
export { CODES_PER_HOUR, type CodeAsk } from './codeAsks';

export const CODE_MINUTES = 15;
export const CODE_MAX_TRIES = 5;
export const SESSION_IDLE_MINUTES = 30;
/** A session's last use is written again only once this much older (its idle limit is counted from it). */
const SESSION_TOUCH_MS = 60_000;

const MINUTE = 60_000;

export interface AccountDeps {
  accounts: AccountRepository;
  accountData: AccountDataRepository;
  familyKeys: FamilyKeyRepository;
  households: HouseholdRepository;
  audit: AuditRepository;
  /** Counts each try before its code or key is checked (limits that hold when tries come at once). */
  tries: TryRepository;
  mailer: Mailer;
  clock: Clock;
  secretKey: string;
}

export type CodeCheck =
  | { ok: true; account: Account; previousSignIn: string | null }
  | { ok: false; reason: 'wrong'; triesLeft: number }
  | { ok: false; reason: 'expired' | 'tooManyTries' | 'noCode' };

export class AccountService {
  constructor(private readonly deps: AccountDeps) {}

  private now(): Date {
    return this.deps.clock.now();
  }

  private hash(value: string): string {
    return keyedHash(value, this.deps.secretKey);
  }

  /**
   * Sends a sign-in code when an account has this e-mail in this commune. Resolves the same way
   * whether or not one does, so that nobody can learn who has an account: the codes asked are
   * limited per address (codeAsks.ts), and past the limit none is sent, which is told.
   */
  async startSignIn(commune: Commune, email: string, locale: string): Promise<CodeAsk> {
    const address = normalizeEmail(email);
    const asked = await askCode(this.deps, commune.id, address);
    if (!asked.sent) return asked;
    const account = await this.deps.accounts.findByEmail(commune.id, address);
    if (account) await this.sendCode(account, 'sign_in', commune, locale);
    return asked;
  }

  /** `to` and `bound`: a code for a new address goes to that address and only confirms that address. */
  private async sendCode(account: Account, purpose: CodePurpose, commune: Commune, locale: string, to = account.email, bound = ''): Promise<void> {
    const now = this.now();
    const hourAgo = new Date(now.getTime() - 60 * MINUTE).toISOString();
    if ((await this.deps.accounts.countCodesSince(account.id, purpose, hourAgo)) >= CODES_PER_HOUR) return;
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.deps.accounts.addCode({
      accountId: account.id,
      purpose,
      codeHash: this.hash(`${purpose}:${account.id}:${bound}${code}`),
      expiresAt: new Date(now.getTime() + CODE_MINUTES * MINUTE).toISOString(),
      createdAt: now.toISOString(),
    });
    await this.deps.mailer.sendCode({ to, purpose, code, minutes: CODE_MINUTES, commune, locale });
  }

  /**
   * Checks a sign-in code; on success the channel user is signed in (signingIn.ts: one transaction, the
   * conversation's reference with it, the turn's reads given the new session).
   */
  async confirmSignIn(commune: Commune, email: string, typed: string, channelUser: string, turn: SignInTurn = {}): Promise<CodeCheck> {
    const account = await this.deps.accounts.findByEmail(commune.id, normalizeEmail(email));
    // No account: the same answer as a wrong code, so the e-mail cannot be tested here either.
    if (!account) return { ok: false, reason: 'wrong', triesLeft: CODE_MAX_TRIES - 1 };
    // A new account confirms its address with the code of its first mail; later, sign-in codes.
    const tried = await this.tryCode(account, ['sign_in', 'verify_email'], typed);
    if (!('right' in tried)) return tried;
    const by = { channelUser, at: this.now().toISOString(), release: tried.right, code: { kind: 'emailCode', id: tried.codeId }, verify: true, communeId: commune.id } as const;
    return signInWith(this.deps.accounts, account, by, turn);
  }

  /** Checks the newest code of these purposes; a right code is used up. */
  private async checkCode(account: Account, purposes: CodePurpose[], typed: string, bound = ''): Promise<'ok' | Exclude<CodeCheck, { ok: true }>> {
    const tried = await this.tryCode(account, purposes, typed, bound);
    if (!('right' in tried)) return tried;
    await this.deps.tries.release(tried.right);
    if (!(await this.deps.accounts.useCode(tried.codeId, this.now().toISOString()))) return { ok: false, reason: 'noCode' };
    return 'ok';
  }

  /** Checks the newest code of these purposes, its try counted first: when right, the try to give back and the code to use. */
  private async tryCode(account: Account, purposes: CodePurpose[], typed: string, bound = ''): Promise<{ right: TryReservation; codeId: number } | Exclude<CodeCheck, { ok: true }>> {
    const code = await this.deps.accounts.latestCode(account.id, purposes);
    const now = this.now().toISOString();
    if (!code || code.usedAt) return { ok: false, reason: 'noCode' };
    if (code.attempts >= CODE_MAX_TRIES) return { ok: false, reason: 'tooManyTries' };
    if (code.expiresAt <= now) return { ok: false, reason: 'expired' };
    // Counted before the comparison: tries sent at once cannot all be compared.
    const granted = await this.deps.tries.reserve([{ kind: 'emailCode', id: code.id, max: CODE_MAX_TRIES }], now);
    if (!granted.ok) return { ok: false, reason: 'tooManyTries' };
    const digits = codeIn(typed) ?? '';
    const expected = Buffer.from(code.codeHash, 'hex');
    const given = Buffer.from(this.hash(`${code.purpose}:${account.id}:${bound}${digits}`), 'hex');
    if (digits.length !== 6 || !timingSafeEqual(expected, given)) {
      const triesLeft = CODE_MAX_TRIES - (granted.used[0] ?? CODE_MAX_TRIES);
      return triesLeft > 0 ? { ok: false, reason: 'wrong', triesLeft } : { ok: false, reason: 'tooManyTries' };
    }
    return { right: granted.reservation, codeId: code.id };
  }

  /** « changer mon e-mail », step 1: a code to the new address proves it is the resident's. */
  async startEmailChange(account: Account, newEmail: string, commune: Commune, locale: string): Promise<void> {
    const email = normalizeEmail(newEmail);
    await this.sendCode(account, 'change_email', commune, locale, email, `${email}:`);
  }

  /** Step 2: with the right code, the account takes the new address (unless another account of the commune has it). */
  async confirmEmailChange(account: Account, newEmail: string, typed: string): Promise<'ok' | 'taken' | Exclude<CodeCheck, { ok: true }>> {
    const email = normalizeEmail(newEmail);
    const check = await this.checkCode(account, ['change_email'], typed, `${email}:`);
    if (check !== 'ok') return check;
    if (await this.deps.accounts.findByEmail(account.communeId, email)) return 'taken';
    const at = this.now().toISOString();
    await this.deps.accounts.updateContact(account.id, { email, emailVerifiedAt: at });
    await this.deps.audit.append({ actor: `account:${account.id}`, action: 'account.emailChanged', communeId: account.communeId, subject: `account:${account.id}` }, at);
    return 'ok';
  }

  async changePhone(account: Account, phone: string): Promise<void> {
    await this.deps.accounts.updateContact(account.id, { phone });
  }

  /**
   * « mes données »: everything kept about the account and its household (src/domain/accountData.ts).
   * The export is logged first, so that it lists its own audit row.
   */
  async exportData(account: Account): Promise<AccountExport> {
    const at = this.now().toISOString();
    await this.deps.audit.append({ actor: `account:${account.id}`, action: 'account.exported', communeId: account.communeId, subject: `account:${account.id}` }, at);
    return buildAccountExport(await this.deps.accountData.collect(account), at);
  }

  /** Mails the export to the account's own address (never into the chat, whose transcript is kept). */
  async mailDataExport(account: Account, commune: Commune, locale: string): Promise<void> {
    const data = await this.exportData(account);
    await this.deps.mailer.sendDataExport({ to: account.email, commune, locale, json: JSON.stringify(data, null, 2) });
  }

  /** « supprimer mon compte », step 1: a code to the account's address confirms the wish. */
  requestDeletion(account: Account, commune: Commune, locale: string): Promise<void> {
    return this.sendCode(account, 'delete_account', commune, locale);
  }

  /** Step 2: with the right code, the account is deleted; the household's file stays with the commune. */
  async confirmDeletion(account: Account, typed: string): Promise<'ok' | Exclude<CodeCheck, { ok: true }>> {
    const check = await this.checkCode(account, ['delete_account'], typed);
    if (check !== 'ok') return check;
    await this.deps.accounts.delete(account.id);
    await this.deps.audit.append({ actor: `account:${account.id}`, action: 'account.deleted', communeId: account.communeId, subject: `account:${account.id}` }, this.now().toISOString());
    return 'ok';
  }

  /** Sends a new code to an e-mail that asked for one (same answer for unknown e-mails). */
  resendSignInCode(commune: Commune, email: string, locale: string): Promise<CodeAsk> {
    return this.startSignIn(commune, email, locale);
  }

  /**
   * « Créer mon espace »: creates the account and mails a code that confirms the address (and
   * signs in, through confirmSignIn). When the address already has an account, that account gets
   * a sign-in code instead: the conversation goes on the same way, so nobody learns who has one.
   * Its code shares the sign-in's limit per address (codeAsks.ts): past it, nothing is created nor mailed
   * (creating spaces for someone else's address cannot flood it), and when asking again works is told.
   */
  async createAccount(commune: Commune, typed: Omit<NewAccount, 'communeId'>, locale: string): Promise<CodeAsk> {
    const draft = stripControlsDeep(typed);
    const email = normalizeEmail(draft.email);
    const asked = await askCode(this.deps, commune.id, email);
    if (!asked.sent) return asked;
    const existing = await this.deps.accounts.findByEmail(commune.id, email);
    if (existing) return this.sendCode(existing, 'sign_in', commune, locale).then(() => asked);
    let account: Account;
    try {
      account = await this.deps.accounts.create({ ...draft, email, communeId: commune.id });
    } catch (e) {
      // Two creations at once with the same address: the other one won.
      const winner = await this.deps.accounts.findByEmail(commune.id, email);
      if (!winner) throw e;
      return this.sendCode(winner, 'sign_in', commune, locale).then(() => asked);
    }
    await this.deps.audit.append({ actor: `account:${account.id}`, action: 'account.created', communeId: commune.id, subject: `account:${account.id}` }, this.now().toISOString());
    await this.sendCode(account, 'verify_email', commune, locale);
    return asked;
  }

  /**
   * The account signed in for this channel user, if the session is still alive (it is then kept
   * alive). `reads`: the turn's (turnReads.ts), read once per turn.
   */
  async signedIn(channelUser: string, reads?: Pick<TurnReads, 'activeSession'>): Promise<Account | undefined> {
    const session = await (reads ?? this.deps.accounts).activeSession(channelUser);
    if (!session) return undefined;
    const now = this.now();
    if (new Date(session.lastSeenAt).getTime() + SESSION_IDLE_MINUTES * MINUTE <= now.getTime()) {
      await this.deps.accounts.endSessions(channelUser, now.toISOString());
      return undefined;
    }
    // Seen again: written at most once a minute (a turn asks several times; the idle limit is 30 minutes).
    if (now.getTime() - new Date(session.lastSeenAt).getTime() >= SESSION_TOUCH_MS) await this.deps.accounts.touchSession(session.id, now.toISOString());
    return session.account;
  }

  async signOut(channelUser: string): Promise<void> {
    await this.deps.accounts.endSessions(channelUser, this.now().toISOString());
  }

  /** Links the account to the household whose family key this is (familyKeyEntry.ts: limits, audit). */
  enterFamilyKey(account: Account, typed: string): Promise<KeyCheck> {
    return enterFamilyKey(this.deps, account, typed);
  }
}

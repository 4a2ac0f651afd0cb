/**
 * The agents' access to the back office (/agents), with the residents' rules:
 * - `admin agent add` makes the account and mails a one-time link (15 minutes, single use) to the
 *   page that sets the password, under the same rule (CNIL) and storage (scrypt) as residents';
 * - sign-in: e-mail and password, then a second factor: the 6-digit code of the agent's
 *   authenticator app (TOTP, src/domain/agentSecurity.ts) when one is enrolled, else a 6-digit code
 *   mailed (5 minutes); the session is usable only once the code is confirmed, for 8 hours at most
 *   and 30 minutes without a request;
 * - wrong passwords are counted per agent (5 per 15 minutes) and wrong codes per session (5) in the
 *   audit log, each try counted before it is checked (src/domain/accountPorts.ts TryRepository).
 * Tokens, codes and links are kept only as keyed hashes.
 */
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { normalizeEmail, isEmail } from './accounts';
import type { AuditRepository, CommuneRepository, TryRepository } from './ports';
import type { Agent, AgentFactor, AgentRepository } from './agents';
import type { Clock } from './clock';
import { keyedHash } from './familyKey';
import type { Mailer } from './mail';
import { DEFAULT_PASSWORD_COST, hashPassword, passwordProblems, verifyPassword, type PasswordProblem } from './passwords';
import { PASSWORD_TRIES, PASSWORD_WINDOW_MINUTES } from './passwordAccess';
import { unseal } from './secretBox';
import { matchTotp } from './totp';

export const AGENT_CODE_MINUTES = 5;
export const AGENT_CODE_TRIES = 5;
/** Wrong codes of one agent in an hour, whatever the session. */
export const AGENT_CODE_TRIES_PER_HOUR = 10;
export const AGENT_SESSION_HOURS = 8;
export const AGENT_IDLE_MINUTES = 30;
const MINUTE = 60_000;
/** The purpose the authenticator apps' secrets are sealed under (src/domain/secretBox.ts). */
export const TOTP_SEAL = 'agent-totp';

export interface AgentAccessDeps {
  agents: AgentRepository;
  communes: CommuneRepository;
  audit: AuditRepository;
  tries: TryRepository;
  mailer: Mailer;
  clock: Clock;
  secretKey: string;
  passwordCost?: number;
}

export type AgentPasswordChange = { ok: true; agent: Agent } | { ok: false; reason: 'invalid' | 'expired' | 'mismatch' } | { ok: false; reason: 'rule'; problems: PasswordProblem[] };
export type AgentSignIn = { ok: true; token: string } | { ok: false; reason: 'wrong' | 'locked' };
export type AgentCodeCheck = { ok: true; agent: Agent } | { ok: false; reason: 'wrong' | 'expired' | 'locked' };

const token = () => randomBytes(32).toString('base64url');
const isToken = (t: string) => /^[A-Za-z0-9_-]{43}$/.test(t);

export class AgentAccess {
  private dummyHash: Promise<string> | undefined;

  constructor(private readonly deps: AgentAccessDeps) {}

  private now(): Date {
    return this.deps.clock.now();
  }

  private hash(purpose: string, value: string): string {
    return keyedHash(`${purpose}:${value}`, this.deps.secretKey);
  }

  private get cost(): number {
    return this.deps.passwordCost ?? DEFAULT_PASSWORD_COST;
  }

  /** Records what an agent did (or was refused) in the audit log, under `agent:<id>`. */
  async record(agent: Pick<Agent, 'id' | 'communeId'>, action: string, subject: string | null, details: Record<string, unknown> | null = null): Promise<void> {
    await this.deps.audit.append({ actor: `agent:${agent.id}`, action, communeId: agent.communeId, subject, details }, this.now().toISOString());
  }

  /** The agent a set-password link is for, if it still works. */
  async openLink(link: string): Promise<{ ok: true; agent: Agent } | { ok: false; reason: 'invalid' | 'expired' }> {
    if (!isToken(link)) return { ok: false, reason: 'invalid' };
    const agent = await this.deps.agents.findByLink(this.hash('agent-link', link));
    if (!agent || agent.disabledAt) return { ok: false, reason: 'invalid' };
    if (agent.linkExpiresAt <= this.now().toISOString()) return { ok: false, reason: 'expired' };
    return { ok: true, agent };
  }

  async setPassword(link: string, password: string, confirmation: string): Promise<AgentPasswordChange> {
    const opened = await this.openLink(link);
    if (!opened.ok) return opened;
    const problems = passwordProblems(password, { email: opened.agent.email });
    if (problems.length) return { ok: false, reason: 'rule', problems };
    if (password !== confirmation) return { ok: false, reason: 'mismatch' };
    const hash = await hashPassword(password, this.cost);
    if (!(await this.deps.agents.setPassword(opened.agent.id, this.hash('agent-link', link), hash))) return { ok: false, reason: 'invalid' };
    await this.record(opened.agent, 'agent.passwordSet', `agent:${opened.agent.id}`);
    return { ok: true, agent: opened.agent };
  }

  /**
   * Counts a password try against the agent's limit (5 per 15 minutes, before it is checked), then
   * checks it: `right` gives the try back. Also used to confirm an agent's own changes (removing the
   * authenticator app).
   */
  async checkPassword(agent: Agent, password: string): Promise<'right' | 'wrong' | 'locked'> {
    const now = this.now();
    const subject = `agent:${agent.id}`;
    const since = new Date(now.getTime() - PASSWORD_WINDOW_MINUTES * MINUTE).toISOString();
    const granted = await this.deps.tries.reserve([{ kind: 'audit', entry: { actor: subject, action: 'agent.passwordFailed', communeId: agent.communeId, subject }, since, max: PASSWORD_TRIES }], now.toISOString());
    if (!granted.ok) return 'locked';
    const stored = agent.disabledAt ? null : await this.deps.agents.passwordHash(agent.id);
    this.dummyHash ??= hashPassword(randomBytes(16).toString('hex'), this.cost);
    const right = await verifyPassword(password.slice(0, 200), stored ?? (await this.dummyHash));
    if (!stored || !right) return 'wrong';
    await this.deps.tries.release(granted.reservation);
    return 'right';
  }

  /**
   * E-mail and password. Right: a session waiting for its second factor, whose token goes in the
   * cookie: the authenticator app's code when the agent enrolled one, else a code mailed now. An
   * unknown e-mail and a wrong password get the same answer, in the same time.
   */
  async signIn(email: string, password: string): Promise<AgentSignIn> {
    const now = this.now();
    const at = now.toISOString();
    const agent = isEmail(email) ? await this.deps.agents.findByEmail(normalizeEmail(email)) : undefined;
    if (!agent) {
      this.dummyHash ??= hashPassword(randomBytes(16).toString('hex'), this.cost);
      await verifyPassword(password.slice(0, 200), await this.dummyHash);
      await this.deps.audit.append({ actor: 'anonymous', action: 'agent.passwordFailed', details: null }, at);
      return { ok: false, reason: 'wrong' };
    }
    const checked = await this.checkPassword(agent, password);
    if (checked !== 'right') return { ok: false, reason: checked };
    const session = token();
    // An app's secret that no longer opens (SECRET_KEY rotated): the code is mailed, as before enrolment.
    const factor: AgentFactor = (await this.appSecret(agent)) ? 'totp' : 'email';
    // With the app, no code is mailed: the stored hash is of a random value nobody knows.
    const code = factor === 'email' ? String(randomInt(0, 1_000_000)).padStart(6, '0') : token();
    const expiresAt = new Date(now.getTime() + AGENT_CODE_MINUTES * MINUTE).toISOString();
    await this.deps.agents.createSession({ agentId: agent.id, factor, tokenHash: this.hash('agent-session', session), codeHash: this.hash(`agent-code:${session}`, code), codeExpiresAt: expiresAt, at, expiresAt });
    const commune = await this.deps.communes.get(agent.communeId);
    if (commune && factor === 'email') await this.deps.mailer.sendCode({ to: agent.email, purpose: 'agent_sign_in', code, minutes: AGENT_CODE_MINUTES, commune, locale: 'fr' });
    await this.record(agent, 'agent.passwordAccepted', `agent:${agent.id}`, { factor });
    return { ok: true, token: session };
  }

  /**
   * The second factor after the password, for the session of this cookie token: the code mailed, or
   * the app's (one step early or late, a step never taken twice). Wrong codes are counted per
   * session (5) and per agent (10 an hour), the same way for both, each counted before it is checked.
   */
  async confirmCode(session: string, typed: string): Promise<AgentCodeCheck> {
    if (!isToken(session)) return { ok: false, reason: 'expired' };
    const row = await this.deps.agents.sessionByToken(this.hash('agent-session', session));
    const now = this.now();
    const at = now.toISOString();
    if (!row || row.confirmedAt || row.endedAt || row.codeExpiresAt <= at) return { ok: false, reason: 'expired' };
    const agent = await this.deps.agents.get(row.agentId);
    if (!agent || agent.disabledAt) return { ok: false, reason: 'expired' };
    const subject = `agentSession:${row.id}`;
    const entry = { actor: `agent:${agent.id}`, action: 'agent.codeFailed', communeId: agent.communeId };
    const hourAgo = new Date(now.getTime() - 60 * MINUTE).toISOString();
    const granted = await this.deps.tries.reserve(
      [
        { kind: 'audit', entry: { ...entry, subject }, since: row.createdAt, max: AGENT_CODE_TRIES },
        // Across sessions too: the password known, new sessions do not give new tries.
        { kind: 'audit', entry: { ...entry, subject: `agent:${agent.id}` }, since: hourAgo, max: AGENT_CODE_TRIES_PER_HOUR },
      ],
      at,
    );
    if (!granted.ok) return { ok: false, reason: 'locked' };
    const right = row.factor === 'totp' ? await this.appCodeRight(agent, typed, now) : this.mailedCodeRight(row.codeHash, session, typed);
    if (!right) return { ok: false, reason: 'wrong' };
    await this.deps.tries.release(granted.reservation);
    if (!(await this.deps.agents.confirmSession(row.id, at, new Date(now.getTime() + AGENT_SESSION_HOURS * 60 * MINUTE).toISOString()))) return { ok: false, reason: 'expired' };
    await this.deps.agents.recordSignIn(agent.id, at);
    await this.record(agent, 'agent.signedIn', `agent:${agent.id}`, { factor: row.factor });
    return { ok: true, agent };
  }

  private mailedCodeRight(codeHash: string, session: string, typed: string): boolean {
    const digits = typed.replace(/\s/g, '');
    const expected = Buffer.from(codeHash, 'hex');
    const given = Buffer.from(this.hash(`agent-code:${session}`, digits), 'hex');
    return /^\d{6}$/.test(digits) && expected.length === given.length && timingSafeEqual(expected, given);
  }

  /** The agent's authenticator app's secret, unsealed; undefined without one (or when it no longer opens). */
  private async appSecret(agent: Agent): Promise<string | undefined> {
    const stored = agent.totpEnrolledAt ? await this.deps.agents.totp(agent.id) : undefined;
    return stored && unseal(this.deps.secretKey, TOTP_SEAL, `agent:${agent.id}`, stored.sealed);
  }

  /** The app's code: right when it matches a step not taken yet, which it then takes. */
  private async appCodeRight(agent: Agent, typed: string, now: Date): Promise<boolean> {
    const secret = await this.appSecret(agent);
    if (!secret) return false;
    const step = matchTotp(secret, typed, now);
    if (step === undefined) return false;
    if (await this.deps.agents.useTotpStep(agent.id, step)) return true;
    await this.record(agent, 'agent.totpReused', `agent:${agent.id}`);
    return false;
  }

  /** The second factor the session of this cookie token waits for, if it still does. */
  async awaitedFactor(session: string): Promise<AgentFactor | undefined> {
    if (!isToken(session)) return undefined;
    const row = await this.deps.agents.sessionByToken(this.hash('agent-session', session));
    return row && !row.confirmedAt && !row.endedAt && row.codeExpiresAt > this.now().toISOString() ? row.factor : undefined;
  }

  /** The signed-in agent of a cookie token: confirmed, not ended, not expired, not idle; its last request is noted. */
  async current(session: string): Promise<{ agent: Agent; sessionId: number } | undefined> {
    if (!isToken(session)) return undefined;
    const row = await this.deps.agents.sessionByToken(this.hash('agent-session', session));
    const now = this.now();
    const idleSince = new Date(now.getTime() - AGENT_IDLE_MINUTES * MINUTE).toISOString();
    if (!row || !row.confirmedAt || row.endedAt || row.expiresAt <= now.toISOString() || row.lastSeenAt <= idleSince) return undefined;
    const agent = await this.deps.agents.get(row.agentId);
    if (!agent || agent.disabledAt) return undefined;
    await this.deps.agents.touchSession(row.id, now.toISOString());
    return { agent, sessionId: row.id };
  }

  async signOut(session: string): Promise<void> {
    const found = await this.current(session);
    if (!found) return;
    await this.deps.agents.endSession(found.sessionId, this.now().toISOString());
    await this.record(found.agent, 'agent.signedOut', `agent:${found.agent.id}`);
  }
}

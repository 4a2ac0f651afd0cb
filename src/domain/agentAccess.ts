/**
 * The agents' access to the back office (/agents), with the residents' rules:
 * - `admin agent add` makes the account and mails a one-time link (15 minutes, single use) to the
 *   page that sets the password, under the same rule (CNIL) and storage (scrypt) as residents';
 * - sign-in: e-mail and password, then a 6-digit code mailed to the agent (second factor, 5
 *   minutes); the session is usable only once the code is confirmed, for 8 hours at most and
 *   30 minutes without a request;
 * - wrong passwords are counted per agent (5 per 15 minutes) and wrong codes per session (5) in the
 *   audit log, each try counted before it is checked (src/domain/accountPorts.ts TryRepository).
 * Tokens, codes and links are kept only as keyed hashes.
 */
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { normalizeEmail, isEmail } from './accounts';
import type { AuditRepository, CommuneRepository, TryRepository } from './ports';
import type { Agent, AgentRepository, AgentRole } from './agents';
import type { Clock } from './clock';
import { DomainError } from './errors';
import { keyedHash } from './familyKey';
import type { Mailer } from './mail';
import { DEFAULT_PASSWORD_COST, hashPassword, passwordProblems, verifyPassword, type PasswordProblem } from './passwords';
import { LINK_MINUTES, PASSWORD_TRIES, PASSWORD_WINDOW_MINUTES } from './passwordAccess';

export const AGENT_CODE_MINUTES = 5;
export const AGENT_CODE_TRIES = 5;
export const AGENT_SESSION_HOURS = 8;
export const AGENT_IDLE_MINUTES = 30;
const MINUTE = 60_000;

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

  /** A new agent of a commune; mails the link to choose the password. The agent's id. */
  async add(communeId: string, email: string, roles: AgentRole[], baseUrl: string): Promise<number> {
    const commune = await this.deps.communes.get(communeId);
    if (!commune) throw new DomainError('commune.unknown', { id: communeId });
    if (!isEmail(email)) throw new DomainError('agent.badEmail', { email });
    const link = token();
    const at = this.now();
    const id = await this.deps.agents.create({ communeId, email: normalizeEmail(email), roles, linkHash: this.hash('agent-link', link), linkExpiresAt: new Date(at.getTime() + LINK_MINUTES * MINUTE).toISOString() });
    if (id === undefined) throw new DomainError('agent.exists', { email });
    await this.deps.mailer.sendPasswordLink({ to: normalizeEmail(email), url: `${baseUrl}/agents/mot-de-passe/${link}`, minutes: LINK_MINUTES, reason: 'agent', commune, locale: 'fr' });
    await this.deps.audit.append({ actor: 'admin', action: 'agent.added', communeId, subject: `agent:${id}`, details: { roles } }, at.toISOString());
    return id;
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
   * E-mail and password. Right: a session waiting for its code, whose token goes in the cookie,
   * and the code mailed. An unknown e-mail and a wrong password get the same answer, in the same time.
   */
  async signIn(email: string, password: string): Promise<AgentSignIn> {
    const now = this.now();
    const at = now.toISOString();
    const agent = isEmail(email) ? await this.deps.agents.findByEmail(normalizeEmail(email)) : undefined;
    const stored = agent && !agent.disabledAt ? await this.deps.agents.passwordHash(agent.id) : null;
    let reservation;
    if (agent) {
      const subject = `agent:${agent.id}`;
      const since = new Date(now.getTime() - PASSWORD_WINDOW_MINUTES * MINUTE).toISOString();
      const granted = await this.deps.tries.reserve([{ kind: 'audit', entry: { actor: subject, action: 'agent.passwordFailed', communeId: agent.communeId, subject }, since, max: PASSWORD_TRIES }], at);
      if (!granted.ok) return { ok: false, reason: 'locked' };
      reservation = granted.reservation;
    }
    this.dummyHash ??= hashPassword(randomBytes(16).toString('hex'), this.cost);
    const right = await verifyPassword(password.slice(0, 200), stored ?? (await this.dummyHash));
    if (!agent || !stored || !right || !reservation) {
      if (!agent) await this.deps.audit.append({ actor: 'anonymous', action: 'agent.passwordFailed', details: null }, at);
      return { ok: false, reason: 'wrong' };
    }
    await this.deps.tries.release(reservation);
    const session = token();
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.deps.agents.createSession({
      agentId: agent.id,
      tokenHash: this.hash('agent-session', session),
      codeHash: this.hash(`agent-code:${session}`, code),
      codeExpiresAt: new Date(now.getTime() + AGENT_CODE_MINUTES * MINUTE).toISOString(),
      at,
      expiresAt: new Date(now.getTime() + AGENT_CODE_MINUTES * MINUTE).toISOString(),
    });
    const commune = await this.deps.communes.get(agent.communeId);
    if (commune) await this.deps.mailer.sendCode({ to: agent.email, purpose: 'agent_sign_in', code, minutes: AGENT_CODE_MINUTES, commune, locale: 'fr' });
    await this.record(agent, 'agent.passwordAccepted', `agent:${agent.id}`);
    return { ok: true, token: session };
  }

  /** The code mailed after the password: confirms the session of this cookie token. */
  async confirmCode(session: string, typed: string): Promise<AgentCodeCheck> {
    if (!isToken(session)) return { ok: false, reason: 'expired' };
    const row = await this.deps.agents.sessionByToken(this.hash('agent-session', session));
    const now = this.now();
    const at = now.toISOString();
    if (!row || row.confirmedAt || row.endedAt || row.codeExpiresAt <= at) return { ok: false, reason: 'expired' };
    const agent = await this.deps.agents.get(row.agentId);
    if (!agent || agent.disabledAt) return { ok: false, reason: 'expired' };
    const subject = `agentSession:${row.id}`;
    const granted = await this.deps.tries.reserve([{ kind: 'audit', entry: { actor: `agent:${agent.id}`, action: 'agent.codeFailed', communeId: agent.communeId, subject }, since: row.createdAt, max: AGENT_CODE_TRIES }], at);
    if (!granted.ok) return { ok: false, reason: 'locked' };
    const digits = typed.replace(/\s/g, '');
    const expected = Buffer.from(row.codeHash, 'hex');
    const given = Buffer.from(this.hash(`agent-code:${session}`, digits), 'hex');
    if (!/^\d{6}$/.test(digits) || expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'wrong' };
    await this.deps.tries.release(granted.reservation);
    if (!(await this.deps.agents.confirmSession(row.id, at, new Date(now.getTime() + AGENT_SESSION_HOURS * 60 * MINUTE).toISOString()))) return { ok: false, reason: 'expired' };
    await this.deps.agents.recordSignIn(agent.id, at);
    await this.record(agent, 'agent.signedIn', `agent:${agent.id}`);
    return { ok: true, agent };
  }

  /** Whether the cookie token is a session waiting for its code. */
  async awaitsCode(session: string): Promise<boolean> {
    if (!isToken(session)) return false;
    const row = await this.deps.agents.sessionByToken(this.hash('agent-session', session));
    return !!row && !row.confirmedAt && !row.endedAt && row.codeExpiresAt > this.now().toISOString();
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

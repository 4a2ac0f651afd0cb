/**
 * The commune's agents, managed by the admin command (`admin agent …`) or in the back office by an
 * agent with the « administration » role of the same commune: list, add (a one-time link mailed to
 * choose the password), change roles, disable (the agent's sessions end at once, sign-in is
 * refused) or enable, send a new password link, reset the authenticator app (a lost phone).
 * A change from the back office carries what the page showed of the agent (agentVersion): changed
 * meanwhile, it is refused as stale. An administrator cannot take away the commune's last
 * administrator (disable themselves or drop their own « administration » role). Each change is
 * written to the audit log under `admin` or `agent:<id>`; refusals are the pages' to record.
 */
import { randomBytes } from 'node:crypto';
import { isEmail, normalizeEmail } from './accounts';
import type { AuditRepository, CommuneRepository } from './ports';
import { agentVersion, type Agent, type AgentChange, type AgentRepository, type AgentRole } from './agents';
import type { Clock } from './clock';
import { DomainError } from './errors';
import { keyedHash } from './familyKey';
import type { Mailer } from './mail';
import { LINK_MINUTES } from './passwordAccess';

const MINUTE = 60_000;

export interface AgentTeamDeps {
  agents: AgentRepository;
  communes: CommuneRepository;
  audit: AuditRepository;
  mailer: Mailer;
  clock: Clock;
  secretKey: string;
}

/** Who asks: the admin command, or an agent in the back office (its commune and role are checked). */
export type TeamActor = { kind: 'admin' } | { kind: 'agent'; agent: Agent };

export type TeamRefusal = 'notFound' | 'forbidden' | 'stale' | 'lastAdmin' | 'disabled' | 'unchanged';
export type TeamResult = { ok: true; agent: Agent } | { ok: false; reason: TeamRefusal };

const actorOf = (by: TeamActor): string => (by.kind === 'admin' ? 'admin' : `agent:${by.agent.id}`);
const isAdmin = (agent: Pick<Agent, 'roles' | 'disabledAt'>) => !agent.disabledAt && agent.roles.includes('administration');

export class AgentTeam {
  constructor(private readonly deps: AgentTeamDeps) {}

  private async audit(by: TeamActor, action: string, target: Agent, details: Record<string, unknown> | null = null): Promise<void> {
    await this.deps.audit.append({ actor: actorOf(by), action, communeId: target.communeId, subject: `agent:${target.id}`, details }, this.deps.clock.now().toISOString());
  }

  /** The agent this actor may manage, or why not. */
  async find(id: number, by: TeamActor): Promise<TeamResult> {
    const agent = await this.deps.agents.get(id);
    if (!agent || (by.kind === 'agent' && agent.communeId !== by.agent.communeId)) return { ok: false, reason: 'notFound' };
    if (by.kind === 'agent' && !isAdmin(by.agent)) return { ok: false, reason: 'forbidden' };
    return { ok: true, agent };
  }

  findByEmail = (email: string): Promise<Agent | undefined> => this.deps.agents.findByEmail(normalizeEmail(email));

  list = (communeId: string): Promise<Agent[]> => this.deps.agents.listByCommune(communeId);

  /** A new agent of a commune; mails the link to choose the password. The agent's id. */
  async add(communeId: string, email: string, roles: AgentRole[], baseUrl: string, by: TeamActor = { kind: 'admin' }): Promise<number> {
    if (by.kind === 'agent' && (by.agent.communeId !== communeId || !isAdmin(by.agent))) throw new DomainError('agent.forbidden');
    const commune = await this.deps.communes.get(communeId);
    if (!commune) throw new DomainError('commune.unknown', { id: communeId });
    if (!isEmail(email)) throw new DomainError('agent.badEmail', { email });
    if (roles.length === 0) throw new DomainError('agent.noRole');
    const link = randomBytes(32).toString('base64url');
    const at = this.deps.clock.now();
    const id = await this.deps.agents.create({ communeId, email: normalizeEmail(email), roles, linkHash: this.linkHash(link), linkExpiresAt: new Date(at.getTime() + LINK_MINUTES * MINUTE).toISOString() });
    if (id === undefined) throw new DomainError('agent.exists', { email });
    await this.deps.mailer.sendPasswordLink({ to: normalizeEmail(email), url: `${baseUrl}/agents/mot-de-passe/${link}`, minutes: LINK_MINUTES, reason: 'agent', commune, locale: 'fr' });
    await this.deps.audit.append({ actor: actorOf(by), action: 'agent.added', communeId, subject: `agent:${id}`, details: { roles } }, at.toISOString());
    return id;
  }

  /** The same hash as src/domain/agentAccess.ts keeps for a set-password link. */
  private linkHash(link: string): string {
    return keyedHash(`agent-link:${link}`, this.deps.secretKey);
  }

  /**
   * Applies a change decided on the agent as stored now: refused when the page showed another
   * version (`seen`), or when an administrator would take away the commune's last administrator.
   */
  private async change(id: number, by: TeamActor, seen: string | undefined, decide: (current: Agent) => AgentChange | TeamRefusal): Promise<TeamResult> {
    const found = await this.find(id, by);
    if (!found.ok) return found;
    const outcome = await this.deps.agents.change(id, (current, otherAdmins) => {
      if (seen !== undefined && agentVersion(current) !== seen) return { refused: 'stale' };
      const decided = decide(current);
      if (typeof decided === 'string') return { refused: decided };
      const after = { roles: decided.roles ?? current.roles, disabledAt: decided.disabledAt === undefined ? current.disabledAt : decided.disabledAt };
      if (by.kind === 'agent' && isAdmin(current) && !isAdmin(after) && otherAdmins === 0) return { refused: 'lastAdmin' };
      return decided;
    });
    if (!outcome) return { ok: false, reason: 'notFound' };
    return outcome.ok ? outcome : { ok: false, reason: outcome.reason as TeamRefusal };
  }

  async setRoles(id: number, roles: AgentRole[], by: TeamActor, seen?: string): Promise<TeamResult> {
    if (roles.length === 0) throw new DomainError('agent.noRole');
    let before: AgentRole[] = [];
    const result = await this.change(id, by, seen, (current) => {
      before = current.roles;
      return [...current.roles].sort().join() === [...roles].sort().join() ? 'unchanged' : { roles };
    });
    if (result.ok) await this.audit(by, 'agent.rolesChanged', result.agent, { from: before, to: roles });
    return result;
  }

  /** Disables the agent: its sessions end now, sign-in and its password link are refused. */
  async disable(id: number, by: TeamActor, seen?: string): Promise<TeamResult> {
    const at = this.deps.clock.now().toISOString();
    const result = await this.change(id, by, seen, (current) => (current.disabledAt ? 'unchanged' : { disabledAt: at, endSessionsAt: at }));
    if (result.ok) await this.audit(by, 'agent.disabled', result.agent);
    return result;
  }

  async enable(id: number, by: TeamActor, seen?: string): Promise<TeamResult> {
    const result = await this.change(id, by, seen, (current) => (current.disabledAt ? { disabledAt: null } : 'unchanged'));
    if (result.ok) await this.audit(by, 'agent.enabled', result.agent);
    return result;
  }

  /** A new one-time link to choose the password (the previous one stops working), mailed to the agent. */
  async sendLink(id: number, baseUrl: string, by: TeamActor): Promise<TeamResult> {
    const found = await this.find(id, by);
    if (!found.ok) return found;
    const { agent } = found;
    if (agent.disabledAt) return { ok: false, reason: 'disabled' };
    const commune = await this.deps.communes.get(agent.communeId);
    if (!commune) return { ok: false, reason: 'notFound' };
    const link = randomBytes(32).toString('base64url');
    await this.deps.agents.setLink(agent.id, this.linkHash(link), new Date(this.deps.clock.now().getTime() + LINK_MINUTES * MINUTE).toISOString());
    await this.deps.mailer.sendPasswordLink({ to: agent.email, url: `${baseUrl}/agents/mot-de-passe/${link}`, minutes: LINK_MINUTES, reason: 'agent', commune, locale: 'fr' });
    await this.audit(by, 'agent.linkSent', agent);
    return found;
  }

  /**
   * Removes the agent's authenticator app (a lost phone, perhaps in other hands): the agent's open
   * sessions end, and the code is mailed at the next sign-in.
   */
  async resetTotp(id: number, by: TeamActor): Promise<TeamResult> {
    const found = await this.find(id, by);
    if (!found.ok) return found;
    if (!found.agent.totpEnrolledAt) return { ok: false, reason: 'unchanged' };
    await this.deps.agents.setTotp(id, null);
    await this.deps.agents.endSessions(id, this.deps.clock.now().toISOString());
    await this.audit(by, 'agent.totpReset', found.agent);
    return { ok: true, agent: { ...found.agent, totpEnrolledAt: null } };
  }
}

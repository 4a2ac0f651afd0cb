/**
 * The commune's agents: who they are, their roles and what each role may do in the back office
 * (/agents), and the port their accounts and sessions are stored through.
 * - état civil: démarches (actes, attestations, changes of address);
 * - périscolaire: bookings waiting for a decision, the kitchens' head-count, family files;
 * - régie: family files (keys), invoices and payments;
 * - administration: everything, and the commune's configuration.
 */
import { normalize } from './text';

export const AGENT_ROLES = ['etat-civil', 'regie', 'periscolaire', 'administration'] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];

export type AgentRight = 'requests' | 'bookings' | 'headcount' | 'families' | 'papers' | 'invoices' | 'configuration' | 'team';

const RIGHTS: Record<AgentRight, readonly AgentRole[]> = {
  requests: ['etat-civil', 'administration'],
  bookings: ['periscolaire', 'administration'],
  headcount: ['periscolaire', 'administration'],
  families: ['regie', 'periscolaire', 'administration'],
  /** The papers residents sent that wait for a review (each opens in its family file). */
  papers: ['regie', 'periscolaire', 'administration'],
  invoices: ['regie', 'administration'],
  configuration: AGENT_ROLES,
  /** The commune's agents: add, roles, disable, new password link. */
  team: ['administration'],
};

export interface Agent {
  id: number;
  communeId: string;
  email: string;
  roles: AgentRole[];
  disabledAt: string | null;
  lastLoginAt: string | null;
  /** Whether the agent chose a password (else the mailed link is still waiting). */
  passwordSet: boolean;
  /** When the agent enrolled an authenticator app (null: the sign-in code is mailed). */
  totpEnrolledAt: string | null;
}

/** Whether one of the agent's roles gives this right. */
export const agentCan = (agent: Pick<Agent, 'roles'>, right: AgentRight): boolean => RIGHTS[right].some((r) => agent.roles.includes(r));

/** The rights an agent has, in the order of the back office's menu. */
export const rightsOf = (agent: Pick<Agent, 'roles'>): AgentRight[] => (Object.keys(RIGHTS) as AgentRight[]).filter((r) => agentCan(agent, r));

/** « etat-civil,regie », « État civil, Régie » → the roles (accents, case and spacing aside), or undefined when one is unknown or none is given. */
export function parseRoles(text: string): AgentRole[] | undefined {
  const words = text.split(',').map((w) => normalize(w).replace(/ /g, '-')).filter(Boolean);
  if (words.length === 0 || words.some((w) => !(AGENT_ROLES as readonly string[]).includes(w))) return undefined;
  return AGENT_ROLES.filter((r) => words.includes(r));
}

/**
 * What a page showed of an agent (roles and whether disabled), sent back with a change: when the
 * agent changed meanwhile, the change is refused as stale, as a decision on a démarche is.
 */
export const agentVersion = (agent: Pick<Agent, 'roles' | 'disabledAt'>): string => `${[...agent.roles].sort().join(',')}|${agent.disabledAt ? 'off' : 'on'}`;

/** An agent's state in the list: waiting for the password, active, or disabled. */
export const agentState = (agent: Pick<Agent, 'disabledAt' | 'passwordSet'>): 'waiting' | 'active' | 'disabled' => (agent.disabledAt ? 'disabled' : agent.passwordSet ? 'active' : 'waiting');

/** The second factor a sign-in waits for: a code mailed, or the authenticator app's. */
export type AgentFactor = 'email' | 'totp';

export interface AgentSession {
  id: number;
  agentId: number;
  factor: AgentFactor;
  codeHash: string;
  codeExpiresAt: string;
  confirmedAt: string | null;
  lastSeenAt: string;
  expiresAt: string;
  endedAt: string | null;
  createdAt: string;
}

export interface NewAgent {
  communeId: string;
  email: string;
  roles: AgentRole[];
  linkHash: string;
  linkExpiresAt: string;
}

/** A change to an agent's roles or state, decided in the write transaction from what is stored now. */
export interface AgentChange {
  roles?: AgentRole[];
  disabledAt?: string | null;
  /** Ends the agent's sessions at this instant (disabled). */
  endSessionsAt?: string;
}

/**
 * Given the agent as stored and how many other enabled agents of its commune have the
 * « administration » role: the change to write, or a refusal's reason (nothing written).
 */
export type AgentChangeDecision = (current: Agent, otherAdmins: number) => AgentChange | { refused: string };

export interface AgentRepository {
  /** The new agent's id, or undefined when an agent already has this e-mail. */
  create(agent: NewAgent): Promise<number | undefined>;
  get(id: number): Promise<Agent | undefined>;
  findByEmail(email: string): Promise<Agent | undefined>;
  /** The commune's agents, by e-mail. */
  listByCommune(communeId: string): Promise<Agent[]>;
  /**
   * In one write transaction, the commune's agents locked: reads the agent, asks `decide`, writes
   * the change. Undefined when there is no such agent.
   */
  change(id: number, decide: AgentChangeDecision): Promise<{ ok: true; agent: Agent } | { ok: false; reason: string } | undefined>;
  /** The sealed TOTP secret and the last step accepted, when the agent enrolled an app. */
  totp(id: number): Promise<{ sealed: string; lastStep: number | null } | undefined>;
  /** Stores the sealed secret (enrolled at `at`, `step` taken), or removes it (all null). */
  setTotp(id: number, totp: { sealed: string; step: number; at: string } | null): Promise<void>;
  /** Takes this step's code: false when it (or a later one) was already taken. */
  useTotpStep(id: number, step: number): Promise<boolean>;
  /** Ends every session of the agent still open. */
  endSessions(agentId: number, at: string): Promise<void>;
  /** The agent whose set-password link has this hash, with the link's expiry. */
  findByLink(linkHash: string): Promise<(Agent & { linkExpiresAt: string }) | undefined>;
  /** A new set-password link (the previous one stops working). */
  setLink(id: number, linkHash: string, expiresAt: string): Promise<void>;
  passwordHash(id: number): Promise<string | null>;
  /** Stores the password and uses the link up; false when the link was used meanwhile. */
  setPassword(id: number, linkHash: string, passwordHash: string): Promise<boolean>;
  recordSignIn(id: number, at: string): Promise<void>;
  createSession(session: { agentId: number; factor: AgentFactor; tokenHash: string; codeHash: string; codeExpiresAt: string; at: string; expiresAt: string }): Promise<number>;
  sessionByToken(tokenHash: string): Promise<AgentSession | undefined>;
  /** Marks the code confirmed; false when it was already (or the session ended). */
  confirmSession(id: number, at: string, expiresAt: string): Promise<boolean>;
  touchSession(id: number, at: string): Promise<void>;
  endSession(id: number, at: string): Promise<void>;
}

/**
 * The commune's agents: who they are, their roles and what each role may do in the back office
 * (/agents), and the port their accounts and sessions are stored through.
 * - état civil: démarches (actes, attestations, changes of address);
 * - périscolaire: bookings waiting for a decision, the kitchens' head-count, family files;
 * - régie: family files (keys), invoices and payments;
 * - administration: everything, and the commune's configuration.
 */
export const AGENT_ROLES = ['etat-civil', 'regie', 'periscolaire', 'administration'] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];

export type AgentRight = 'requests' | 'bookings' | 'headcount' | 'families' | 'invoices' | 'configuration';

const RIGHTS: Record<AgentRight, readonly AgentRole[]> = {
  requests: ['etat-civil', 'administration'],
  bookings: ['periscolaire', 'administration'],
  headcount: ['periscolaire', 'administration'],
  families: ['regie', 'periscolaire', 'administration'],
  invoices: ['regie', 'administration'],
  configuration: AGENT_ROLES,
};

export interface Agent {
  id: number;
  communeId: string;
  email: string;
  roles: AgentRole[];
  disabledAt: string | null;
  lastLoginAt: string | null;
}

/** Whether one of the agent's roles gives this right. */
export const agentCan = (agent: Pick<Agent, 'roles'>, right: AgentRight): boolean => RIGHTS[right].some((r) => agent.roles.includes(r));

/** The rights an agent has, in the order of the back office's menu. */
export const rightsOf = (agent: Pick<Agent, 'roles'>): AgentRight[] => (Object.keys(RIGHTS) as AgentRight[]).filter((r) => agentCan(agent, r));

/** « etat-civil,regie » → the roles, or undefined when one is unknown or none is given. */
export function parseRoles(text: string): AgentRole[] | undefined {
  const words = text.split(',').map((w) => w.trim().toLowerCase()).filter(Boolean);
  if (words.length === 0 || words.some((w) => !(AGENT_ROLES as readonly string[]).includes(w))) return undefined;
  return [...new Set(words)] as AgentRole[];
}

export interface AgentSession {
  id: number;
  agentId: number;
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

export interface AgentRepository {
  /** The new agent's id, or undefined when an agent already has this e-mail. */
  create(agent: NewAgent): Promise<number | undefined>;
  get(id: number): Promise<Agent | undefined>;
  findByEmail(email: string): Promise<Agent | undefined>;
  /** The agent whose set-password link has this hash, with the link's expiry. */
  findByLink(linkHash: string): Promise<(Agent & { linkExpiresAt: string }) | undefined>;
  /** A new set-password link (the previous one stops working). */
  setLink(id: number, linkHash: string, expiresAt: string): Promise<void>;
  passwordHash(id: number): Promise<string | null>;
  /** Stores the password and uses the link up; false when the link was used meanwhile. */
  setPassword(id: number, linkHash: string, passwordHash: string): Promise<boolean>;
  recordSignIn(id: number, at: string): Promise<void>;
  createSession(session: { agentId: number; tokenHash: string; codeHash: string; codeExpiresAt: string; at: string; expiresAt: string }): Promise<number>;
  sessionByToken(tokenHash: string): Promise<AgentSession | undefined>;
  /** Marks the code confirmed; false when it was already (or the session ended). */
  confirmSession(id: number, at: string, expiresAt: string): Promise<boolean>;
  touchSession(id: number, at: string): Promise<void>;
  endSession(id: number, at: string): Promise<void>;
}

/** The commune's agents and their back-office sessions, on either store (db/store.ts). */
import { and, asc, eq, isNull, like, lt, ne, or } from 'drizzle-orm';
import { AGENT_ROLES, type Agent, type AgentChangeDecision, type AgentFactor, type AgentRepository as Port, type AgentRole, type AgentSession, type NewAgent } from '../../src/domain/agents';
import type { Db } from '../client';
import type { agents } from '../schema';
import { change, changed, lock, one, rows, type Store, type Tx } from '../store';

type Row = typeof agents.$inferSelect;

const toAgent = (r: Row): Agent => ({
  id: r.id,
  communeId: r.communeId,
  email: r.email,
  roles: r.roles.split(',').filter((x): x is AgentRole => (AGENT_ROLES as readonly string[]).includes(x)),
  disabledAt: r.disabledAt,
  lastLoginAt: r.lastLoginAt,
  passwordSet: r.passwordHash !== null,
  totpEnrolledAt: r.totpSecret ? r.totpEnrolledAt : null,
});

export class AgentRepository implements Port {
  constructor(private readonly store: Store) {}

  create(agent: NewAgent): Promise<number | undefined> {
    return this.store.write((db) => this.createIn(db, agent));
  }

  private *createIn(db: Db, agent: NewAgent): Tx<number | undefined> {
    const { agents } = this.store.tables;
    if (yield* one(db.select({ id: agents.id }).from(agents).where(eq(agents.email, agent.email)).limit(1))) return undefined;
    const row = yield* one(db.insert(agents).values({ ...agent, roles: agent.roles.join(',') }).returning({ id: agents.id }));
    return (row as { id: number }).id;
  }

  async get(id: number): Promise<Agent | undefined> {
    const { agents } = this.store.tables;
    const [row] = await this.store.db.select().from(agents).where(eq(agents.id, id)).limit(1);
    return row ? toAgent(row) : undefined;
  }

  async findByEmail(email: string): Promise<Agent | undefined> {
    const { agents } = this.store.tables;
    const [row] = await this.store.db.select().from(agents).where(eq(agents.email, email)).limit(1);
    return row ? toAgent(row) : undefined;
  }

  async listByCommune(communeId: string): Promise<Agent[]> {
    const { agents } = this.store.tables;
    return (await this.store.db.select().from(agents).where(eq(agents.communeId, communeId)).orderBy(asc(agents.email))).map(toAgent);
  }

  async change(id: number, decide: AgentChangeDecision): Promise<{ ok: true; agent: Agent } | { ok: false; reason: string } | undefined> {
    const { agents, agentSessions } = this.store.tables;
    const [target] = await this.store.db.select({ communeId: agents.communeId }).from(agents).where(eq(agents.id, id)).limit(1);
    if (!target) return undefined;
    return this.store.write(function* (db): Tx<{ ok: true; agent: Agent } | { ok: false; reason: string } | undefined> {
      // Two administrators changing each other at once: one after the other, each seeing the other's change.
      yield* lock('agents', target.communeId);
      const row = yield* one(db.select().from(agents).where(eq(agents.id, id)).limit(1));
      if (!row) return undefined;
      const admins = yield* rows(db.select({ id: agents.id }).from(agents).where(and(eq(agents.communeId, row.communeId), ne(agents.id, id), isNull(agents.disabledAt), like(agents.roles, '%administration%'))));
      const decided = decide(toAgent(row), admins.length);
      if ('refused' in decided) return { ok: false, reason: decided.refused };
      const set: Partial<Row> = {};
      if (decided.roles) set.roles = decided.roles.join(',');
      if (decided.disabledAt !== undefined) set.disabledAt = decided.disabledAt;
      if (Object.keys(set).length) yield* change(db.update(agents).set(set).where(eq(agents.id, id)));
      if (decided.endSessionsAt) yield* change(db.update(agentSessions).set({ endedAt: decided.endSessionsAt }).where(and(eq(agentSessions.agentId, id), isNull(agentSessions.endedAt))));
      return { ok: true, agent: toAgent({ ...row, ...set }) };
    });
  }

  async totp(id: number): Promise<{ sealed: string; lastStep: number | null } | undefined> {
    const { agents } = this.store.tables;
    const [row] = await this.store.db.select({ sealed: agents.totpSecret, lastStep: agents.totpLastStep }).from(agents).where(eq(agents.id, id)).limit(1);
    return row?.sealed ? { sealed: row.sealed, lastStep: row.lastStep === null ? null : Number(row.lastStep) } : undefined;
  }

  async setTotp(id: number, totp: { sealed: string; step: number; at: string } | null): Promise<void> {
    const { agents } = this.store.tables;
    await this.store.db.update(agents).set({ totpSecret: totp?.sealed ?? null, totpLastStep: totp?.step ?? null, totpEnrolledAt: totp?.at ?? null }).where(eq(agents.id, id));
  }

  async useTotpStep(id: number, step: number): Promise<boolean> {
    const { agents } = this.store.tables;
    return this.store.writeOne(function* (db): Tx<boolean> {
      const taken = db.update(agents).set({ totpLastStep: step }).where(and(eq(agents.id, id), or(isNull(agents.totpLastStep), lt(agents.totpLastStep, step))));
      return (yield* change(taken)) === 1;
    });
  }

  async endSessions(agentId: number, at: string): Promise<void> {
    const { agentSessions } = this.store.tables;
    await this.store.db.update(agentSessions).set({ endedAt: at }).where(and(eq(agentSessions.agentId, agentId), isNull(agentSessions.endedAt)));
  }

  async findByLink(linkHash: string): Promise<(Agent & { linkExpiresAt: string }) | undefined> {
    const { agents } = this.store.tables;
    const [row] = await this.store.db.select().from(agents).where(eq(agents.linkHash, linkHash)).limit(1);
    return row && row.linkExpiresAt ? { ...toAgent(row), linkExpiresAt: row.linkExpiresAt } : undefined;
  }

  async setLink(id: number, linkHash: string, expiresAt: string): Promise<void> {
    const { agents } = this.store.tables;
    await this.store.db.update(agents).set({ linkHash, linkExpiresAt: expiresAt }).where(eq(agents.id, id));
  }

  async passwordHash(id: number): Promise<string | null> {
    const { agents } = this.store.tables;
    const [row] = await this.store.db.select({ h: agents.passwordHash }).from(agents).where(eq(agents.id, id)).limit(1);
    return row?.h ?? null;
  }

  async setPassword(id: number, linkHash: string, passwordHash: string): Promise<boolean> {
    const { agents } = this.store.tables;
    return this.store.write(function* (db): Tx<boolean> {
      return (yield* change(db.update(agents).set({ passwordHash, linkHash: null, linkExpiresAt: null }).where(and(eq(agents.id, id), eq(agents.linkHash, linkHash))))) === 1;
    });
  }

  async recordSignIn(id: number, at: string): Promise<void> {
    const { agents } = this.store.tables;
    await this.store.db.update(agents).set({ lastLoginAt: at }).where(eq(agents.id, id));
  }

  async createSession(s: { agentId: number; factor: AgentFactor; tokenHash: string; codeHash: string; codeExpiresAt: string; at: string; expiresAt: string }): Promise<number> {
    const { agentSessions } = this.store.tables;
    const [row] = await this.store.db
      .insert(agentSessions)
      .values({ agentId: s.agentId, factor: s.factor, tokenHash: s.tokenHash, codeHash: s.codeHash, codeExpiresAt: s.codeExpiresAt, lastSeenAt: s.at, expiresAt: s.expiresAt, createdAt: s.at })
      .returning({ id: agentSessions.id });
    return (row as { id: number }).id;
  }

  async sessionByToken(tokenHash: string): Promise<AgentSession | undefined> {
    const { agentSessions } = this.store.tables;
    const [row] = await this.store.db.select().from(agentSessions).where(eq(agentSessions.tokenHash, tokenHash)).limit(1);
    return row ? { id: row.id, agentId: row.agentId, factor: row.factor === 'totp' ? 'totp' : 'email', codeHash: row.codeHash, codeExpiresAt: row.codeExpiresAt, confirmedAt: row.confirmedAt, lastSeenAt: row.lastSeenAt, expiresAt: row.expiresAt, endedAt: row.endedAt, createdAt: row.createdAt } : undefined;
  }

  async confirmSession(id: number, at: string, expiresAt: string): Promise<boolean> {
    const { agentSessions } = this.store.tables;
    const result = await this.store.db
      .update(agentSessions)
      .set({ confirmedAt: at, lastSeenAt: at, expiresAt })
      .where(and(eq(agentSessions.id, id), isNull(agentSessions.confirmedAt), isNull(agentSessions.endedAt)));
    return changed(result) === 1;
  }

  async touchSession(id: number, at: string): Promise<void> {
    const { agentSessions } = this.store.tables;
    await this.store.db.update(agentSessions).set({ lastSeenAt: at }).where(eq(agentSessions.id, id));
  }

  async endSession(id: number, at: string): Promise<void> {
    const { agentSessions } = this.store.tables;
    await this.store.db.update(agentSessions).set({ endedAt: at }).where(and(eq(agentSessions.id, id), isNull(agentSessions.endedAt)));
  }
}

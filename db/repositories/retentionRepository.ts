/** What the retention job purges once past its period, on either store (db/store.ts). */
import { and, asc, count, eq, inArray, isNotNull, isNull, like, lt, or, sql } from 'drizzle-orm';
import type { HistoryRow } from '../../src/domain/oneTimeLinks';
import type { RetentionRepository as Port } from '../../src/domain/retention';
import type { Db } from '../client';
import { change, one, rows, type Store, type Tx } from '../store';

/** Reminders still to be sent are never purged. */
const DEALT_WITH = ['sent', 'stopped', 'expired', 'interrupted'];

export class RetentionRepository implements Port {
  constructor(private readonly store: Store) {}

  async purgeDirectLine(before: string): Promise<{ conversations: number; activities: number }> {
    return this.store.write((db) => this.purgeDirectLineIn(db, before));
  }

  private *purgeDirectLineIn(db: Db, before: string): Tx<{ conversations: number; activities: number }> {
    const { directLineActivities, directLineConversations } = this.store.tables;
    const old = (yield* rows(db.select({ id: directLineConversations.id }).from(directLineConversations).where(lt(directLineConversations.lastActiveAt, before)))).map((r) => r.id);
    if (old.length === 0) return { conversations: 0, activities: 0 };
    let activities = 0;
    let conversations = 0;
    // In slices: SQLite takes at most 32 766 parameters per statement (PostgreSQL 65 535).
    for (let i = 0; i < old.length; i += 500) {
      const slice = old.slice(i, i + 500);
      activities += (yield* one(db.select({ n: count() }).from(directLineActivities).where(inArray(directLineActivities.conversationId, slice))))?.n ?? 0;
      yield* change(db.delete(directLineActivities).where(inArray(directLineActivities.conversationId, slice)));
      conversations += yield* change(db.delete(directLineConversations).where(inArray(directLineConversations.id, slice)));
    }
    return { conversations, activities };
  }

  async historyMentioning(fragments: string[]): Promise<HistoryRow[]> {
    const { directLineActivities: a } = this.store.tables;
    if (fragments.length === 0) return [];
    const found = await this.store.db
      .select({ conversationId: a.conversationId, seq: a.seq, activity: a.activity })
      .from(a)
      .where(or(...fragments.map((f) => like(sql`cast(${a.activity} as text)`, `%${f}%`))))
      .orderBy(asc(a.conversationId), asc(a.seq));
    return found.map((r) => ({ conversationId: r.conversationId, seq: r.seq, activity: r.activity as Record<string, unknown> }));
  }

  async rewriteHistory(row: HistoryRow): Promise<void> {
    const { directLineActivities: a } = this.store.tables;
    await this.store.writeOne((db) => change(db.update(a).set({ activity: row.activity }).where(and(eq(a.conversationId, row.conversationId), eq(a.seq, row.seq)))));
  }

  /**
   * SQLite keeps the page a row was on before an update in its write-ahead log until a checkpoint,
   * and freed bytes in the file (unless secure_delete, set in db/client.ts): the log is checkpointed
   * and truncated, so the rewritten rows' earlier text is in neither file. PostgreSQL keeps a dead row
   * version until VACUUM (autovacuum) reclaims it.
   */
  async forgetOldCopies(): Promise<boolean> {
    if (this.store.kind !== 'sqlite') return true;
    // Never wait for a reader here: the checkpoint runs on the event loop, and with the usual
    // busy_timeout it would hold every resident's turn while another connection reads. When it
    // cannot finish now, the next sweep asks again.
    const sqlite = this.store.db.$client;
    const wait = sqlite.pragma('busy_timeout', { simple: true }) as number;
    sqlite.pragma('busy_timeout = 0');
    try {
      const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
      return result?.busy === 0;
    } finally {
      sqlite.pragma(`busy_timeout = ${Number(wait)}`);
    }
  }

  async purgeBotState(kind: 'conversations' | 'users', before: string): Promise<number> {
    const { botState } = this.store.tables;
    // lower(): SQLite's LIKE ignores the case of ASCII letters, PostgreSQL's does not.
    return (await this.store.writeOne((db) => change(db.delete(botState).where(and(like(sql`lower(${botState.key})`, `%/${kind}/%`), lt(botState.updatedAt, before))))));
  }

  async purgeSecrets(before: string): Promise<{ codes: number; links: number; sessions: number }> {
    return this.store.write((db) => this.purgeSecretsIn(db, before));
  }

  private *purgeSecretsIn(db: Db, before: string): Tx<{ codes: number; links: number; sessions: number }> {
    const { linkTokens, oneTimeCodes, sessions } = this.store.tables;
    return {
      codes: yield* change(db.delete(oneTimeCodes).where(lt(oneTimeCodes.expiresAt, before))),
      links: yield* change(db.delete(linkTokens).where(and(lt(linkTokens.expiresAt, before), or(isNull(linkTokens.codeExpiresAt), lt(linkTokens.codeExpiresAt, before))))),
      sessions: yield* change(db.delete(sessions).where(or(and(isNotNull(sessions.endedAt), lt(sessions.endedAt, before)), lt(sessions.lastSeenAt, before)))),
    };
  }

  async loosePapers(before: string): Promise<Array<{ id: number; storagePath: string }>> {
    const { documents } = this.store.tables;
    // In id order, as SQLite has always given them (it reads the whole table).
    return this.store.db
      .select({ id: documents.id, storagePath: documents.storagePath })
      .from(documents)
      .where(and(isNull(documents.requestId), isNull(documents.householdId), lt(documents.createdAt, before)))
      .orderBy(asc(documents.id));
  }

  async deletePaper(id: number): Promise<void> {
    const { documents } = this.store.tables;
    await this.store.writeOne((db) => change(db.delete(documents).where(and(inArray(documents.id, [id]), isNull(documents.requestId), isNull(documents.householdId)))));
  }

  async purgeProfile(before: string): Promise<{ conversationRefs: number; reminders: number; jobRuns: number; outbox: number }> {
    return this.store.write((db) => this.purgeProfileIn(db, before));
  }

  async purgeAudit(actions: readonly string[], before: string): Promise<number> {
    const { auditLog } = this.store.tables;
    if (actions.length === 0) return 0;
    return this.store.writeOne((db) => change(db.delete(auditLog).where(and(inArray(auditLog.action, [...actions]), lt(auditLog.at, before)))));
  }

  async purgeRateLimits(beforeMs: number): Promise<number> {
    const { rateLimits } = this.store.tables;
    return (await this.store.writeOne((db) => change(db.delete(rateLimits).where(lt(rateLimits.expire, beforeMs)))));
  }

  private *purgeProfileIn(db: Db, before: string): Tx<{ conversationRefs: number; reminders: number; jobRuns: number; outbox: number }> {
    const { conversationRefs, jobRuns, outbox, reminders } = this.store.tables;
    return {
      conversationRefs: yield* change(db.delete(conversationRefs).where(lt(conversationRefs.updatedAt, before))),
      reminders: yield* change(db.delete(reminders).where(and(inArray(reminders.status, DEALT_WITH), lt(reminders.expiresOn, before.slice(0, 10))))),
      jobRuns: yield* change(db.delete(jobRuns).where(and(lt(jobRuns.startedAt, before), isNotNull(jobRuns.finishedAt)))),
      // Messages still to send (or failed, for an agent to look at) are kept.
      outbox: yield* change(db.delete(outbox).where(and(eq(outbox.status, 'sent'), lt(outbox.sentAt, before)))),
    };
  }
}

/**
 * The web chat's Direct Line conversations and their activities, so that a conversation survives a
 * page reload and a server restart: the history is read back from here, the watermark is `seq`.
 * On either store (db/store.ts): two instances serve the same conversations.
 */
import { and, asc, eq, gt, max } from 'drizzle-orm';
import type { Db } from '../client';
import { change, isUniqueViolation, KEEPS_TURN_READS, one, type Store, type Tx } from '../store';

export interface DirectLineConversation {
  id: string;
  userId: string;
  communeId: string | null;
  locale: string;
  started: boolean;
}

export interface StoredActivity {
  seq: number;
  activity: Record<string, unknown>;
}

/** How many times an append is tried when another instance took its seq first. */
const APPEND_ATTEMPTS = 30;

export class DirectLineRepository {
  constructor(private readonly store: Store) {}

  async create(conversation: Omit<DirectLineConversation, 'started'>, now: Date): Promise<void> {
    const { directLineConversations } = this.store.tables;
    await this.store.writeOne((db) => change(db.insert(directLineConversations).values({ ...conversation, started: false, lastActiveAt: now.toISOString() })));
  }

  async get(id: string): Promise<DirectLineConversation | undefined> {
    const { directLineConversations } = this.store.tables;
    const [row] = await this.store.db.select().from(directLineConversations).where(eq(directLineConversations.id, id)).limit(1);
    return row ? { id: row.id, userId: row.userId, communeId: row.communeId, locale: row.locale, started: row.started } : undefined;
  }

  /** Marks the conversation started; true only for the caller that changed it (the welcome is sent once). */
  async markStarted(id: string): Promise<boolean> {
    const { directLineConversations } = this.store.tables;
    const result = await this.store.writeOne((db) => change(db.update(directLineConversations).set({ started: true }).where(and(eq(directLineConversations.id, id), eq(directLineConversations.started, false)))), KEEPS_TURN_READS);
    return result === 1;
  }

  /**
   * Appends activities after the last one; `build` receives each one's seq (for its id) and returns
   * what to store. Returns the stored activities with their seq.
   */
  async append(conversationId: string, count: number, build: (seq: number, index: number) => Record<string, unknown>, now: Date): Promise<StoredActivity[]> {
    // No lock: the next seq is read, and unique(conversation, seq) refuses it to the second of two
    // instances appending at once (on PostgreSQL, once the first has committed), which reads again.
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.store.write((db) => this.appendIn(db, conversationId, count, build, now), KEEPS_TURN_READS);
      } catch (e) {
        if (!isUniqueViolation(e) || attempt >= APPEND_ATTEMPTS) throw e;
        // Apart a little, at random: writers that collided do not collide again in step.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 2 * attempt));
      }
    }
  }

  private *appendIn(db: Db, conversationId: string, count: number, build: (seq: number, index: number) => Record<string, unknown>, now: Date): Tx<StoredActivity[]> {
    const { directLineActivities, directLineConversations } = this.store.tables;
    const last = (yield* one(db.select({ seq: max(directLineActivities.seq) }).from(directLineActivities).where(eq(directLineActivities.conversationId, conversationId))))?.seq ?? 0;
    const out: StoredActivity[] = [];
    for (let i = 0; i < count; i += 1) {
      const seq = last + 1 + i;
      const activity = build(seq, i);
      yield* change(db.insert(directLineActivities).values({ conversationId, seq, activity, createdAt: now.toISOString() }));
      out.push({ seq, activity });
    }
    yield* change(db.update(directLineConversations).set({ lastActiveAt: now.toISOString() }).where(eq(directLineConversations.id, conversationId)));
    return out;
  }

  /** The activities after a watermark, oldest first, at most `limit`. */
  async after(conversationId: string, watermark: number, limit = 500): Promise<StoredActivity[]> {
    const { directLineActivities } = this.store.tables;
    const found = await this.store.db
      .select({ seq: directLineActivities.seq, activity: directLineActivities.activity })
      .from(directLineActivities)
      .where(and(eq(directLineActivities.conversationId, conversationId), gt(directLineActivities.seq, watermark)))
      .orderBy(asc(directLineActivities.seq))
      .limit(limit);
    return found.map((r) => ({ seq: r.seq, activity: r.activity as Record<string, unknown> }));
  }

  /** The last watermark of each conversation asked (those with no activity are left out). */
  async lastSeqs(conversationIds: string[]): Promise<Map<string, number>> {
    const { directLineActivities } = this.store.tables;
    const out = new Map<string, number>();
    for (const id of conversationIds) {
      const [row] = await this.store.db.select({ seq: max(directLineActivities.seq) }).from(directLineActivities).where(eq(directLineActivities.conversationId, id));
      if (row?.seq) out.set(id, row.seq);
    }
    return out;
  }
}

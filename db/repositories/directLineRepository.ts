/**
 * The web chat's Direct Line conversations and their activities, so that a conversation survives a
 * page reload and a server restart: the history is read back from here, the watermark is `seq`.
 */
import { and, asc, eq, gt, max } from 'drizzle-orm';
import type { Db } from '../client';
import { writeTransaction } from '../client';
import { directLineActivities, directLineConversations } from '../schema';

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

export class DirectLineRepository {
  constructor(private readonly db: Db) {}

  async create(conversation: Omit<DirectLineConversation, 'started'>, now: Date): Promise<void> {
    this.db.insert(directLineConversations).values({ ...conversation, started: false, lastActiveAt: now.toISOString() }).run();
  }

  async get(id: string): Promise<DirectLineConversation | undefined> {
    const row = this.db.select().from(directLineConversations).where(eq(directLineConversations.id, id)).get();
    return row ? { id: row.id, userId: row.userId, communeId: row.communeId, locale: row.locale, started: row.started } : undefined;
  }

  /** Marks the conversation started; true only for the caller that changed it (the welcome is sent once). */
  async markStarted(id: string): Promise<boolean> {
    const result = this.db.update(directLineConversations).set({ started: true }).where(and(eq(directLineConversations.id, id), eq(directLineConversations.started, false))).run();
    return result.changes === 1;
  }

  /**
   * Appends activities after the last one; `build` receives each one's seq (for its id) and returns
   * what to store. Returns the stored activities with their seq.
   */
  async append(conversationId: string, count: number, build: (seq: number, index: number) => Record<string, unknown>, now: Date): Promise<StoredActivity[]> {
    return writeTransaction(this.db, () => {
      const last = this.db.select({ seq: max(directLineActivities.seq) }).from(directLineActivities).where(eq(directLineActivities.conversationId, conversationId)).get()?.seq ?? 0;
      const out: StoredActivity[] = [];
      for (let i = 0; i < count; i += 1) {
        const seq = last + 1 + i;
        const activity = build(seq, i);
        this.db.insert(directLineActivities).values({ conversationId, seq, activity, createdAt: now.toISOString() }).run();
        out.push({ seq, activity });
      }
      this.db.update(directLineConversations).set({ lastActiveAt: now.toISOString() }).where(eq(directLineConversations.id, conversationId)).run();
      return out;
    });
  }

  /** The activities after a watermark, oldest first, at most `limit`. */
  async after(conversationId: string, watermark: number, limit = 500): Promise<StoredActivity[]> {
    return this.db
      .select({ seq: directLineActivities.seq, activity: directLineActivities.activity })
      .from(directLineActivities)
      .where(and(eq(directLineActivities.conversationId, conversationId), gt(directLineActivities.seq, watermark)))
      .orderBy(asc(directLineActivities.seq))
      .limit(limit)
      .all()
      .map((r) => ({ seq: r.seq, activity: r.activity as Record<string, unknown> }));
  }

  /** The last watermark of each conversation asked (those with no activity are left out). */
  async lastSeqs(conversationIds: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const id of conversationIds) {
      const last = this.db.select({ seq: max(directLineActivities.seq) }).from(directLineActivities).where(eq(directLineActivities.conversationId, id)).get()?.seq;
      if (last) out.set(id, last);
    }
    return out;
  }
}

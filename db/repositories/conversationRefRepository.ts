/** Where to reach a signed-in resident proactively: the last conversation of each channel user. On either store (db/store.ts). */
import { desc, eq, sql } from 'drizzle-orm';
import type { ConversationRefRepository as Port, StoredConversationRef } from '../../src/domain/ports';
import type { Db } from '../client';
import { change, KEEPS_TURN_READS, type Store } from '../store';

/** The conversation's reference written (or written again: a conversation is kept once per channel user), to run in a write transaction. */
export function saveConversationRef(db: Db, tables: Store['tables'], ref: StoredConversationRef): PromiseLike<unknown> {
  const { conversationRefs } = tables;
  return db
    .insert(conversationRefs)
    .values(ref)
    .onConflictDoUpdate({
      target: [conversationRefs.channelId, conversationRefs.userId, conversationRefs.conversationId],
      set: { accountId: sql`excluded.account_id`, communeId: sql`excluded.commune_id`, reference: sql`excluded.reference`, updatedAt: sql`excluded.updated_at` },
    });
}

export class ConversationRefRepository implements Port {
  constructor(private readonly store: Store) {}

  async save(ref: StoredConversationRef): Promise<void> {
    await this.store.writeOne((db) => change(saveConversationRef(db, this.store.tables, ref)), KEEPS_TURN_READS);
  }

  async latestFor(accountId: number): Promise<StoredConversationRef | undefined> {
    const { conversationRefs } = this.store.tables;
    const [row] = await this.store.db.select().from(conversationRefs).where(eq(conversationRefs.accountId, accountId)).orderBy(desc(conversationRefs.updatedAt), desc(conversationRefs.id)).limit(1);
    return row ? { channelId: row.channelId, userId: row.userId, conversationId: row.conversationId, communeId: row.communeId, accountId: row.accountId, reference: row.reference, updatedAt: row.updatedAt } : undefined;
  }
}

/** Where to reach a signed-in resident proactively: the last conversation of each channel user. */
import { desc, eq, sql } from 'drizzle-orm';
import type { ConversationRefRepository as Port, StoredConversationRef } from '../../src/domain/ports';
import type { Db } from '../client';
import { conversationRefs } from '../schema';

export class ConversationRefRepository implements Port {
  constructor(private readonly db: Db) {}

  async save(ref: StoredConversationRef): Promise<void> {
    this.db
      .insert(conversationRefs)
      .values(ref)
      .onConflictDoUpdate({
        target: [conversationRefs.channelId, conversationRefs.userId, conversationRefs.conversationId],
        set: { accountId: sql`excluded.account_id`, communeId: sql`excluded.commune_id`, reference: sql`excluded.reference`, updatedAt: sql`excluded.updated_at` },
      })
      .run();
  }

  async latestFor(accountId: number): Promise<StoredConversationRef | undefined> {
    const row = this.db.select().from(conversationRefs).where(eq(conversationRefs.accountId, accountId)).orderBy(desc(conversationRefs.updatedAt), desc(conversationRefs.id)).get();
    return row ? { channelId: row.channelId, userId: row.userId, conversationId: row.conversationId, communeId: row.communeId, accountId: row.accountId, reference: row.reference, updatedAt: row.updatedAt } : undefined;
  }
}

/** Where to reach a signed-in resident proactively: the last conversation of each channel user. On either store (db/store.ts). */
import { desc, eq, sql } from 'drizzle-orm';
import type { ConversationRefRepository as Port, StoredConversationRef } from '../../src/domain/ports';
import { change, KEEPS_TURN_READS, type Store } from '../store';

export class ConversationRefRepository implements Port {
  constructor(private readonly store: Store) {}

  async save(ref: StoredConversationRef): Promise<void> {
    const { conversationRefs } = this.store.tables;
    await this.store.writeOne((db) =>
      change(
        db
          .insert(conversationRefs)
          .values(ref)
          .onConflictDoUpdate({
            target: [conversationRefs.channelId, conversationRefs.userId, conversationRefs.conversationId],
            set: { accountId: sql`excluded.account_id`, communeId: sql`excluded.commune_id`, reference: sql`excluded.reference`, updatedAt: sql`excluded.updated_at` },
          }),
      ),
      KEEPS_TURN_READS,
    );
  }

  async latestFor(accountId: number): Promise<StoredConversationRef | undefined> {
    const { conversationRefs } = this.store.tables;
    const [row] = await this.store.db.select().from(conversationRefs).where(eq(conversationRefs.accountId, accountId)).orderBy(desc(conversationRefs.updatedAt), desc(conversationRefs.id)).limit(1);
    return row ? { channelId: row.channelId, userId: row.userId, conversationId: row.conversationId, communeId: row.communeId, accountId: row.accountId, reference: row.reference, updatedAt: row.updatedAt } : undefined;
  }
}

/** Where to reach a signed-in resident proactively: the last conversation of each channel user. On either store (db/store.ts). */
import { desc, eq, sql } from 'drizzle-orm';
import type { ConversationRefRepository as Port, StoredConversationRef } from '../../src/domain/ports';
import type { Db } from '../client';
import { preparedWrite } from '../prepared';
import { change, KEEPS_TURN_READS, type Store } from '../store';

/** The conversation's reference written (or written again: a conversation is kept once per channel user), to run in a write transaction. */
function refUpsert(db: Db, tables: Store['tables'], ref: StoredConversationRef | Record<keyof StoredConversationRef, unknown>) {
  const { conversationRefs } = tables;
  return db
    .insert(conversationRefs)
    .values(ref as StoredConversationRef)
    .onConflictDoUpdate({
      target: [conversationRefs.channelId, conversationRefs.userId, conversationRefs.conversationId],
      set: { accountId: sql`excluded.account_id`, communeId: sql`excluded.commune_id`, reference: sql`excluded.reference`, updatedAt: sql`excluded.updated_at` },
    });
}

/**
 * The conversation's reference written, to run in a write transaction (`yield* change(save(db, ref))`):
 * prepared once on SQLite (db/prepared.ts; the sign-in writes it at every right code), built on the
 * transaction's own connection on PostgreSQL.
 */
export function conversationRefSave(store: Store): (db: Db, ref: StoredConversationRef) => PromiseLike<unknown> {
  const p = sql.placeholder;
  const ready = preparedWrite(store, refUpsert(store.db, store.tables, { channelId: p('channelId'), userId: p('userId'), conversationId: p('conversationId'), communeId: p('communeId'), accountId: p('accountId'), reference: p('reference'), updatedAt: p('updatedAt') }));
  return (db, ref) => {
    const row: StoredConversationRef = { channelId: ref.channelId, userId: ref.userId, conversationId: ref.conversationId, communeId: ref.communeId ?? null, accountId: ref.accountId ?? null, reference: ref.reference, updatedAt: ref.updatedAt };
    return ready ? ready(row as unknown as Record<string, unknown>) : refUpsert(db, store.tables, row);
  };
}

export class ConversationRefRepository implements Port {
  private readonly saveIn;

  constructor(private readonly store: Store) {
    this.saveIn = conversationRefSave(store);
  }

  async save(ref: StoredConversationRef): Promise<void> {
    await this.store.writeOne((db) => change(this.saveIn(db, ref)), KEEPS_TURN_READS);
  }

  async latestFor(accountId: number): Promise<StoredConversationRef | undefined> {
    const { conversationRefs } = this.store.tables;
    const [row] = await this.store.db.select().from(conversationRefs).where(eq(conversationRefs.accountId, accountId)).orderBy(desc(conversationRefs.updatedAt), desc(conversationRefs.id)).limit(1);
    return row ? { channelId: row.channelId, userId: row.userId, conversationId: row.conversationId, communeId: row.communeId, accountId: row.accountId, reference: row.reference, updatedAt: row.updatedAt } : undefined;
  }
}

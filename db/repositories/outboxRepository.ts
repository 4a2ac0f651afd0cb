/**
 * The outbox (src/domain/outbox.ts), on either store (db/store.ts). Other repositories queue their
 * messages with queueIn inside their own write transactions: the message exists if and only if the
 * change it follows was committed.
 */
import { and, asc, count, eq, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { NewOutboxMessage, OutboxCounts, OutboxKind, OutboxMessage, OutboxRepository as Port } from '../../src/domain/outbox';
import type { Db } from '../client';
import type * as schema from '../schema';
import { preparedWrite } from '../prepared';
import { change, KEEPS_TURN_READS, rows, type Store, type Tx } from '../store';

/** A message's insert, prepared once per store on SQLite (a booking's confirmation queues one): undefined on PostgreSQL. */
const queueOne = new WeakMap<Store, ((values: Record<string, unknown>) => PromiseLike<unknown>) | undefined>();

function queueOneOn(store: Store): ((values: Record<string, unknown>) => PromiseLike<unknown>) | undefined {
  if (!queueOne.has(store)) {
    const p = sql.placeholder;
    const row = { kind: p('kind'), payload: p('payload'), status: 'pending', attempts: 0, nextAttemptAt: p('at'), createdAt: p('at') };
    queueOne.set(store, preparedWrite(store, store.db.insert(store.tables.outbox).values(row as unknown as typeof schema.outbox.$inferInsert)));
  }
  return queueOne.get(store);
}

/** Queues messages, due at once, inside the caller's write transaction. */
export function* queueIn(db: Db, store: Store, messages: NewOutboxMessage[], at: string): Tx<number> {
  if (messages.length === 0) return 0;
  const { outbox } = store.tables;
  const [only] = messages;
  const ready = messages.length === 1 && only ? queueOneOn(store) : undefined;
  if (ready && only) return yield* change(ready({ kind: only.kind, payload: only.payload, at }));
  return yield* change(db.insert(outbox).values(messages.map((m) => ({ kind: m.kind, payload: m.payload, status: 'pending', attempts: 0, nextAttemptAt: at, createdAt: at }))));
}

type OutboxRow = typeof schema.outbox.$inferSelect;

/** A message due: pending and due, or claimed by a sender that stopped before it ended. */
function dueWhere(outbox: typeof schema.outbox, now: unknown, staleBefore: unknown): SQL | undefined {
  return or(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now as string)), and(eq(outbox.status, 'sending'), lte(outbox.claimedAt, staleBefore as string)));
}

export class OutboxRepository implements Port {
  /** The queries of each mail sent from a turn (the due messages claimed, each marked sent), prepared once on SQLite (db/prepared.ts). */
  private readonly ready;

  constructor(private readonly store: Store) {
    const { outbox } = store.tables;
    const { db } = store;
    const p = sql.placeholder;
    const due = dueWhere(outbox, p('now'), p('staleBefore'));
    const claimed = new Map<number, ReturnType<typeof preparedWrite<OutboxRow[]>>>();
    this.ready = {
      // The due messages claimed by one statement (SQLite runs it alone: no other sender between its read and its write).
      // One statement per batch size, its limit in its text: SQLite compiles a statement with a bound limit again at each run (db/inlineLimits.ts).
      claimDue: (limit: number) => {
        if (!claimed.has(limit)) {
          const oldest = db.select({ id: outbox.id }).from(outbox).where(due).orderBy(asc(outbox.nextAttemptAt), asc(outbox.id)).limit(limit);
          claimed.set(limit, preparedWrite<OutboxRow[]>(store, db.update(outbox).set({ status: 'sending', claimedAt: sql`${p('now')}` }).where(inArray(outbox.id, oldest)).returning()));
        }
        return claimed.get(limit);
      },
      sent: preparedWrite(store, db.update(outbox).set({ status: 'sent', sentAt: sql`${p('at')}`, claimedAt: null }).where(eq(outbox.id, p('id')))),
    };
  }

  async claimDue(now: string, staleBefore: string, limit: number): Promise<OutboxMessage[]> {
    return this.store.write((db) => this.claimDueIn(db, now, staleBefore, limit), KEEPS_TURN_READS);
  }

  private *claimDueIn(db: Db, now: string, staleBefore: string, limit: number): Tx<OutboxMessage[]> {
    const { outbox } = this.store.tables;
    const message = (r: OutboxRow): OutboxMessage => ({ id: r.id, kind: r.kind as OutboxKind, payload: r.payload as Record<string, unknown>, attempts: r.attempts });
    const claim = this.ready.claimDue(limit);
    if (claim) {
      const claimed = yield* rows(claim({ now, staleBefore }));
      // Oldest first, as they were read (what was due keeps its next attempt's time).
      return claimed.sort((a, b) => (a.nextAttemptAt < b.nextAttemptAt ? -1 : a.nextAttemptAt > b.nextAttemptAt ? 1 : a.id - b.id)).map(message);
    }
    const due = dueWhere(outbox, now, staleBefore);
    const ids = (yield* rows(db.select({ id: outbox.id }).from(outbox).where(due).orderBy(asc(outbox.nextAttemptAt), asc(outbox.id)).limit(limit))).map((r) => r.id);
    if (ids.length === 0) return [];
    // Claimed only if still due when written: of two senders that read the same rows, the second
    // (on PostgreSQL, once the first has committed) finds them claimed and leaves them.
    const claimed = yield* rows(db.update(outbox).set({ status: 'sending', claimedAt: now }).where(and(inArray(outbox.id, ids), due)).returning());
    return claimed.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id)).map(message);
  }

  async markSent(id: number, at: string): Promise<void> {
    const { outbox } = this.store.tables;
    const ready = this.ready.sent;
    await this.store.writeOne((db) => change(ready ? ready({ id, at }) : db.update(outbox).set({ status: 'sent', sentAt: at, claimedAt: null }).where(eq(outbox.id, id))), KEEPS_TURN_READS);
  }

  async markFailed(id: number, attempts: number, next: string | null, error: string): Promise<void> {
    const { outbox } = this.store.tables;
    await this.store.writeOne((db) =>
      change(
        db
          .update(outbox)
          .set(next ? { status: 'pending', attempts, nextAttemptAt: next, lastError: error, claimedAt: null } : { status: 'failed', attempts, lastError: error, claimedAt: null })
          .where(eq(outbox.id, id)),
      ),
      KEEPS_TURN_READS,
    );
  }

  async counts(): Promise<OutboxCounts> {
    const { outbox } = this.store.tables;
    const found = await this.store.db.select({ status: outbox.status, n: count() }).from(outbox).where(inArray(outbox.status, ['pending', 'sending', 'failed'])).groupBy(outbox.status);
    const of = (status: string) => Number(found.find((r) => r.status === status)?.n ?? 0);
    return { pending: of('pending'), sending: of('sending'), failed: of('failed') };
  }
}

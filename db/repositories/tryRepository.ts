/**
 * Attempt limits that hold when tries arrive at once, on either store (db/store.ts). A try is
 * counted before its secret is checked, in the write transaction that reads the counts, under a lock
 * on each thing counted (an account's wrong keys, a household's, a code's tries), taken in one order:
 * two tries of the same thing never read the same count, tries of other things do not wait. The
 * counts are the audit log's entries (wrong passwords per account, wrong family keys per account
 * and per household) and the wrong-try counters of link and code rows; no table of its own.
 */
import { and, count, eq, gt, gte, inArray, lt, sql, type Placeholder, type SQLWrapper } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { TryGrant, TryLimit, TryRepository as Port, TryReservation } from '../../src/domain/ports';
import type { Db } from '../client';
import { preparedWrite } from '../prepared';
import { change, KEEPS_TURN_READS, lock, one, type Store, type Tx } from '../store';

type Counter = TryReservation['counters'][number];

export class TryRepository implements Port {
  /** A try added to each kind of counter under its max (every code typed counts one): prepared once on SQLite, built in its transaction on PostgreSQL. */
  private readonly addOne: Record<Counter['kind'], ((values: Record<string, unknown>) => PromiseLike<{ n: number }[]>) | undefined>;

  constructor(private readonly store: Store) {
    const kinds: Counter['kind'][] = ['emailCode', 'linkCode', 'linkPassword'];
    const ready = (kind: Counter['kind']) => preparedWrite<{ n: number }[]>(store, addTo(store.db, store.tables, { kind, id: sql.placeholder('id') }, 1, sql.placeholder('max')).counted() as unknown as SQLWrapper);
    this.addOne = Object.fromEntries(kinds.map((kind) => [kind, ready(kind)])) as TryRepository['addOne'];
  }

  async reserve(limits: TryLimit[], at: string): Promise<TryGrant> {
    try {
      return await this.store.write((db) => this.reserveIn(db, limits, at), KEEPS_TURN_READS);
    } catch (e) {
      if (e instanceof Refused) return { ok: false, refused: e.index };
      throw e;
    }
  }

  release(reservation: TryReservation): Promise<void> {
    return this.store.write((db) => releaseTries(db, this.store.tables, reservation), KEEPS_TURN_READS);
  }

  /**
   * Each limit checked in its order: an audit limit by counting its entries, a counter by one conditional
   * update that adds the try when it is under its max (its new value returned). A limit reached rolls back
   * what was counted before it (all or none).
   */
  private *reserveIn(db: Db, limits: TryLimit[], at: string): Tx<TryGrant> {
    const keys = limits.map((l) => (l.kind === 'audit' ? `${l.entry.action}:${l.entry.subject}` : `${l.kind}:${l.id}`));
    for (const key of [...new Set(keys)].sort()) yield* lock('tries', key);
    const used: number[] = [];
    const reservation: TryReservation = { auditIds: [], counters: [] };
    for (const [i, limit] of limits.entries()) {
      const n = limit.kind === 'audit' ? yield* this.auditCount(db, limit) : yield* this.counted(db, limit);
      if (n === undefined || n >= limit.max) {
        if (reservation.counters.length) throw new Refused(i);
        return { ok: false, refused: i };
      }
      used.push(n + 1);
      if (limit.kind !== 'audit') reservation.counters.push({ kind: limit.kind, id: limit.id });
    }
    const { auditLog } = this.store.tables;
    for (const limit of limits) {
      if (limit.kind !== 'audit') continue;
      const { entry } = limit;
      const row = yield* one(
        db
          .insert(auditLog)
          .values({ at, actor: entry.actor, action: entry.action, communeId: entry.communeId ?? null, subject: entry.subject, details: entry.details ?? null })
          .returning({ id: auditLog.id }),
      );
      reservation.auditIds.push((row as { id: number }).id);
    }
    return { ok: true, reservation, used };
  }

  private *auditCount(db: Db, limit: Extract<TryLimit, { kind: 'audit' }>): Tx<number> {
    const { auditLog } = this.store.tables;
    const row = yield* one(
      db
        .select({ n: count() })
        .from(auditLog)
        .where(and(eq(auditLog.action, limit.entry.action), eq(auditLog.subject, limit.entry.subject), gte(auditLog.at, limit.since))),
    );
    return Number(row?.n ?? 0);
  }

  /** The try added to the counter when it is under its max: its value before, or undefined when it was not (its max reached, its row gone). */
  private *counted(db: Db, limit: Extract<TryLimit, { kind: Counter['kind'] }>): Tx<number | undefined> {
    const ready = Number.isFinite(limit.max) ? this.addOne[limit.kind] : undefined;
    const row = yield* one(ready?.({ id: limit.id, max: limit.max }) ?? addTo(db, this.store.tables, limit, 1, limit.max).counted());
    return row ? row.n - 1 : undefined;
  }
}

/** Thrown in a reservation to roll back the tries it counted before a limit reached. */
class Refused extends Error {
  constructor(readonly index: number) {
    super('refused');
  }
}

/** A granted try given back, in a write transaction: its audit entries removed, its counters taken down. */
export function* releaseTries(db: Db, tables: Store['tables'], reservation: TryReservation): Tx<void> {
  const { auditLog } = tables;
  if (reservation.auditIds.length) yield* change(db.delete(auditLog).where(inArray(auditLog.id, reservation.auditIds)));
  for (const counter of reservation.counters) yield* change(addTo(db, tables, counter, -1).update);
}

/**
 * The update that adds one to a counter while it is under `max`, or takes one back (never below zero); `counted` returns its new value.
 * Its id and max may be placeholders (a statement prepared once).
 */
function addTo(db: Db, tables: Store['tables'], counter: { kind: Counter['kind']; id: number | Placeholder }, by: 1 | -1, max: number | Placeholder = Infinity): { update: PromiseLike<unknown>; counted: () => PromiseLike<{ n: number }[]> } {
  const { linkTokens, oneTimeCodes } = tables;
  const bounded = typeof max !== 'number' || Number.isFinite(max);
  const step = (column: SQLiteColumn) => ({ value: by > 0 ? sql`${column} + 1` : sql`${column} - 1`, room: by > 0 ? (bounded ? lt(column, max) : undefined) : gt(column, 0) });
  if (counter.kind === 'emailCode') {
    const { value, room } = step(oneTimeCodes.attempts);
    const query = db.update(oneTimeCodes).set({ attempts: value }).where(and(eq(oneTimeCodes.id, counter.id), room));
    return { update: query, counted: () => query.returning({ n: oneTimeCodes.attempts }) };
  }
  const column = counter.kind === 'linkCode' ? linkTokens.codeAttempts : linkTokens.tries;
  const { value, room } = step(column);
  const query = db
    .update(linkTokens)
    .set(counter.kind === 'linkCode' ? { codeAttempts: value } : { tries: value })
    .where(and(eq(linkTokens.id, counter.id), room));
  return { update: query, counted: () => query.returning({ n: column }) };
}

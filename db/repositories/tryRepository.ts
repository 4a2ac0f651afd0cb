/**
 * Attempt limits that hold when tries arrive at once, on either store (db/store.ts). A try is
 * counted before its secret is checked, in the write transaction that reads the counts, under a lock
 * on each thing counted (an account's wrong keys, a household's, a code's tries), taken in one order:
 * two tries of the same thing never read the same count, tries of other things do not wait. The
 * counts are the audit log's entries (wrong passwords per account, wrong family keys per account
 * and per household) and the wrong-try counters of link and code rows; no table of its own.
 */
import { and, count, eq, gt, gte, inArray, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { TryGrant, TryLimit, TryRepository as Port, TryReservation } from '../../src/domain/ports';
import type { Db } from '../client';
import { change, KEEPS_TURN_READS, lock, one, type Store, type Tx } from '../store';

type Counter = TryReservation['counters'][number];

export class TryRepository implements Port {
  constructor(private readonly store: Store) {}

  reserve(limits: TryLimit[], at: string): Promise<TryGrant> {
    return this.store.write((db) => this.reserveIn(db, limits, at), KEEPS_TURN_READS);
  }

  release(reservation: TryReservation): Promise<void> {
    return this.store.write((db) => this.releaseIn(db, reservation), KEEPS_TURN_READS);
  }

  private *reserveIn(db: Db, limits: TryLimit[], at: string): Tx<TryGrant> {
    const keys = limits.map((l) => (l.kind === 'audit' ? `${l.entry.action}:${l.entry.subject}` : `${l.kind}:${l.id}`));
    for (const key of [...new Set(keys)].sort()) yield* lock('tries', key);
    const used: number[] = [];
    for (const [i, limit] of limits.entries()) {
      const n = limit.kind === 'audit' ? yield* this.auditCount(db, limit) : yield* this.counterValue(db, limit);
      if (n === undefined || n >= limit.max) return { ok: false, refused: i };
      used.push(n + 1);
    }
    const reservation: TryReservation = { auditIds: [], counters: [] };
    const { auditLog } = this.store.tables;
    for (const limit of limits) {
      if (limit.kind === 'audit') {
        const { entry } = limit;
        const row = yield* one(
          db
            .insert(auditLog)
            .values({ at, actor: entry.actor, action: entry.action, communeId: entry.communeId ?? null, subject: entry.subject, details: entry.details ?? null })
            .returning({ id: auditLog.id }),
        );
        reservation.auditIds.push((row as { id: number }).id);
      } else {
        yield* this.addTo(db, limit, 1);
        reservation.counters.push({ kind: limit.kind, id: limit.id });
      }
    }
    return { ok: true, reservation, used };
  }

  private *releaseIn(db: Db, reservation: TryReservation): Tx<void> {
    const { auditLog } = this.store.tables;
    if (reservation.auditIds.length) yield* change(db.delete(auditLog).where(inArray(auditLog.id, reservation.auditIds)));
    for (const counter of reservation.counters) yield* this.addTo(db, counter, -1);
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

  /** The counter's value, or undefined when its row is gone. */
  private *counterValue(db: Db, counter: Counter): Tx<number | undefined> {
    const { linkTokens, oneTimeCodes } = this.store.tables;
    if (counter.kind === 'emailCode') return (yield* one(db.select({ n: oneTimeCodes.attempts }).from(oneTimeCodes).where(eq(oneTimeCodes.id, counter.id))))?.n;
    const column = counter.kind === 'linkCode' ? linkTokens.codeAttempts : linkTokens.tries;
    return (yield* one(db.select({ n: column }).from(linkTokens).where(eq(linkTokens.id, counter.id))))?.n;
  }

  /** Adds one (a try counted) or takes one back (never below zero). */
  private *addTo(db: Db, counter: Counter, by: 1 | -1): Tx<void> {
    const { linkTokens, oneTimeCodes } = this.store.tables;
    const step = (column: SQLiteColumn) => ({ value: by > 0 ? sql`${column} + 1` : sql`${column} - 1`, room: by > 0 ? undefined : gt(column, 0) });
    if (counter.kind === 'emailCode') {
      const { value, room } = step(oneTimeCodes.attempts);
      yield* change(db.update(oneTimeCodes).set({ attempts: value }).where(and(eq(oneTimeCodes.id, counter.id), room)));
    } else if (counter.kind === 'linkCode') {
      const { value, room } = step(linkTokens.codeAttempts);
      yield* change(db.update(linkTokens).set({ codeAttempts: value }).where(and(eq(linkTokens.id, counter.id), room)));
    } else {
      const { value, room } = step(linkTokens.tries);
      yield* change(db.update(linkTokens).set({ tries: value }).where(and(eq(linkTokens.id, counter.id), room)));
    }
  }
}

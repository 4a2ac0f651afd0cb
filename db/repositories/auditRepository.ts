/** The audit log, on either store (db/store.ts). */
import { and, count, eq, gte, min, sql } from 'drizzle-orm';
import type { AuditRepository as Port } from '../../src/domain/ports';
import type { AuditEntry } from '../../src/domain/types';
import { preparedWrite } from '../prepared';
import type { Db } from '../client';
import { change, KEEPS_TURN_READS, type Store } from '../store';

/**
 * The insert of an audit entry, to run in a write transaction (`yield* change(insert(db, entry, at))`):
 * prepared once on SQLite (db/prepared.ts), built on the transaction's own connection on PostgreSQL.
 */
export function auditInsert(store: Store): (db: Db, entry: AuditEntry, at: string) => PromiseLike<unknown> {
  const p = (name: string) => sql.placeholder(name);
  const ready = preparedWrite(store, store.db.insert(store.tables.auditLog).values({ at: p('at'), actor: p('actor'), action: p('action'), communeId: p('communeId'), subject: p('subject'), details: p('details') }));
  return (db, entry, at) => {
    const row = { at, actor: entry.actor, action: entry.action, communeId: entry.communeId ?? null, subject: entry.subject ?? null, details: entry.details ?? null };
    return ready ? ready(row) : db.insert(store.tables.auditLog).values(row);
  };
}

export class AuditRepository implements Port {
  /** The insert of every sign-in and booking, prepared once on SQLite. */
  private readonly insert;

  constructor(private readonly store: Store) {
    this.insert = auditInsert(store);
  }

  async append(entry: AuditEntry, at: string): Promise<void> {
    await this.store.writeOne((db) => change(this.insert(db, entry, at)), KEEPS_TURN_READS);
  }

  async count(action: string, subject: string, since: string): Promise<number> {
    const { auditLog } = this.store.tables;
    const [row] = await this.store.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.subject, subject), gte(auditLog.at, since)));
    return row?.n ?? 0;
  }

  async firstSince(action: string, subject: string, since: string): Promise<string | undefined> {
    const { auditLog } = this.store.tables;
    const [row] = await this.store.db
      .select({ at: min(auditLog.at) })
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.subject, subject), gte(auditLog.at, since)));
    return row?.at ?? undefined;
  }
}

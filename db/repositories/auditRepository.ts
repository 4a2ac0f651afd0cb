/** The audit log, on either store (db/store.ts). */
import { and, count, eq, gte, sql } from 'drizzle-orm';
import type { AuditRepository as Port } from '../../src/domain/ports';
import type { AuditEntry } from '../../src/domain/types';
import { preparedWrite } from '../prepared';
import { change, KEEPS_TURN_READS, type Store } from '../store';

export class AuditRepository implements Port {
  /** The insert of every sign-in and booking, prepared once on SQLite (db/prepared.ts). */
  private readonly insert;

  constructor(private readonly store: Store) {
    const p = (name: string) => sql.placeholder(name);
    this.insert = preparedWrite(store, store.db.insert(store.tables.auditLog).values({ at: p('at'), actor: p('actor'), action: p('action'), communeId: p('communeId'), subject: p('subject'), details: p('details') }));
  }

  async append(entry: AuditEntry, at: string): Promise<void> {
    const row = { at, actor: entry.actor, action: entry.action, communeId: entry.communeId ?? null, subject: entry.subject ?? null, details: entry.details ?? null };
    const ready = this.insert;
    await this.store.writeOne((db) => change(ready ? ready(row) : db.insert(this.store.tables.auditLog).values(row)), KEEPS_TURN_READS);
  }

  async count(action: string, subject: string, since: string): Promise<number> {
    const { auditLog } = this.store.tables;
    const [row] = await this.store.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.subject, subject), gte(auditLog.at, since)));
    return row?.n ?? 0;
  }
}

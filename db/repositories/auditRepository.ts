/** The audit log, on either store (db/store.ts). */
import { and, count, eq, gte } from 'drizzle-orm';
import type { AuditRepository as Port } from '../../src/domain/ports';
import type { AuditEntry } from '../../src/domain/types';
import { change, KEEPS_TURN_READS, type Store } from '../store';

export class AuditRepository implements Port {
  constructor(private readonly store: Store) {}

  async append(entry: AuditEntry, at: string): Promise<void> {
    const row = { at, actor: entry.actor, action: entry.action, communeId: entry.communeId ?? null, subject: entry.subject ?? null, details: entry.details ?? null };
    await this.store.writeOne((db) => change(db.insert(this.store.tables.auditLog).values(row)), KEEPS_TURN_READS);
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

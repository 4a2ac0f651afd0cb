import type { AuditRepository as Port } from '../../src/domain/ports';
import type { AuditEntry } from '../../src/domain/types';
import type { Db } from '../client';
import { and, count, eq, gte } from 'drizzle-orm';
import { auditLog } from '../schema';

export class AuditRepository implements Port {
  constructor(private readonly db: Db) {}

  async append(entry: AuditEntry, at: string): Promise<void> {
    this.db
      .insert(auditLog)
      .values({
        at,
        actor: entry.actor,
        action: entry.action,
        communeId: entry.communeId ?? null,
        subject: entry.subject ?? null,
        details: entry.details ?? null,
      })
      .run();
  }

  async count(action: string, subject: string, since: string): Promise<number> {
    const row = this.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.subject, subject), gte(auditLog.at, since)))
      .get();
    return row?.n ?? 0;
  }
}

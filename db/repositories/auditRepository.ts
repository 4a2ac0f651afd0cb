import type { AuditRepository as Port } from '../../src/domain/ports';
import type { AuditEntry } from '../../src/domain/types';
import type { Db } from '../client';
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
}

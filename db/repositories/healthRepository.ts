import { sql } from 'drizzle-orm';
import type { HealthProbe } from '../../src/domain/ports';
import type { Db } from '../client';

export class HealthRepository implements HealthProbe {
  constructor(private readonly db: Db) {}

  async ping(): Promise<void> {
    this.db.get(sql`select 1`);
  }
}

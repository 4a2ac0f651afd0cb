import { asc, eq } from 'drizzle-orm';
import type { ActivityRepository as Port } from '../../src/domain/ports';
import type { Activity, ActivityRules, TariffBracket } from '../../src/domain/types';
import type { Db } from '../client';
import { activities } from '../schema';

export class ActivityRepository implements Port {
  constructor(private readonly db: Db) {}

  async listByCommune(communeId: string): Promise<Activity[]> {
    return this.db
      .select()
      .from(activities)
      .where(eq(activities.communeId, communeId))
      .orderBy(asc(activities.id))
      .all()
      .map((r) => ({
        id: r.id,
        communeId: r.communeId,
        code: r.code as Activity['code'],
        label: r.label,
        level: r.level as Activity['level'],
        rules: r.rules as ActivityRules,
        tariffs: r.tariffs as TariffBracket[],
      }));
  }
}

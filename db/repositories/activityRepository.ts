/** The communes' activities (their rules and tariffs, with their commune's school zone), on either store (db/store.ts). */
import { asc, eq } from 'drizzle-orm';
import type { ActivityRepository as Port } from '../../src/domain/ports';
import type { Activity, ActivityRules, TariffBracket } from '../../src/domain/types';
import type { Store } from '../store';

export class ActivityRepository implements Port {
  constructor(private readonly store: Store) {}

  async listByCommune(communeId: string): Promise<Activity[]> {
    const { activities, communes } = this.store.tables;
    const found = await this.store.db
      .select({ activity: activities, schoolZone: communes.schoolZone })
      .from(activities)
      .innerJoin(communes, eq(communes.id, activities.communeId))
      .where(eq(activities.communeId, communeId))
      .orderBy(asc(activities.id));
    return found.map(({ activity: r, schoolZone }) => ({
      id: r.id,
      communeId: r.communeId,
      code: r.code as Activity['code'],
      label: r.label,
      level: r.level as Activity['level'],
      rules: r.rules as ActivityRules,
      tariffs: r.tariffs as TariffBracket[],
      schoolZone,
    }));
  }
}

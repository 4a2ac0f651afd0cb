import { asc, eq } from 'drizzle-orm';
import type { CommuneRepository as Port } from '../../src/domain/ports';
import type { Commune, CommuneService, TopicMap } from '../../src/domain/types';
import type { Db } from '../client';
import { communes } from '../schema';

type Row = typeof communes.$inferSelect;

const toCommune = (r: Row): Commune => ({
  id: r.id,
  name: r.name,
  portalName: r.portalName,
  portalUrl: r.portalUrl,
  familyKeyName: r.familyKeyName,
  schoolZone: r.schoolZone,
  requestPrefix: r.requestPrefix,
  services: r.services as CommuneService[],
  topics: r.topics as TopicMap,
  ...(r.accentColor ? { accentColor: r.accentColor } : {}),
});

export class CommuneRepository implements Port {
  constructor(private readonly db: Db) {}

  async list(): Promise<Commune[]> {
    return this.db.select().from(communes).orderBy(asc(communes.name)).all().map(toCommune);
  }

  async get(id: string): Promise<Commune | undefined> {
    const row = this.db.select().from(communes).where(eq(communes.id, id)).get();
    return row ? toCommune(row) : undefined;
  }
}

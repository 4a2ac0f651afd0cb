import { asc, eq } from 'drizzle-orm';
import type { CommuneConfig, CommuneRepository as Port, CommuneSaved } from '../../src/domain/ports';
import type { Commune, CommuneMerchant, CommunePublication, CommuneService, TopicMap } from '../../src/domain/types';
import { communes } from '../schema';
import type { Store } from '../store';
import { saveCommuneTx } from './communeWrite';

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
  ...(Array.isArray(r.postalCodes) ? { postalCodes: (r.postalCodes as unknown[]).map(String) } : {}),
  ...(Array.isArray(r.smsNumbers) ? { smsNumbers: (r.smsNumbers as unknown[]).map(String) } : {}),
  ...(r.publication && typeof r.publication === 'object' ? { publication: r.publication as CommunePublication } : {}),
  ...(r.paybox && typeof r.paybox === 'object' ? { paybox: r.paybox as CommuneMerchant } : {}),
});

/** The communes' configuration, on either store (db/store.ts). */
export class CommuneRepository implements Port {
  constructor(private readonly store: Store) {}

  async list(): Promise<Commune[]> {
    const { communes: table } = this.store.tables;
    return (await this.store.db.select().from(table).orderBy(asc(table.name))).map(toCommune);
  }

  async get(id: string): Promise<Commune | undefined> {
    const { communes: table } = this.store.tables;
    const [row] = await this.store.db.select().from(table).where(eq(table.id, id)).limit(1);
    return row ? toCommune(row) : undefined;
  }

  /** Creates or updates the commune and its activities in one transaction (communeWrite.ts). */
  save(config: CommuneConfig): Promise<CommuneSaved> {
    return this.store.write((db) => saveCommuneTx(db, this.store.tables, config));
  }
}

/**
 * The write of a commune's configuration (a commune file's import, the demo data): the commune's
 * row inserted or updated, its activities matched by code and level (added, updated, removed).
 * One transaction body for Store.write: an activity that the file leaves out but that still has
 * enrolments, bookings, baskets, absences or invoice lines stops the whole write before anything
 * is changed.
 */
import { and, count, eq, inArray } from 'drizzle-orm';
import type { CommuneConfig, CommuneSaved } from '../../src/domain/ports';
import type { Db } from '../client';
import { change, lock, one, rows, type Store, type Tx } from '../store';

type Tables = Store['tables'];

function* usedActivities(db: Db, t: Tables, ids: number[]): Tx<Set<number>> {
  const used = new Set<number>();
  if (ids.length === 0) return used;
  for (const table of [t.enrolments, t.reservations, t.baskets, t.absences, t.invoiceLines]) {
    const found = yield* rows(db.select({ id: table.activityId, n: count() }).from(table).where(inArray(table.activityId, ids)).groupBy(table.activityId));
    for (const f of found) if (f.id !== null) used.add(f.id);
  }
  return used;
}

export function* saveCommuneTx(db: Db, t: Tables, config: CommuneConfig): Tx<CommuneSaved> {
  const { commune: c, activities } = config;
  yield* lock('commune', c.id);
  const existing = yield* rows(db.select().from(t.activities).where(eq(t.activities.communeId, c.id)));
  const key = (a: { code: string; level: string }) => `${a.code}/${a.level}`;
  const wanted = new Map(activities.map((a) => [key(a), a]));
  const removed = existing.filter((a) => !wanted.has(key(a)));
  const used = yield* usedActivities(db, t, removed.map((a) => a.id));
  const inUse = removed.filter((a) => used.has(a.id)).map((a) => ({ code: a.code, level: a.level }));
  if (inUse.length > 0) return { ok: false, inUse };

  const row = {
    name: c.name,
    portalName: c.portalName,
    portalUrl: c.portalUrl,
    familyKeyName: c.familyKeyName,
    schoolZone: c.schoolZone,
    requestPrefix: c.requestPrefix,
    accentColor: c.accentColor ?? null,
    postalCodes: c.postalCodes ?? [],
    smsNumbers: c.smsNumbers ?? [],
    services: c.services,
    topics: c.topics,
    publication: c.publication ?? null,
    paybox: c.paybox ?? null,
  };
  const before = yield* one(db.select({ id: t.communes.id }).from(t.communes).where(eq(t.communes.id, c.id)).limit(1));
  if (before) yield* change(db.update(t.communes).set(row).where(eq(t.communes.id, c.id)));
  else yield* change(db.insert(t.communes).values({ id: c.id, ...row }));

  if (removed.length > 0) yield* change(db.delete(t.activities).where(inArray(t.activities.id, removed.map((a) => a.id))));
  let added = 0;
  let updated = 0;
  for (const a of activities) {
    const old = existing.find((e) => key(e) === key(a));
    const values = { label: a.label, rules: a.rules, tariffs: a.tariffs };
    if (old) {
      yield* change(db.update(t.activities).set(values).where(and(eq(t.activities.id, old.id), eq(t.activities.communeId, c.id))));
      updated++;
    } else {
      yield* change(db.insert(t.activities).values({ communeId: c.id, code: a.code, level: a.level, ...values }));
      added++;
    }
  }
  return { ok: true, created: !before, added, updated, removed: removed.length };
}

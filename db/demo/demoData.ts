/**
 * Loads the demo configuration (the three communes of the seed documents, db/demo/communes/*.yaml,
 * read by src/communes like any commune file) and a few demo family files into a new database, on
 * either store (db/store.ts). Runs only when no commune exists yet; all or nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { count } from 'drizzle-orm';
import type { Db } from '../client';
import type { CommuneConfig } from '../../src/domain/ports';
import { saveCommuneTx } from '../repositories/communeWrite';
import { change, lock, one, rows, type Store, type Tx } from '../store';

interface DemoFamily {
  communeId: string;
  household: { fileNumber: string; name: string; address: string | null; postalCode: string | null; city: string | null; quotientFamilial: number | null };
  representatives: Array<{ role: string; civility: string | null; firstName: string; lastName: string; email: string | null; phone: string | null }>;
  children: Array<{ firstName: string; lastName: string; birthDate: string; school: string | null; level: string; enrolments: string[] }>;
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

/** The school year ('2026-2027') a day belongs to: it starts on 1 September. */
export const schoolYearOf = (day: string): string => {
  const year = Number(day.slice(0, 4));
  return Number(day.slice(5, 7)) >= 9 ? `${year}-${year + 1}` : `${year - 1}-${year}`;
};

interface Demo {
  /** Read only when the database is empty (the files are checked then). */
  communes: () => CommuneConfig[];
  families: DemoFamily[];
}

/**
 * The transaction that loads the demo data, to run with Store.write (or writeNow on SQLite at
 * start). It returns true when it loaded them, false when the database already had communes.
 */
export function demoDataLoader(demoDir: string, communes: () => CommuneConfig[], today: string, tables: Store['tables']): (db: Db) => Tx<boolean> {
  const demo: Demo = {
    communes,
    families: readJson<{ families: DemoFamily[] }>(path.join(demoDir, 'families.json')).families,
  };
  return (db) => load(db, tables, demo, schoolYearOf(today));
}

function* load(db: Db, tables: Store['tables'], demo: Demo, year: string): Tx<boolean> {
  const { activities, children, communes, enrolments, households, representatives } = tables;
  // Instances starting at once on an empty database: one loads, the others then find its communes.
  yield* lock('demoData');
  const existing = yield* one(db.select({ n: count() }).from(communes));
  if ((existing?.n ?? 0) > 0) return false;
  for (const c of demo.communes()) {
    const saved = yield* saveCommuneTx(db, tables, c);
    if (!saved.ok) throw new Error(`Demo data: commune ${c.commune.id} not saved`);
  }
  const allActivities = yield* rows(db.select().from(activities));
  for (const f of demo.families) {
    const h = yield* one(db.insert(households).values({ communeId: f.communeId, ...f.household }).returning({ id: households.id }));
    if (!h) throw new Error('Demo data: household not created');
    for (const r of f.representatives) yield* change(db.insert(representatives).values({ householdId: h.id, ...r }));
    const acts = allActivities.filter((a) => a.communeId === f.communeId);
    for (const ch of f.children) {
      const { enrolments: codes, ...child } = ch;
      const c = yield* one(db.insert(children).values({ householdId: h.id, ...child }).returning({ id: children.id }));
      if (!c) throw new Error('Demo data: child not created');
      for (const code of codes) {
        const act = acts.find((a) => a.code === code && (a.level === 'all' || a.level === ch.level));
        if (!act) throw new Error(`Demo data: no activity ${code} for level ${ch.level} in ${f.communeId}`);
        yield* change(db.insert(enrolments).values({ childId: c.id, activityId: act.id, schoolYear: year }));
      }
    }
  }
  return true;
}

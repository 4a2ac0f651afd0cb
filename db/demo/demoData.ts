/**
 * Loads the demo configuration (the three communes of the seed documents) and a few demo family
 * files into a new database. Runs only when no commune exists yet; all or nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { count } from 'drizzle-orm';
import type { Db } from '../client';
import { writeTransaction } from '../client';
import { activities, children, communes, enrolments, households, representatives } from '../schema';

interface DemoActivity { code: string; level: string; label: string; rules: unknown; tariffs: unknown }
interface DemoCommune {
  id: string; name: string; portalName: string; portalUrl: string; familyKeyName: string;
  schoolZone: string; requestPrefix: string; accentColor?: string; topics: unknown; services: unknown; activities: DemoActivity[];
}
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

/** Returns true when the demo data was loaded, false when the database already had communes. */
export function loadDemoData(db: Db, demoDir: string, today: string): boolean {
  const demo = readJson<{ communes: DemoCommune[] }>(path.join(demoDir, 'communes.json'));
  const fam = readJson<{ families: DemoFamily[] }>(path.join(demoDir, 'families.json'));
  return writeTransaction(db, () => {
    const existing = db.select({ n: count() }).from(communes).get();
    if ((existing?.n ?? 0) > 0) return false;
    for (const c of demo.communes) {
      const { activities: acts, ...row } = c;
      db.insert(communes).values(row).run();
      for (const a of acts) db.insert(activities).values({ communeId: c.id, ...a }).run();
    }
    const year = schoolYearOf(today);
    for (const f of fam.families) {
      const h = db.insert(households).values({ communeId: f.communeId, ...f.household }).returning({ id: households.id }).get();
      for (const r of f.representatives) db.insert(representatives).values({ householdId: h.id, ...r }).run();
      const acts = db.select().from(activities).all().filter((a) => a.communeId === f.communeId);
      for (const ch of f.children) {
        const { enrolments: codes, ...child } = ch;
        const c = db.insert(children).values({ householdId: h.id, ...child }).returning({ id: children.id }).get();
        for (const code of codes) {
          const act = acts.find((a) => a.code === code && (a.level === 'all' || a.level === ch.level));
          if (!act) throw new Error(`Demo data: no activity ${code} for level ${ch.level} in ${f.communeId}`);
          db.insert(enrolments).values({ childId: c.id, activityId: act.id, schoolYear: year }).run();
        }
      }
    }
    return true;
  });
}

import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { openDatabase, type Db } from '../../db/client';
import { HouseholdRepository } from '../../db/repositories/householdRepository';
import { activities, children, communes, enrolments, households, representatives } from '../../db/schema';
import { sqliteStore } from '../../db/sqliteStore';
import type { FamilyImport } from '../../src/domain/ports';

const migrationsFolder = path.resolve(__dirname, '../../db/migrations');

let db: Db;
let repo: HouseholdRepository;
let morning: number;
let canteen: number;

beforeEach(() => {
  db = openDatabase({ file: ':memory:', migrationsFolder });
  db.insert(communes).values({ id: 'c', name: 'C', portalName: 'P', portalUrl: 'https://p', familyKeyName: 'Clé Enfance', schoolZone: 'C', requestPrefix: 'C', services: [], topics: {} }).run();
  const rules = { runsOn: 'schoolDays' };
  morning = db.insert(activities).values({ communeId: 'c', code: 'morning', label: 'Matin', rules, tariffs: [] }).returning().get().id;
  canteen = db.insert(activities).values({ communeId: 'c', code: 'canteen', label: 'Cantine', rules, tariffs: [] }).returning().get().id;
  repo = new HouseholdRepository(sqliteStore(db));
});
afterEach(() => db.$client.close());

const family = (over: Partial<FamilyImport['household']> = {}, extra: Partial<FamilyImport> = {}): FamilyImport => ({
  household: { communeId: 'c', fileNumber: 'F1', name: 'DURAND', address: null, postalCode: null, city: 'Ici', quotientFamilial: 820, ...over },
  representatives: [{ role: 'representative', civility: 'madame', firstName: 'Françoise', lastName: 'DURAND', email: 'f@example.org', phone: null }],
  children: [{ firstName: 'Léa', lastName: 'DURAND', birthDate: '2019-03-14', school: null, level: 'elementaire', enrolments: [{ activityId: morning, schoolYear: '2026-2027' }] }],
  ...extra,
});
const n = (table: typeof households | typeof children | typeof enrolments | typeof representatives) => db.select({ n: count() }).from(table).get()?.n;

describe('HouseholdRepository.importFamilies', () => {
  it('creates the families, then updates them in place when imported again', async () => {
    expect(await repo.importFamilies('c', [family(), family({ fileNumber: 'F2', name: 'DUPONT' }, { children: [] })])).toEqual({ householdsCreated: 2, householdsUpdated: 0, childrenCreated: 1, enrolmentsCreated: 1 });
    const id = (await repo.findByFileNumber('c', 'F1'))?.id;

    const again = family({ quotientFamilial: null, city: 'Là' });
    again.children[0]?.enrolments.push({ activityId: canteen, schoolYear: '2026-2027' });
    expect(await repo.importFamilies('c', [again])).toEqual({ householdsCreated: 0, householdsUpdated: 1, childrenCreated: 0, enrolmentsCreated: 1 });
    const h = await repo.findByFileNumber('c', 'F1');
    expect(h).toMatchObject({ id, quotientFamilial: null, city: 'Là' });
    expect(n(households)).toBe(2);
    expect(n(children)).toBe(1);
    expect(n(representatives)).toBe(2); // one per household, not one more per import
    expect(n(enrolments)).toBe(2);

    // The same import a third time changes nothing.
    expect(await repo.importFamilies('c', [again])).toEqual({ householdsCreated: 0, householdsUpdated: 1, childrenCreated: 0, enrolmentsCreated: 0 });
    expect([n(households), n(children), n(representatives), n(enrolments)]).toEqual([2, 1, 2, 2]);
  });

  it('ignores an enrolment already present, even twice in the same import', async () => {
    const f = family();
    f.children[0]?.enrolments.push({ activityId: morning, schoolYear: '2026-2027' }, { activityId: morning, schoolYear: '2027-2028' });
    expect((await repo.importFamilies('c', [f])).enrolmentsCreated).toBe(2);
    expect(n(enrolments)).toBe(2);
  });

  it('replaces the representatives of an updated household', async () => {
    await repo.importFamilies('c', [family()]);
    const f = family();
    f.representatives = [
      { role: 'representative', civility: 'monsieur', firstName: 'Karim', lastName: 'MARTIN', email: null, phone: null },
      { role: 'co_representative', civility: null, firstName: 'Inès', lastName: 'MARTIN', email: null, phone: null },
    ];
    await repo.importFamilies('c', [f]);
    const id = (await repo.findByFileNumber('c', 'F1'))?.id ?? 0;
    expect((await repo.listRepresentatives(id)).map((r) => `${r.role}:${r.firstName}`)).toEqual(['representative:Karim', 'co_representative:Inès']);
  });

  it('leaves a household given as referenceOnly as it is, and adds its children', async () => {
    await repo.importFamilies('c', [family()]);
    const ref = family({ name: 'IGNORED', quotientFamilial: 1 }, { referenceOnly: true, representatives: [] });
    ref.children = [{ firstName: 'Hugo', lastName: 'DURAND', birthDate: '2022-06-02', school: null, level: 'maternelle', enrolments: [{ activityId: canteen, schoolYear: '2026-2027' }] }];
    expect(await repo.importFamilies('c', [ref])).toEqual({ householdsCreated: 0, householdsUpdated: 0, childrenCreated: 1, enrolmentsCreated: 1 });
    const h = await repo.findByFileNumber('c', 'F1');
    expect(h).toMatchObject({ name: 'DURAND', quotientFamilial: 820 });
    expect(await repo.listRepresentatives(h?.id ?? 0)).toHaveLength(1);
    expect((await repo.listChildren(h?.id ?? 0)).map((c) => c.firstName)).toEqual(['Léa', 'Hugo']);
  });

  it('rolls everything back when one row fails', async () => {
    await repo.importFamilies('c', [family()]);
    const good = family({ fileNumber: 'F2', name: 'DUPONT' });
    const bad = family({ fileNumber: 'F3' });
    if (bad.children[0]) bad.children[0].enrolments = [{ activityId: 9999, schoolYear: '2026-2027' }]; // no such activity
    const updated = family({ city: 'Changed' });
    // toMatchObject, not toThrow: when jest runs files in one process, better-sqlite3 keeps the SqliteError
    // class of the first file that loaded it, which is not an Error of this file's realm.
    await expect(repo.importFamilies('c', [updated, good, bad])).rejects.toMatchObject({ message: expect.stringMatching(/FOREIGN KEY/) });
    expect(db.select().from(households).all().map((h) => h.fileNumber)).toEqual(['F1']);
    expect(db.select({ city: households.city }).from(households).where(eq(households.fileNumber, 'F1')).get()?.city).toBe('Ici');
    expect([n(children), n(representatives), n(enrolments)]).toEqual([1, 1, 1]);
  });

  it('refuses a referenceOnly household that is not in the store, writing nothing', async () => {
    await expect(repo.importFamilies('c', [family({ fileNumber: 'F2' }), family({ fileNumber: 'F404' }, { referenceOnly: true })])).rejects.toMatchObject({ message: expect.stringMatching(/F404/) });
    expect(n(households)).toBe(0);
  });
});

/**
 * `commune import|export`, `school-calendar import` and `doctor` through the admin command, on a
 * real SQLite file: what is written (or not), the round trip, and a running core that sees a
 * re-import at its next read without a restart.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { openDatabase, type Db } from '../../db/client';
import { activities, communes } from '../../db/schema';
import { main } from '../../src/admin/cli';
import { buildCore } from '../../src/core';
import { fixedClock } from '../../src/domain/clock';
import { loadConfig } from '../../src/config';
import { runAdmin } from '../support/adminRun';

const SECRET = 'ab'.repeat(32);
const NOW = new Date('2026-11-18T10:00:00Z');
let dir: string;
let refDir: string;

const ROOT = path.resolve(__dirname, '../..');
const NEW_COMMUNE = `id: saint-test
name: Saint-Test
portalName: Espace Citoyens
portalUrl: https://www.espace-citoyens.net/saint-test/espace-citoyens/
familyKeyName: Clé Enfance
schoolZone: B
requestPrefix: STE
postalCodes: ["59000"]
topics: {general: mairie}
services:
  - code: mairie
    name: Mairie de Saint-Test
    phone: 03 20 00 00 00
    hours:
      mon: [08:30-12:00]
activities:
  - code: canteen
    label: Restauration scolaire
    runsOn: schoolDays
    deadlineDaysBefore: 7
    late: surcharge
    surchargePercent: 10
    tariffs:
      - {fromQf: 0, toQf: 699, price: 1.5}
      - {fromQf: 700, price: 3.25}
`;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'admin-commune-'));
  refDir = path.join(dir, 'calendars');
  fs.cpSync(path.join(ROOT, 'db/reference/school-calendars'), refDir, { recursive: true });
});

const run = (...argv: string[]) => runAdmin(argv, { DATA_DIR: dir, LOG_LEVEL: 'silent', SECRET_KEY: SECRET, SCHOOL_CALENDAR_DIR: refDir }, fixedClock(NOW.toISOString()));

function store<T>(fn: (db: Db) => T): T {
  const db = openDatabase({ file: path.join(dir, 'espace-citoyens.sqlite'), migrationsFolder: path.join(ROOT, 'db/migrations') });
  try {
    return fn(db);
  } finally {
    db.$client.close();
  }
}

const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};

describe('commune import and export', () => {
  it('creates a fourth commune from a file, then exports it; export → import → export is identical', async () => {
    const created = await run('commune', 'import', write('saint-test.yaml', NEW_COMMUNE));
    expect(created.code).toBe(0);
    const row = store((db) => db.select().from(communes).where(eq(communes.id, 'saint-test')).get());
    expect(row).toMatchObject({ schoolZone: 'B', requestPrefix: 'STE', postalCodes: ['59000'] });
    expect(store((db) => db.select().from(activities).where(eq(activities.communeId, 'saint-test')).all()).map((a) => a.tariffs)).toEqual([[{ fromQf: 0, priceCents: 150 }, { fromQf: 700, priceCents: 325 }]]);
    const first = path.join(dir, 'first.yaml');
    const second = path.join(dir, 'second.yaml');
    expect((await run('commune', 'export', 'saint-test', first)).code).toBe(0);
    expect((await run('commune', 'import', first)).code).toBe(0);
    expect((await run('commune', 'export', 'saint-test', second)).code).toBe(0);
    expect(fs.readFileSync(second, 'utf8')).toBe(fs.readFileSync(first, 'utf8'));
    const json = path.join(dir, 'c.json');
    expect((await run('commune', 'export', 'carrieres-sous-poissy', json)).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(json, 'utf8'))).toMatchObject({ id: 'carrieres-sous-poissy', schoolZone: 'C' });
  });

  it('writes nothing when one thing is wrong, and lists each problem with its file, line and path', async () => {
    const bad = NEW_COMMUNE.replace('schoolZone: B', 'schoolZone: D').replace('08:30-12:00', '8h-25h').replace('    label:', '    labl: x\n    label:');
    const result = await run('commune', 'import', write('bad.yaml', bad));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/bad\.yaml, ligne 6, schoolZone/);
    expect(result.err).toMatch(/ligne 15, services\[0\]\.hours\.mon\[0\]/);
    expect(result.err).toMatch(/activities\[0\]\.labl/);
    expect(store((db) => db.select().from(communes).where(eq(communes.id, 'saint-test')).get())).toBeUndefined();
  });

  it('updates a demo commune; an activity left out with bookings stops the whole import', async () => {
    const exported = path.join(dir, 'csp.yaml');
    await run('commune', 'export', 'carrieres-sous-poissy', exported);
    const text = fs.readFileSync(exported, 'utf8');
    const withoutCanteen = text.replace(/ {2}- code: canteen[\s\S]*?(?= {2}- code: wednesday)/, '').replace('name: Carrières-sous-Poissy', 'name: Carrières-sous-Poissy (modifiée)');
    const refused = await run('commune', 'import', write('no-canteen.yaml', withoutCanteen));
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/canteen/);
    expect(store((db) => db.select().from(communes).where(eq(communes.id, 'carrieres-sous-poissy')).get())?.name).toBe('Carrières-sous-Poissy');
    const renamed = await run('commune', 'import', write('renamed.yaml', text.replace(/(code: canteen[\s\S]*?surchargePercent: )20/, '$130')));
    expect(renamed.code).toBe(0);
    const canteen = store((db) => db.select().from(activities).where(eq(activities.communeId, 'carrieres-sous-poissy')).all()).find((a) => a.code === 'canteen');
    expect(canteen?.rules).toMatchObject({ late: { kind: 'surcharge', percent: 30 } });
  });

  it('is seen by a running core at its next read, without a restart', async () => {
    const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', SECRET_KEY: SECRET, SCHOOL_CALENDAR_DIR: refDir }, ROOT);
    const core = buildCore(config, fixedClock(NOW.toISOString()));
    try {
      expect((await core.service.findCommune('chanteloup-les-vignes'))?.services[0]?.phone).toBe('01 39 74 29 12');
      const exported = path.join(dir, 'clv.yaml');
      await run('commune', 'export', 'chanteloup-les-vignes', exported);
      await run('commune', 'import', write('clv2.yaml', fs.readFileSync(exported, 'utf8').replace('01 39 74 29 12', '01 39 74 29 99').replace('schoolZone: C', 'schoolZone: A')));
      const commune = await core.service.getCommune('chanteloup-les-vignes');
      expect(commune.services[0]?.phone).toBe('01 39 74 29 99');
      const canteen = (await core.service.listActivities('chanteloup-les-vignes')).find((a) => a.code === 'canteen')!;
      // Zone A's winter holidays 2026-2027 start on 13 February: a school day in zone C, a holiday in zone A.
      expect(core.service.schoolCalendarOf(canteen).years.find((y) => y.schoolYear === '2026-2027')?.holidays.find((h) => h.name === 'Hiver')?.from).toBe('2027-02-13');
    } finally {
      await core.close();
    }
  });
});

describe('school-calendar import', () => {
  const CSV = [
    'Description;Population;Date de début;Date de fin;Académies;Zones;annee_scolaire',
    "Vacances de la Toussaint;-;2028-10-20T22:00:00+00:00;2028-11-05T23:00:00+00:00;Lille;Zone B;2028-2029",
    "Vacances de Noël;-;2028-12-22T23:00:00+00:00;2029-01-07T23:00:00+00:00;Lille;Zone B;2028-2029",
    "Vacances d'Hiver;Élèves;2029-02-09T23:00:00+00:00;2029-02-25T23:00:00+00:00;Lille;Zone B;2028-2029",
    "Vacances d'Hiver;Enseignants;2029-02-08T23:00:00+00:00;2029-02-25T23:00:00+00:00;Lille;Zone B;2028-2029",
    "Vacances d'Été;-;2029-07-06T22:00:00+00:00;2029-08-31T22:00:00+00:00;Lille;Zone B;2028-2029",
    'Journée de solidarité;-;;;Lille;Zone B;2028-2029',
  ].join('\n');

  it('adds the years of the export to the zone, keeps the others, and doctor then sees the longer calendar', async () => {
    const result = await run('school-calendar', 'import', write('calendrier.csv', CSV));
    expect(result.code).toBe(0);
    const zoneB = JSON.parse(fs.readFileSync(path.join(refDir, 'zone-b.json'), 'utf8')) as { academies: string[]; years: Array<{ schoolYear: string; classesStart: string; holidays: Array<{ name: string; from: string; resume: string }> }> };
    expect(zoneB.years.map((y) => y.schoolYear)).toEqual(['2025-2026', '2026-2027', '2027-2028', '2028-2029']);
    // The export held Lille's rows only: the zone keeps its other académies.
    expect(zoneB.academies).toEqual(expect.arrayContaining(['Lille', 'Amiens', 'Rennes', 'Strasbourg']));
    const year = zoneB.years.at(-1)!;
    expect(year.classesStart).toBe('2028-09-01');
    expect(year.holidays).toEqual([
      { name: 'Toussaint', from: '2028-10-21', resume: '2028-11-06' },
      { name: 'Noël', from: '2028-12-23', resume: '2029-01-08' },
      { name: 'Hiver', from: '2029-02-10', resume: '2029-02-26' },
      { name: 'Été', from: '2029-07-07', resume: '2029-09-01' },
    ]);
    expect(result.out).toMatch(/1 ligne/);
  });

  it('reads the JSON records of the export too, and refuses a file with nothing usable', async () => {
    const json = JSON.stringify([{ description: 'Vacances de Printemps', population: '-', start_date: '2029-04-06T22:00:00+00:00', end_date: '2029-04-22T22:00:00+00:00', location: 'Bordeaux', zones: 'Zone A', annee_scolaire: '2028-2029' }]);
    expect((await run('school-calendar', 'import', write('cal.json', json))).code).toBe(0);
    const zoneA = JSON.parse(fs.readFileSync(path.join(refDir, 'zone-a.json'), 'utf8')) as { years: Array<{ schoolYear: string; holidays: unknown[] }> };
    expect(zoneA.years.at(-1)).toMatchObject({ schoolYear: '2028-2029', holidays: [{ name: 'Printemps', from: '2029-04-07', resume: '2029-04-23' }] });
    const before = fs.readFileSync(path.join(refDir, 'zone-c.json'), 'utf8');
    expect((await run('school-calendar', 'import', write('empty.csv', 'Description;Zones\nRien;Zone C\n'))).code).toBe(1);
    expect(fs.readFileSync(path.join(refDir, 'zone-c.json'), 'utf8')).toBe(before);
  });
});

describe('doctor', () => {
  it('warns (exit 0) about the unconfirmed dates ahead and Carrières-sur-Seine without contacts nor hours', async () => {
    const result = await run('doctor');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Carrières-sur-Seine \(carrieres-sur-seine\) : pour les questions « booking »/);
    expect(result.out).toMatch(/« Service Scolaire-Enfance-Jeunesse \(SEJ\) » n'a pas d'horaires/);
    expect(result.out).toMatch(/ne sont pas confirmées/);
    expect(result.out).not.toMatch(/s'arrête le/);
  });

  it('warns about a commune without an enabled administrator or without family files, until they are there', async () => {
    expect((await run('commune', 'import', write('saint-test.yaml', NEW_COMMUNE))).code).toBe(0);
    const before = await run('doctor');
    expect(before.code).toBe(0);
    expect(before.out).toMatch(/Saint-Test \(saint-test\) : aucun dossier famille/);
    expect(before.out).not.toMatch(/Carrières-sous-Poissy \(carrieres-sous-poissy\) : aucun dossier famille/);
    expect(before.out).toMatch(/Carrières-sous-Poissy \(carrieres-sous-poissy\) : aucun agent administrateur/);
    expect((await run('agent', 'add', '--commune', 'carrieres-sous-poissy', '--email', 'admin@example.org', '--roles', 'administration')).code).toBe(0);
    const after = await run('doctor');
    expect(after.out).not.toMatch(/Carrières-sous-Poissy \(carrieres-sous-poissy\) : aucun agent administrateur/);
    expect(after.out).toMatch(/Saint-Test \(saint-test\) : aucun agent administrateur/);
    expect((await run('agent', 'disable', '--email', 'admin@example.org')).code).toBe(0);
    expect((await run('doctor')).out).toMatch(/Carrières-sous-Poissy \(carrieres-sous-poissy\) : aucun agent administrateur/);
  });

  it('warns when the calendar ends within six months, and fails (exit 1) when a zone has no calendar', async () => {
    const zoneC = JSON.parse(fs.readFileSync(path.join(refDir, 'zone-c.json'), 'utf8')) as { years: unknown[] };
    fs.writeFileSync(path.join(refDir, 'zone-c.json'), JSON.stringify({ ...zoneC, years: zoneC.years.slice(0, 1) }));
    const ending = await run('doctor');
    expect(ending.code).toBe(0);
    expect(ending.out).toMatch(/zone C s'arrête le 2026-09-01/);
    // A zone neither here nor shipped (a database changed by hand): an error.
    store((db) => db.update(communes).set({ schoolZone: 'D' }).where(eq(communes.id, 'carrieres-sur-seine')).run());
    const missing = await run('doctor');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/zone scolaire D n'a pas de calendrier/);
  });

  it('starts from the shipped calendars in a folder of its own: an import writes the zone there, shipped years included', async () => {
    const own = path.join(dir, 'own-calendars');
    fs.mkdirSync(own);
    const env = { DATA_DIR: dir, LOG_LEVEL: 'silent', SECRET_KEY: SECRET, SCHOOL_CALENDAR_DIR: own };
    const sink = { write: () => true };
    const runOwn = (...argv: string[]) => main(argv, { stdout: sink, stderr: sink, env, clock: fixedClock(NOW.toISOString()) });
    expect(await runOwn('doctor')).toBe(0);
    expect(await runOwn('commune', 'import', write('saint-test.yaml', NEW_COMMUNE))).toBe(0);
    const csv = "Description;Population;Date de début;Date de fin;Académies;Zones;annee_scolaire\nVacances d'Été;-;2029-07-06T22:00:00+00:00;2029-08-31T22:00:00+00:00;Lille;Zone B;2028-2029\n";
    expect(await runOwn('school-calendar', 'import', write('calendrier.csv', csv))).toBe(0);
    const zoneB = JSON.parse(fs.readFileSync(path.join(own, 'zone-b.json'), 'utf8')) as { years: Array<{ schoolYear: string }> };
    expect(zoneB.years.map((y) => y.schoolYear)).toEqual(['2025-2026', '2026-2027', '2027-2028', '2028-2029']);
    expect(fs.readdirSync(own)).toEqual(['zone-b.json']);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, isNull } from 'drizzle-orm';
import { openDatabase, type Db } from '../../db/client';
import { auditLog, children, enrolments, familyKeys, households, requests } from '../../db/schema';
import { hashFamilyKey, normalizeFamilyKey } from '../../src/domain/familyKey';
import { hasControls } from '../../src/domain/text';
import { runAdmin } from '../support/adminRun';

const SECRET = 'ab'.repeat(32);
const COMMUNE = 'carrieres-sous-poissy';
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'admin-cli-'));
});

const run = (...argv: string[]) => runAdmin(argv, { DATA_DIR: dir, LOG_LEVEL: 'silent', SECRET_KEY: SECRET });

function csv(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

/** The store the command wrote, opened after it closed it. */
function store<T>(fn: (db: Db) => T): T {
  const db = openDatabase({ file: path.join(dir, 'espace-citoyens.sqlite'), migrationsFolder: path.resolve(__dirname, '../../db/migrations') });
  try {
    return fn(db);
  } finally {
    db.$client.close();
  }
}

const HOUSEHOLDS = [
  'file_number,name,address,postal_code,city,quotient_familial,representative_civility,representative_first_name,representative_last_name,representative_email,representative_phone',
  'T-001,BERNARD,3 rue Verte,78955,Carrières-sous-Poissy,640,madame,Julie,BERNARD,julie@example.org,06 11 22 33 44',
  'T-002,PETIT,,,,,monsieur,Marc,PETIT,,',
];
const CHILDREN = ['file_number,first_name,last_name,birth_date,school,level', 'T-001,Lina,BERNARD,05/04/2018,École du Parc,élémentaire', 'T-002,Sacha,PETIT,2021-09-10,,maternelle'];
const ENROLMENTS = ['file_number,child_first_name,child_birth_date,activity_code,school_year', 'T-001,Lina,2018-04-05,morning,2026-2027', 'T-001,Lina,2018-04-05,canteen,2026-2027', 'T-002,Sacha,10/09/2021,evening,2026-2027'];

/** Enrolments of the demo families loaded into every new store. */
const DEMO_ENROLMENTS = (JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../db/demo/families.json'), 'utf8')) as {
  families: Array<{ children: Array<{ enrolments: string[] }> }>;
}).families.reduce((n, f) => n + f.children.reduce((m, c) => m + c.enrolments.length, 0), 0);

const imported = (db: Db) => ({
  households: db.select().from(households).where(eq(households.communeId, COMMUNE)).all().filter((h) => h.fileNumber.startsWith('T-')).length,
  children: db.select().from(children).all().filter((c) => ['Lina', 'Sacha'].includes(c.firstName)).length,
  enrolments: db.select().from(enrolments).all().length,
});

describe('admin import', () => {
  it('imports good files, prints the counts and stores the families', async () => {
    const r = await run('import', '--commune', COMMUNE, '--households', csv('households.csv', HOUSEHOLDS), '--children', csv('children.csv', CHILDREN), '--enrolments', csv('enrolments.csv', ENROLMENTS));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Import terminé pour Carrières-sous-Poissy.');
    expect(r.out).toContain('Familles créées : 2');
    expect(r.out).toContain('Inscriptions ajoutées : 3');
    expect(store(imported)).toEqual({ households: 2, children: 2, enrolments: DEMO_ENROLMENTS + 3 });
    const audit = store((db) => db.select().from(auditLog).where(eq(auditLog.action, 'import.families')).all());
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]?.details)).not.toMatch(/BERNARD|julie/);
  });

  it('reads a spreadsheet export: semicolons and Windows-1252', async () => {
    const text = ['file_number;name;representative_first_name;representative_last_name', 'T-003;LEFÈVRE;Zoé;LEFÈVRE'].join('\r\n');
    const file = path.join(dir, 'familles.csv');
    fs.writeFileSync(file, Buffer.from(text, 'latin1'));
    const r = await run('import', '--commune', COMMUNE, '--households', file);
    expect(r.code).toBe(0);
    expect(store((db) => db.select().from(households).where(eq(households.fileNumber, 'T-003')).get()?.name)).toBe('LEFÈVRE');
  });

  it('reports each error with its file and line, exits 1 and imports nothing', async () => {
    const bad = [...HOUSEHOLDS, 'T-001,BERNARD,,,,abc,madame,Julie,BERNARD,,'];
    const r = await run('import', '--commune', COMMUNE, '--households', csv('households.csv', bad), '--children', csv('enfants.csv', [...CHILDREN, 'T-404,Max,X,2019-01-01,,maternelle']), '--enrolments', csv('enrolments.csv', ENROLMENTS));
    expect(r.code).toBe(1);
    expect(r.err.split('\n').filter(Boolean)).toEqual([
      'households.csv, ligne 4 : le dossier T-001 est déjà à la ligne 2.',
      'households.csv, ligne 4 : le quotient familial « abc » (colonne quotient_familial) doit être un nombre entier. Laissez la case vide s\'il n\'y a pas d\'avis d\'imposition.',
      'enfants.csv, ligne 4 : le dossier T-404 n\'existe pas, ni dans le fichier des familles, ni dans la base.',
      'Nombre d\'erreurs : 3. Rien n\'a été importé. Corrigez les fichiers, puis relancez l\'import.',
    ]);
    expect(store(imported)).toEqual({ households: 0, children: 0, enrolments: DEMO_ENROLMENTS });
  });

  it('reports a line with a wrong number of columns', async () => {
    const r = await run('import', '--commune', COMMUNE, '--households', csv('households.csv', [...HOUSEHOLDS.slice(0, 2), 'T-009,SEUL']));
    expect(r.code).toBe(1);
    expect(r.err).toContain('households.csv, ligne 3 : cette ligne n\'a pas le même nombre de colonnes que la première ligne.');
    expect(store(imported).households).toBe(0);
  });

  it('says so when a file or the commune does not exist', async () => {
    expect((await run('import', '--commune', COMMUNE, '--households', path.join(dir, 'absent.csv'))).err).toContain('Je ne peux pas lire le fichier');
    const r = await run('import', '--commune', 'atlantis', '--households', csv('households.csv', HOUSEHOLDS));
    expect(r.code).toBe(1);
    expect(r.err).toContain('La commune « atlantis » n\'existe pas.');
  });
});

describe('admin issue-key', () => {
  const KEY = /\b([0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4})\b/;

  it('prints a key once, stores only its keyed hash, and a new key revokes the previous one', async () => {
    const first = await run('issue-key', '--commune', COMMUNE, '--file-number', 'CSP-F-000101');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^Clé Enfance du dossier CSP-F-000101 \(famille DURAND\) : /);
    expect(first.out).toContain('Remettez cette clé à la famille.');
    const key1 = KEY.exec(first.out)?.[1] ?? '';
    const hash1 = hashFamilyKey(normalizeFamilyKey(key1) ?? '', SECRET);

    const rows = store((db) => db.select().from(familyKeys).all());
    // Only the selector (the first 4 characters, which name the household) is kept in clear.
    expect(rows).toEqual([expect.objectContaining({ keyHash: hash1, selector: key1.slice(0, 4), revokedAt: null })]);
    const dump = store((db) => JSON.stringify([db.select().from(familyKeys).all(), db.select().from(auditLog).all()]));
    expect(dump).not.toContain(key1);
    expect(dump).not.toContain(key1.replace(/-/g, ''));
    expect(dump).not.toContain(key1.replace(/-/g, '').slice(4));
    expect(dump).toContain('familyKey.issued');

    const second = await run('issue-key', '--commune', COMMUNE, '--file-number', 'CSP-F-000101');
    const key2 = KEY.exec(second.out)?.[1] ?? '';
    expect(key2).not.toBe(key1);
    const active = store((db) => db.select().from(familyKeys).where(isNull(familyKeys.revokedAt)).all());
    expect(active.map((k) => k.keyHash)).toEqual([hashFamilyKey(normalizeFamilyKey(key2) ?? '', SECRET)]);
    expect(store((db) => db.select().from(familyKeys).where(eq(familyKeys.keyHash, hash1)).get()?.revokedAt)).not.toBeNull();
  });

  it('exits 1 for an unknown file number', async () => {
    const r = await run('issue-key', '--commune', COMMUNE, '--file-number', 'NOPE-1');
    expect(r.code).toBe(1);
    expect(r.err).toContain('Aucun dossier famille ne porte le numéro NOPE-1 dans cette commune.');
    expect(store((db) => db.select().from(familyKeys).all())).toEqual([]);
  });
});

describe('admin pending-requests, communes, usage', () => {
  it('lists the requests still waiting, as a table', async () => {
    await run('communes'); // creates the store with the demo communes
    store((db) => {
      const row = { communeId: COMMUNE, kind: 'birth_certificate', data: {}, createdAt: '2026-11-17T10:00:00.000Z' };
      db.insert(requests).values({ ...row, reference: 'CSP-2026-000001', requesterEmail: 'a@example.org', status: 'submitted' }).run();
      db.insert(requests).values({ ...row, reference: 'CSP-2026-000002', requesterEmail: 'b@example.org', status: 'completed' }).run();
      db.insert(requests).values({ ...row, reference: 'CLV-2026-000003', communeId: 'chanteloup-les-vignes', requesterEmail: 'c@example.org', status: 'in_progress' }).run();
    });
    const all = await run('pending-requests');
    expect(all.code).toBe(0);
    const lines = all.out.split('\n');
    expect(lines[0]).toMatch(/^Référence\s+Démarche\s+Date\s+E-mail$/);
    expect(lines[1]).toMatch(/^CSP-2026-000001\s+birth_certificate\s+17\/11\/2026\s+a@example\.org$/);
    expect(all.out).toContain('CLV-2026-000003');
    expect(all.out).not.toContain('CSP-2026-000002');
    expect(all.out).toContain('Démarches en attente : 2');
    const one = await run('pending-requests', '--commune', COMMUNE);
    expect(one.out).toContain('CSP-2026-000001');
    expect(one.out).not.toContain('CLV-2026-000003');
  });

  it('shows a request written raw in the database with its control characters escaped', async () => {
    await run('communes');
    const address = '1 rue\u001b[2J\u001b[31m de la Demo\nstatus : completed\u202e';
    store((db) =>
      db.$client
        .prepare("insert into requests (commune_id, reference, kind, requester_email, data, status, created_at) values (?, 'CSP-2026-000009', 'family_booklet', ?, ?, 'submitted', '2026-11-17T10:00:00.000Z')")
        .run(COMMUNE, 'x\u001b]0;pwned\u0007@example.org', JSON.stringify({ address, lastName: 'Durand' })),
    );
    for (const r of [await run('show-request', '--reference', 'CSP-2026-000009'), await run('pending-requests')]) {
      expect(r.code).toBe(0);
      // Nothing but line feeds below U+0020, no DEL, C1 or bidi override reaches the terminal.
      expect(hasControls(r.out)).toBe(false);
      expect(r.out).toContain('x\\x1b]0;pwned\\x07@example.org');
    }
    const shown = (await run('show-request', '--reference', 'CSP-2026-000009')).out.split('\n');
    expect(shown).toContain('  address : 1 rue\\x1b[2J\\x1b[31m de la Demo\\nstatus : completed\\u202e');
    expect(shown.filter((line) => line.startsWith('status'))).toEqual([]);
  });

  it('lists the communes', async () => {
    const r = await run('communes');
    expect(r.code).toBe(0);
    expect(r.out).toContain('carrieres-sous-poissy : Carrières-sous-Poissy');
    expect(r.out.trim().split('\n')).toHaveLength(3);
  });

  it('exits 2 on a wrong usage, 0 on help, and speaks English on request', async () => {
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('frobnicate')).err).toContain('La commande « frobnicate » n\'existe pas.');
    expect((await run()).code).toBe(2);
    expect((await run('issue-key', '--commune', COMMUNE)).err).toContain("Il manque l'option --file-number.");
    expect((await run('import', '--commune', COMMUNE)).code).toBe(2);
    expect((await run('communes', '--colour')).err).toContain('--colour');
    expect((await run('communes', '--commune')).code).toBe(2);
    const help = await run('help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('npm run admin -- issue-key');
    expect((await run('frobnicate', '--lang', 'en')).err).toContain('The command "frobnicate" does not exist.');
    expect(fs.existsSync(path.join(dir, 'espace-citoyens.sqlite'))).toBe(false); // usage errors touch no store
  });
});

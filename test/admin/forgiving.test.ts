/**
 * The admin command forgives what agents type: file numbers and references in any case and
 * spacing, mistyped commands and communes (suggested, never run), and refuses with a message a
 * reference of another commune and an amount that is not a positive number of euros.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { openDatabase, type Db } from '../../db/client';
import { auditLog, familyKeys, households, invoices, requests } from '../../db/schema';
import { closest, slips } from '../../src/admin/suggest';
import { fileNumberKey } from '../../src/domain/fileNumbers';
import { runAdmin } from '../support/adminRun';

const SECRET = 'ab'.repeat(32);
const CSP = 'carrieres-sous-poissy';
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'admin-forgiving-'));
});

const run = (...argv: string[]) => runAdmin(argv, { DATA_DIR: dir, LOG_LEVEL: 'silent', SECRET_KEY: SECRET });

function store<T>(fn: (db: Db) => T): T {
  const db = openDatabase({ file: path.join(dir, 'espace-citoyens.sqlite'), migrationsFolder: path.resolve(__dirname, '../../db/migrations') });
  try {
    return fn(db);
  } finally {
    db.$client.close();
  }
}

/** The keys issued, by file number. */
const keyedFiles = () =>
  store((db) => db.select({ fileNumber: households.fileNumber }).from(familyKeys).innerJoin(households, eq(households.id, familyKeys.householdId)).all().map((r) => r.fileNumber));
const invoiceRows = () => store((db) => db.select().from(invoices).all());
const statusOf = (reference: string) => store((db) => db.select().from(requests).where(eq(requests.reference, reference)).get()?.status);

describe('the suggestion rules', () => {
  it('counts slips, a swap of neighbours as one', () => {
    expect(slips('issue-kye', 'issue-key')).toBe(1);
    expect(slips('pending-request', 'pending-requests')).toBe(1);
    expect(slips('abc', 'abc')).toBe(0);
    expect(slips('', 'abc')).toBe(3);
  });

  it('suggests only a single close or starting candidate', () => {
    const names = ['issue-key', 'pending-requests', 'pending-reservations', 'jobs'].map((n) => ({ value: n, names: [n] }));
    expect(closest('issue-kye', names)).toBe('issue-key');
    expect(closest('ISSUE KEY', names)).toBe('issue-key');
    expect(closest('issue', names)).toBe('issue-key');
    expect(closest('pending', names)).toBeUndefined();
    expect(closest('frobnicate', names)).toBeUndefined();
    expect(closest('job', names)).toBe('jobs');
    expect(closest('', names)).toBeUndefined();
  });

  it('keys file numbers by their capitals and digits', () => {
    expect(['csp-f-000101', 'CSP F 000101', ' Csp_F.000101 '].map(fileNumberKey)).toEqual(['CSPF000101', 'CSPF000101', 'CSPF000101']);
  });
});

describe('file numbers in any case and spacing', () => {
  it('issues the key of CSP-F-000101 typed « csp-f-000101 » or « CSP F 000101 »', async () => {
    const lower = await run('issue-key', '--commune', CSP, '--file-number', 'csp-f-000101');
    expect(lower.code).toBe(0);
    expect(lower.out).toContain('CSP-F-000101');
    expect(keyedFiles()).toEqual(['CSP-F-000101']);
    expect((await run('issue-key', '--commune', CSP, '--file-number', 'CSP F 000101')).code).toBe(0);
    expect(store((db) => db.select().from(auditLog).where(eq(auditLog.action, 'familyKey.issued')).all())).toHaveLength(2);
  });

  it('still refuses a number no file has, writing nothing', async () => {
    const r = await run('issue-key', '--commune', CSP, '--file-number', 'csp-f-999999');
    expect(r.code).toBe(1);
    expect(r.err).toContain('csp-f-999999');
    expect(keyedFiles()).toEqual([]);
  });

  it('creates an invoice for a file number typed in small letters', async () => {
    const r = await run('create-invoice', '--commune', CSP, '--file-number', 'csp f 000101', '--label', 'Sortie', '--amount', '12.5€');
    expect(r.code).toBe(0);
    const [invoice] = invoiceRows();
    expect(invoice?.totalCents).toBe(1250);
    const owner = store((db) => db.select().from(households).where(eq(households.id, invoice?.householdId ?? 0)).get());
    expect(owner?.fileNumber).toBe('CSP-F-000101');
  });
});

describe('amounts', () => {
  it.each(['-5', '0', 'abc', '0,00', '-5,50 €'])('refuses --amount %s with what was typed, writing nothing', async (amount) => {
    const r = await run('create-invoice', '--commune', CSP, '--file-number', 'CSP-F-000101', '--label', 'Sortie', '--amount', amount);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Montant refusé : « ${amount} »`);
    expect(invoiceRows()).toEqual([]);
  });

  it('reads « 73,80 € » and « 73.80 »', async () => {
    expect((await run('create-invoice', '--commune', CSP, '--file-number', 'CSP-F-000101', '--label', 'Sortie', '--amount', '73,80 €')).code).toBe(0);
    expect((await run('create-invoice', '--commune', CSP, '--file-number', 'CSP-F-000101', '--label', 'Sortie', '--amount=73.80')).code).toBe(0);
    expect(invoiceRows().map((i) => i.totalCents)).toEqual([7380, 7380]);
  });
});

describe('mistyped commands and communes', () => {
  it.each([
    ['issue-kye', 'issue-key'],
    ['pending-request', 'pending-requests'],
    ['Create-Invoice', 'create-invoice'],
  ])('suggests for « %s » the command « %s », without running anything', async (typed, meant) => {
    const r = await run(typed, '--commune', CSP, '--file-number', 'CSP-F-000101');
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Vouliez-vous dire « ${meant} » ?`);
    expect(fs.existsSync(path.join(dir, 'espace-citoyens.sqlite'))).toBe(false);
  });

  it('says only that a command far from any does not exist', async () => {
    const r = await run('frobnicate');
    expect(r.code).toBe(2);
    expect(r.err).not.toContain('Vouliez-vous dire');
    expect(r.err).toContain('npm run admin -- help');
  });

  it('suggests in English with --lang en', async () => {
    expect((await run('issue-kye', '--lang', 'en')).err).toContain('Did you mean "issue-key"?');
  });

  it.each(['carrieres-sous-poisy', 'Carrières-sous-Poissy', 'CARRIERES SOUS POISSY'])('suggests the commune meant by « %s », issuing no key', async (typed) => {
    const r = await run('issue-key', '--commune', typed, '--file-number', 'CSP-F-000101');
    expect(r.code).toBe(1);
    expect(r.err).toContain('Vouliez-vous dire « carrieres-sous-poissy » (Carrières-sous-Poissy) ?');
    expect(keyedFiles()).toEqual([]);
  });

  it('suggests by the start of a name, not when two communes start so', async () => {
    expect((await run('pending-requests', '--commune', 'Chanteloup')).err).toContain('« chanteloup-les-vignes » (Chanteloup-les-Vignes)');
    const two = await run('pending-requests', '--commune', 'Carrières');
    expect(two.code).toBe(1);
    expect(two.err).toContain("n'existe pas");
    expect(two.err).not.toContain('Vouliez-vous dire');
  });

  it('checks --commune on every command, those that had no check included', async () => {
    const r = await run('create-invoice', '--commune', 'carrieres-sur-sene', '--file-number', 'CSP-F-000101', '--label', 'Sortie', '--amount', '10');
    expect(r.code).toBe(1);
    expect(r.err).toContain('« carrieres-sur-seine »');
    expect(invoiceRows()).toEqual([]);
  });
});

describe('references', () => {
  async function withRequests() {
    await run('communes'); // creates the store with the demo communes
    store((db) => {
      const row = { kind: 'civil_status_act', requesterEmail: 'a@example.org', status: 'submitted' as const, createdAt: '2026-11-17T10:00:00.000Z' };
      db.insert(requests).values({ ...row, communeId: CSP, reference: 'CSP-2026-000001', data: { kind: 'birth' } }).run();
      db.insert(requests).values({ ...row, communeId: 'chanteloup-les-vignes', reference: 'CLV-2026-000002', kind: 'citizen_census', data: {} }).run();
    });
  }

  it.each(['csp-2026-000001', 'csp 2026 1', 'CSP2026000001'])('takes the request typed « %s »', async (typed) => {
    await withRequests();
    const r = await run('take-request', '--reference', typed, '--commune', CSP);
    expect(r.code).toBe(0);
    expect(r.out).toContain('CSP-2026-000001');
    expect(statusOf('CSP-2026-000001')).toBe('in_progress');
  });

  it('refuses a reference of another commune than --commune, changing nothing', async () => {
    await withRequests();
    for (const command of ['take-request', 'complete-request', 'show-request']) {
      const r = await run(command, '--reference', 'clv-2026-2', '--commune', CSP);
      expect(r.code).toBe(1);
      expect(r.err).toContain("La demande CLV-2026-000002 n'est pas une demande de la commune « carrieres-sous-poissy »");
      expect(r.out).toBe('');
    }
    expect(statusOf('CLV-2026-000002')).toBe('submitted');
    expect(store((db) => db.select().from(auditLog).where(eq(auditLog.subject, 'CLV-2026-000002')).all())).toEqual([]);
  });

  it('refuses an unknown reference', async () => {
    await withRequests();
    const r = await run('complete-request', '--reference', 'csp-2026-999');
    expect(r.code).toBe(1);
    expect(r.err).toContain('csp-2026-999');
    expect(statusOf('CSP-2026-000001')).toBe('submitted');
  });

  it('prints the kinds in words', async () => {
    await withRequests();
    const pending = await run('pending-requests');
    expect(pending.out).toMatch(/CSP-2026-000001\s+Acte d'état civil\s/);
    expect(pending.out).toMatch(/CLV-2026-000002\s+Recensement citoyen\s/);
    expect(pending.out).not.toContain('civil_status_act');
    const shown = await run('show-request', '--reference', 'csp-2026-1');
    expect(shown.out).toContain('Demande CSP-2026-000001 (Acte de naissance)');
    expect((await run('show-request', '--reference', 'csp-2026-1', '--lang', 'en')).out).not.toContain('civil_status_act');
  });
});

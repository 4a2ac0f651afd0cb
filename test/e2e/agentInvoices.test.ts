/**
 * Invoices and payments in the agents' back office over HTTP (/agents/factures, /agents/paiements),
 * as a régie agent would: December's preview (nothing stored) then its run, a page run again once
 * invoiced (409), a one-off invoice in euros with a comma, negative, zero and unknown-file ones
 * refused; a duplicate payment marked refunded with a note, then again (409), and by another
 * commune's agent (409); the payments never confirmed after N minutes. A role without the right
 * and a forged form are refused (403); every refusal audited, nothing changed.
 */
import { sql } from 'drizzle-orm';
import { main as admin } from '../../src/admin/cli';
import { settableClock } from '../../src/domain/clock';
import type { Account } from '../../src/domain/types';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { linkedDurand } from '../support/accounts';
import { tempConfig } from '../support/harness';
import { lastCode, outboxMails } from '../support/outbox';
import { rowsOf } from '../support/sql';

let app: RunningApp;
let config: ReturnType<typeof tempConfig>;
const clock = settableClock('2026-11-10T09:00:00Z');
const base = () => `http://${app.host}:${app.port}`;
const GOOD = 'Cantine-du-Parc-2026!';

interface Page { status: number; html: string; cookie: string; csrf: string; location: string }

async function get(path: string, cookie = ''): Promise<Page> {
  const res = await fetch(`${base()}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  const html = (await res.text()).replace(/&#39;/g, "'").replace(/[\u202f\u00a0]/g, ' ');
  return { status: res.status, html, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '', location: res.headers.get('location') ?? '' };
}

async function post(path: string, fields: Record<string, string>, cookie: string): Promise<Page> {
  const res = await fetch(`${base()}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie }, body: new URLSearchParams(fields).toString(), redirect: 'manual' });
  const html = (await res.text()).replace(/&#39;/g, "'").replace(/[\u202f\u00a0]/g, ' ');
  return { status: res.status, html, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '', location: res.headers.get('location') ?? '' };
}

const details = (d: unknown) => (typeof d === 'string' ? JSON.parse(d) : d) as Record<string, unknown>;
const audit = async (action: string) => (await rowsOf<{ actor: string; subject: string | null; details: unknown }>(app.core, sql`select actor, subject, details from audit_log where action = ${action} order by id`)).map((r) => ({ ...r, details: details(r.details) }));
const reasons = async () => (await audit('agent.refused')).map((r) => r.details.reason);
const invoices = () => rowsOf<{ number: string; kind: string; total_cents: number; period_start: string | null }>(app.core, sql`select number, kind, total_cents, period_start from invoices order by id`);
const paymentStatus = async (reference: string) => (await rowsOf<{ status: string }>(app.core, sql`select status from payments where reference = ${reference}`))[0]?.status;

/** An agent made by the admin command (real time: its link is used before the clock moves), with a password. */
async function enrol(commune: string, email: string, roles: string): Promise<void> {
  const env = { DATA_DIR: config.dataDir, LOG_LEVEL: 'silent', PUBLIC_URL: base(), ...(config.postgres ? { DATABASE_URL: config.postgres.url } : {}) };
  const sink = { write: () => true };
  expect(await admin(['agent', 'add', '--commune', commune, '--email', email, '--roles', roles], { stdout: sink, stderr: sink, env })).toBe(0);
  const mail = outboxMails(config.outboxDir).map((m) => m.replace(/=\r?\n/g, '')).filter((m) => m.includes(`To: ${email}`)).at(-1) ?? '';
  const link = /\/agents\/mot-de-passe\/[A-Za-z0-9_-]{43}/.exec(mail)?.[0] ?? '';
  const form = await get(link);
  expect((await post(link, { csrf: form.csrf, password: GOOD, confirmation: GOOD }, form.cookie)).status).toBe(200);
}

/** Signed in with the mailed code. */
async function agent(email: string): Promise<{ cookie: string; csrf: string; id: string }> {
  const signIn = await get('/agents/connexion');
  const { cookie } = await post('/agents/connexion', { csrf: signIn.csrf, email, password: GOOD }, signIn.cookie);
  const codePage = await get('/agents/code', cookie);
  expect((await post('/agents/code', { csrf: codePage.csrf, code: lastCode(config.outboxDir, email) }, cookie)).location).toBe('/agents');
  const agents = await rowsOf<{ id: number }>(app.core, sql`select id from agents where email = ${email}`);
  return { cookie, csrf: (await get('/agents', cookie)).csrf, id: `agent:${agents[0]?.id}` };
}

let regie: { cookie: string; csrf: string; id: string };
let durand: Account;

beforeAll(async () => {
  config = tempConfig();
  app = await startSeededApp(config, clock);
  durand = await linkedDurand(app.core);
  // On 10 November, on time: Léa's canteen on three December days.
  const household = await app.core.service.deps.repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
  const lea = (await app.core.service.deps.repos.households.listChildren(household!.id)).find((c) => c.firstName === 'Léa')!.id;
  const canteen = (await app.core.service.listActivities('carrieres-sous-poissy')).find((a) => a.code === 'canteen')!.id;
  const commune = await app.core.service.getCommune('carrieres-sous-poissy');
  const basket = await app.core.service.reservations.planBasket(durand, canteen, ['2026-12-03', '2026-12-04', '2026-12-07'].map((day) => ({ childId: lea, day, action: 'add' as const })));
  expect((await app.core.service.reservations.confirmBasket(durand, commune, basket.id)).kind).toBe('confirmed');
  await enrol('carrieres-sous-poissy', 'regie@example.org', 'regie');
  await enrol('chanteloup-les-vignes', 'regie@chanteloup.example.org', 'regie');
  await enrol('carrieres-sous-poissy', 'periscolaire@example.org', 'periscolaire');
  clock.advance((new Date('2027-01-04T09:00:00Z').getTime() - clock.now().getTime()) / 60_000);
  regie = await agent('regie@example.org');
});
afterAll(async () => {
  await app.stop();
});

describe('a month\'s invoicing', () => {
  it('previews December (the family, its lines, 3 × 3,10 €) without storing anything, then runs it; the same page again is refused', async () => {
    const preview = await get('/agents/factures?mois=2026-12', regie.cookie);
    expect(preview.status).toBe(200);
    expect(preview.html).toContain('CSP-F-000101');
    expect(preview.html).toContain('9,30 €');
    expect(preview.html).toMatch(/name="expected" value="1"/);
    expect(await invoices()).toEqual([]);

    const ran = await post('/agents/factures/mois', { csrf: regie.csrf, mois: '2026-12', expected: '1' }, regie.cookie);
    expect(ran.status).toBe(200);
    expect(await invoices()).toEqual([{ number: expect.stringMatching(/^CSP-FAC-2027-\d{6}$/), kind: 'monthly', total_cents: 930, period_start: '2026-12-01' }]);
    expect((await audit('invoice.monthRun')).at(-1)).toMatchObject({ actor: regie.id, subject: '2026-12', details: { created: 1 } });

    // The page as it was before the run (another tab, another agent): nothing issued twice.
    const again = await post('/agents/factures/mois', { csrf: regie.csrf, mois: '2026-12', expected: '1' }, regie.cookie);
    expect(again.status).toBe(409);
    expect(await invoices()).toHaveLength(1);
    expect(await reasons()).toContain('stale');
    expect((await get('/agents/factures?mois=2026-12', regie.cookie)).html).not.toMatch(/name="expected"/);
  });

  it('refuses a month not over, a month that is not one, and a forged count', async () => {
    expect((await get('/agents/factures?mois=2027-01', regie.cookie)).status).toBe(422);
    expect((await get('/agents/factures?mois=decembre', regie.cookie)).status).toBe(422);
    expect((await post('/agents/factures/mois', { csrf: regie.csrf, mois: '2027-01', expected: '0' }, regie.cookie)).status).toBe(422);
    expect((await post('/agents/factures/mois', { csrf: regie.csrf, mois: '2026-12', expected: 'tous' }, regie.cookie)).status).toBe(400);
    expect(await invoices()).toHaveLength(1);
  });
});

describe('a one-off invoice', () => {
  const oneOff = (fields: Record<string, string>) => post('/agents/factures/ponctuelle', { csrf: regie.csrf, dossier: 'csp-f-000101', libelle: 'Séjour CT 3', montant: '45,50', echeance: '', ...fields }, regie.cookie);

  it('is created from an amount in euros with a comma, due in 30 days or on the date given', async () => {
    const made = await oneOff({});
    expect(made.status).toBe(200);
    expect((await invoices()).at(-1)).toMatchObject({ kind: 'oneOff', total_cents: 4550 });
    expect((await audit('invoice.created')).at(-1)).toMatchObject({ actor: regie.id, details: { amountCents: 4550 } });
    expect((await oneOff({ montant: '12', echeance: '2027-02-15' })).status).toBe(200);
    expect((await invoices()).at(-1)).toMatchObject({ kind: 'oneOff', total_cents: 1200 });
  });

  it.each([
    ['a negative amount', { montant: '-5' }, 'badAmount'],
    ['a zero amount', { montant: '0' }, 'badAmount'],
    ['an amount that is not one', { montant: 'douze' }, 'badAmount'],
    ['an unknown file', { dossier: 'CSP-F-999999' }, 'unknownHousehold'],
    ['another commune\'s file', { dossier: 'CLV-F-000042' }, 'unknownHousehold'],
    ['a due date passed', { echeance: '2026-12-01' }, 'badDueDate'],
    ['an empty label', { libelle: ' ' }, 'badLabel'],
  ])('refuses %s (422), with a message, audited, nothing created', async (_what, fields, reason) => {
    const before = (await invoices()).length;
    const refused = await oneOff(fields);
    expect(refused.status).toBe(422);
    expect(refused.html).toMatch(/role="alert"/);
    expect(await invoices()).toHaveLength(before);
    expect(await reasons()).toContain(reason);
  });
});

describe('payments', () => {
  /** An invoice paid twice: two attempts, both notified paid; the second is a duplicate. */
  async function paidTwice(): Promise<string> {
    const { service } = app.core;
    const invoice = await service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Classe de neige', 8000, undefined, 'agent');
    const first = await service.payments.start(durand, invoice.id);
    const second = await service.payments.start(durand, invoice.id);
    expect(await service.payments.notified({ reference: first.attempt.reference, amountCents: 8000, authorization: '123456', errorCode: '00000' })).toBe('paid');
    expect(await service.payments.notified({ reference: second.attempt.reference, amountCents: 8000, authorization: '654321', errorCode: '00000' })).toBe('duplicate');
    return second.attempt.reference;
  }

  it('lists a duplicate to refund, marks it refunded with a note, and refuses it a second time (stale page)', async () => {
    const reference = await paidTwice();
    const list = await get('/agents/paiements', regie.cookie);
    expect(list.status).toBe(200);
    expect(list.html).toContain(reference);
    const done = await post('/agents/paiements/rembourse', { csrf: regie.csrf, reference: reference.toLowerCase(), note: 'Remboursé dans Paybox le 4 janvier' }, regie.cookie);
    expect(done.status).toBe(200);
    expect(await paymentStatus(reference)).toBe('refunded');
    expect((await audit('payment.refunded')).at(-1)).toMatchObject({ actor: regie.id, subject: reference, details: { note: 'Remboursé dans Paybox le 4 janvier', amountCents: 8000 } });
    expect((await get('/agents/paiements', regie.cookie)).html).not.toContain(reference);
    const again = await post('/agents/paiements/rembourse', { csrf: regie.csrf, reference, note: '' }, regie.cookie);
    expect(again.status).toBe(409);
    expect((await audit('payment.refunded')).filter((a) => a.subject === reference)).toHaveLength(1);
  });

  it('does not show nor refund another commune\'s duplicate', async () => {
    const reference = await paidTwice();
    const other = await agent('regie@chanteloup.example.org');
    expect((await get('/agents/paiements', other.cookie)).html).not.toContain(reference);
    expect((await post('/agents/paiements/rembourse', { csrf: other.csrf, reference, note: '' }, other.cookie)).status).toBe(409);
    expect(await paymentStatus(reference)).toBe('duplicate');
  });

  it('lists the payments started more than N minutes ago and never confirmed', async () => {
    const { service } = app.core;
    const invoice = await service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Piscine', 1500, undefined, 'agent');
    const started = await service.deps.repos.invoices.createAttempt({ invoiceId: invoice.id, reference: `${invoice.number}-OLDATTEMPT`, amountCents: 1500, provider: 'sandbox', accountId: durand.id, createdAt: new Date(clock.now().getTime() - 40 * 60_000).toISOString() });
    expect((await get('/agents/paiements', regie.cookie)).html).toContain(started.reference);
    expect((await get('/agents/paiements?minutes=60', regie.cookie)).html).not.toContain(started.reference);
    expect((await get('/agents/paiements?minutes=abc', regie.cookie)).status).toBe(422);
    expect((await get('/agents/paiements?minutes=0', regie.cookie)).status).toBe(422);
  });
});

describe('security', () => {
  it('refuses a role without the right (403) and a forged form (403), audited, nothing created', async () => {
    const school = await agent('periscolaire@example.org');
    expect((await get('/agents/factures', school.cookie)).status).toBe(403);
    expect((await get('/agents/paiements', school.cookie)).status).toBe(403);
    const before = (await invoices()).length;
    expect((await post('/agents/factures/ponctuelle', { csrf: school.csrf, dossier: 'CSP-F-000101', libelle: 'x', montant: '5' }, school.cookie)).status).toBe(403);
    expect((await post('/agents/factures/ponctuelle', { csrf: 'x'.repeat(43), dossier: 'CSP-F-000101', libelle: 'x', montant: '5' }, regie.cookie)).status).toBe(403);
    expect(await invoices()).toHaveLength(before);
    expect(await reasons()).toEqual(expect.arrayContaining(['role', 'csrf']));
    // The menu shows the page to the régie only.
    expect((await get('/agents', regie.cookie)).html).toContain('href="/agents/factures"');
    expect((await get('/agents', school.cookie)).html).not.toContain('href="/agents/factures"');
  });
});

describe('the commune\'s configuration', () => {
  it('shows its exceptional closures and whose Paybox account is paid', async () => {
    const page = await get('/agents/commune', regie.cookie);
    expect(page.status).toBe(200);
    expect(page.html).toContain("pont de l'Ascension");
    expect(page.html).toContain('2027-05-14');
    expect(page.html).toContain(app.core.texts.for('fr')('agents.commune.payboxGlobal'));
  });
});

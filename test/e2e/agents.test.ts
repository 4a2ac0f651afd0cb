/**
 * The agents' back office over HTTP (/agents): an agent made by `admin agent add` chooses a password
 * by the mailed link, signs in with it and the mailed code; wrong passwords and codes lock; forged
 * forms, a role without the right, another commune's request and a stale decision are refused,
 * audited, nothing changed; démarches, bookings and the head-count change the database as the admin
 * command does, each action audited under agent:<id>.
 */
import { sql } from 'drizzle-orm';
import { main as admin } from '../../src/admin/cli';
import type { Clock } from '../../src/domain/clock';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { tempConfig } from '../support/harness';
import { lastCode, outboxMails } from '../support/outbox';
import { oneOf, rowsOf } from '../support/sql';

let app: RunningApp;
let config: ReturnType<typeof tempConfig>;
let now = new Date('2026-11-18T14:00:00Z');
const clock: Clock = { now: () => now };
const base = () => `http://${app.host}:${app.port}`;
const GOOD = 'Cantine-du-Parc-2026!';

beforeAll(async () => {
  config = tempConfig();
  app = await startSeededApp(config, clock);
});
afterAll(async () => {
  await app.stop();
});

interface Page { status: number; html: string; cookie: string; csrf: string; location: string }

async function get(path: string, cookie = ''): Promise<Page> {
  const res = await fetch(`${base()}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  const html = await res.text();
  return { status: res.status, html, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '', location: res.headers.get('location') ?? '' };
}

async function post(path: string, fields: Record<string, string | string[]>, cookie: string, headers: Record<string, string> = {}): Promise<Page> {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
  const res = await fetch(`${base()}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, ...headers }, body: body.toString(), redirect: 'manual' });
  const html = (await res.text()).replace(/&#39;/g, "'");
  return { status: res.status, html, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '', location: res.headers.get('location') ?? '' };
}

const audit = (action: string) => rowsOf<{ actor: string; subject: string | null; details: unknown }>(app.core, sql`select actor, subject, details from audit_log where action = ${action} order by id`);

async function addAgent(commune: string, email: string, roles: string): Promise<void> {
  let out = '';
  const env = { DATA_DIR: config.dataDir, LOG_LEVEL: 'silent', PUBLIC_URL: base(), ...(config.postgres ? { DATABASE_URL: config.postgres.url } : {}) };
  const code = await admin(['agent', 'add', '--commune', commune, '--email', email, '--roles', roles], { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (out += s) }, env });
  expect([code, out]).toEqual([0, expect.stringContaining(email)]);
  const mail = outboxMails(config.outboxDir).map((m) => m.replace(/=\r?\n/g, '')).filter((m) => m.includes(`To: ${email}`)).at(-1) ?? '';
  const link = /\/agents\/mot-de-passe\/([A-Za-z0-9_-]{43})/.exec(mail)?.[0] ?? '';
  const form = await get(link);
  expect(form.status).toBe(200);
  const set = await post(link, { csrf: form.csrf, password: GOOD, confirmation: GOOD }, form.cookie);
  expect(set.status).toBe(200);
  expect((await get(link)).status).toBe(404);
}

/** Password then the mailed code: the session cookie and its CSRF value. */
async function signIn(email: string): Promise<{ cookie: string; csrf: string }> {
  const form = await get('/agents/connexion');
  const sent = await post('/agents/connexion', { csrf: form.csrf, email, password: GOOD }, form.cookie);
  expect([sent.status, sent.location]).toEqual([303, '/agents/code']);
  expect(sent.cookie).toMatch(/^ec_agent=[A-Za-z0-9_-]{43}$/);
  const codePage = await get('/agents/code', sent.cookie);
  const done = await post('/agents/code', { csrf: codePage.csrf, code: lastCode(config.outboxDir, email) }, sent.cookie);
  expect([done.status, done.location]).toEqual([303, '/agents']);
  const home = await get('/agents', sent.cookie);
  expect(home.status).toBe(200);
  return { cookie: sent.cookie, csrf: home.csrf };
}

let civil: { cookie: string; csrf: string };
let school: { cookie: string; csrf: string };

it('makes agents by the admin command, and signs them in with a password and an e-mailed code', async () => {
  await addAgent('carrieres-sous-poissy', 'etat.civil@example.org', 'etat-civil');
  await addAgent('carrieres-sous-poissy', 'periscolaire@example.org', 'periscolaire');
  await addAgent('chanteloup-les-vignes', 'agent@chanteloup.example.org', 'etat-civil,periscolaire');
  // Before the code, the session opens nothing.
  const form = await get('/agents/connexion');
  const half = await post('/agents/connexion', { csrf: form.csrf, email: 'etat.civil@example.org', password: GOOD }, form.cookie);
  expect((await get('/agents', half.cookie)).location).toBe('/agents/connexion');
  civil = await signIn('etat.civil@example.org');
  school = await signIn('periscolaire@example.org');
  const page = await get('/agents/demarches', civil.cookie);
  expect(page.html).toContain('<html lang="fr">');
  const res = await fetch(`${base()}/agents/demarches`, { headers: { cookie: civil.cookie } });
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(res.headers.get('content-security-policy')).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]+'/);
  expect((await audit('agent.signedIn')).length).toBe(2);
  const stored = await rowsOf<{ password_hash: string; link_hash: string | null }>(app.core, sql`select password_hash, link_hash from agents where email = 'etat.civil@example.org'`);
  expect(stored[0]?.password_hash).toMatch(/^scrypt\$/);
  expect(stored[0]?.link_hash).toBeNull();
});

it('locks the password after 5 wrong tries and the code after 5 wrong codes', async () => {
  await addAgent('carrieres-sous-poissy', 'regie@example.org', 'regie');
  const form = await get('/agents/connexion');
  for (let i = 0; i < 5; i++) expect((await post('/agents/connexion', { csrf: form.csrf, email: 'regie@example.org', password: 'Mauvais-mot-2026!' }, form.cookie)).status).toBe(401);
  const locked = await post('/agents/connexion', { csrf: form.csrf, email: 'regie@example.org', password: GOOD }, form.cookie);
  expect(locked.status).toBe(429);
  expect(locked.cookie).not.toMatch(/^ec_agent=/);
  now = new Date(now.getTime() + 16 * 60_000);
  const sent = await post('/agents/connexion', { csrf: form.csrf, email: 'regie@example.org', password: GOOD }, form.cookie);
  expect(sent.status).toBe(303);
  const codePage = await get('/agents/code', sent.cookie);
  const right = lastCode(config.outboxDir, 'regie@example.org');
  const wrong = right === '000000' ? '111111' : '000000';
  for (let i = 0; i < 5; i++) expect((await post('/agents/code', { csrf: codePage.csrf, code: wrong }, sent.cookie)).status).toBe(401);
  expect((await post('/agents/code', { csrf: codePage.csrf, code: right }, sent.cookie)).status).toBe(429);
  expect((await get('/agents', sent.cookie)).location).toBe('/agents/connexion');
});

it('refuses a forged form and a role without the right: 403, audited, nothing changed', async () => {
  const reference = await app.core.service.requests.submit({ commune: await app.core.service.getCommune('carrieres-sous-poissy'), kind: 'family_booklet', email: 'ana@example.org', data: {}, locale: 'fr' });
  const path = `/agents/demarches/${reference}`;
  expect((await post(path, { csrf: 'x'.repeat(43), decision: 'take', seen: 'submitted' }, civil.cookie)).status).toBe(403);
  expect((await post(path, { csrf: civil.csrf, decision: 'take', seen: 'submitted' }, civil.cookie, { origin: 'https://evil.example' })).status).toBe(403);
  expect((await get(path, school.cookie)).status).toBe(403);
  expect((await post(path, { csrf: school.csrf, decision: 'take', seen: 'submitted' }, school.cookie)).status).toBe(403);
  expect((await get('/agents/effectifs', civil.cookie)).status).toBe(403);
  const refusals = (await audit('agent.refused')).map((r) => (typeof r.details === 'string' ? JSON.parse(r.details) : r.details) as { reason: string });
  expect(refusals.map((d) => d.reason)).toEqual(['csrf', 'csrf', 'role', 'role', 'role']);
  expect(await oneOf<{ status: string }>(app.core, sql`select status from requests where reference = ${reference}`)).toEqual({ status: 'submitted' });
});

it('takes, completes and refuses démarches; a stale page and another commune are refused', async () => {
  const csp = await app.core.service.getCommune('carrieres-sous-poissy');
  const reference = await app.core.service.requests.submit({ commune: csp, kind: 'family_booklet', email: 'ben@example.org', data: {}, locale: 'fr' });
  const path = `/agents/demarches/${reference}`;
  expect((await get('/agents/demarches', civil.cookie)).html).toContain(reference);
  const detail = await get(path, civil.cookie);
  expect(detail.html).toContain('name="seen" value="submitted"');
  expect((await post(path, { csrf: civil.csrf, decision: 'take', seen: 'submitted' }, civil.cookie)).status).toBe(200);
  // The same page submitted again (it still says « submitted »): stale, nothing changed.
  const stale = await post(path, { csrf: civil.csrf, decision: 'complete', seen: 'submitted', message: 'Prêt' }, civil.cookie);
  expect(stale.status).toBe(409);
  expect(stale.html).toContain('role="alert"');
  expect(await oneOf<{ status: string }>(app.core, sql`select status from requests where reference = ${reference}`)).toEqual({ status: 'in_progress' });
  expect((await post(path, { csrf: civil.csrf, decision: 'refuse', seen: 'in_progress', message: '' }, civil.cookie)).status).toBe(422);
  expect((await post(path, { csrf: civil.csrf, decision: 'refuse', seen: 'in_progress', message: 'Pièce manquante' }, civil.cookie)).status).toBe(200);
  const events = await rowsOf<{ status: string; actor: string; message: string | null }>(app.core, sql`select e.status, e.actor, e.message from request_events e join requests r on r.id = e.request_id where r.reference = ${reference} order by e.id`);
  expect(events.filter((e) => e.status !== 'submitted')).toEqual([
    { status: 'in_progress', actor: expect.stringMatching(/^agent:\d+$/), message: null },
    { status: 'refused', actor: expect.stringMatching(/^agent:\d+$/), message: 'Pièce manquante' },
  ]);
  expect((await audit('request.refused')).at(-1)).toMatchObject({ actor: expect.stringMatching(/^agent:\d+$/), subject: reference });
  // Another commune's agent: « not found », audited, nothing changed.
  const other = await signIn('agent@chanteloup.example.org');
  const elsewhere = await app.core.service.requests.submit({ commune: csp, kind: 'family_booklet', email: 'cle@example.org', data: {}, locale: 'fr' });
  expect((await get(`/agents/demarches/${elsewhere}`, other.cookie)).status).toBe(404);
  expect((await post(`/agents/demarches/${elsewhere}`, { csrf: other.csrf, decision: 'take', seen: 'submitted' }, other.cookie)).status).toBe(404);
  expect(await oneOf<{ status: string }>(app.core, sql`select status from requests where reference = ${elsewhere}`)).toEqual({ status: 'submitted' });
  expect((await audit('agent.refused')).filter((r) => r.subject === elsewhere).length).toBe(2);
  expect((await get('/agents/demarches', other.cookie)).html).not.toContain(elsewhere);
});

/** Léa books the canteen on 1 December (late: pending) and 3 December; Hugo on 3 December. */
async function bookSomeDays(): Promise<void> {
  const { service } = app.core;
  const repos = service.deps.repos;
  const household = await repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
  const created = await repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: 'francoise.durand@example.org', civility: 'madame', firstName: 'Françoise', lastName: 'Durand', phone: null, address: null });
  await repos.accounts.linkHousehold(created.id, household?.id as number);
  const account = (await repos.accounts.get(created.id))!;
  const children = await repos.households.listChildren(household?.id as number);
  const lea = children.find((c) => c.firstName === 'Léa')!.id;
  const hugo = children.find((c) => c.firstName === 'Hugo')!.id;
  const canteen = (await service.listActivities('carrieres-sous-poissy')).find((a) => a.code === 'canteen')!.id;
  const basket = await service.reservations.planBasket(account, canteen, [
    { childId: lea, day: '2026-12-01', action: 'add' },
    { childId: lea, day: '2026-12-03', action: 'add' },
    { childId: hugo, day: '2026-12-03', action: 'add' },
  ]);
  await service.reservations.confirmBasket(account, await service.getCommune('carrieres-sous-poissy'), basket.id);
}

it('validates or refuses bookings waiting, one or many; a stale or forged choice changes nothing', async () => {
  await bookSomeDays();
  school = await signIn('periscolaire@example.org');
  const pending = await app.core.service.reservations.listPending('carrieres-sous-poissy');
  expect(pending.length).toBeGreaterThan(0);
  const ids = pending.map((r) => String(r.id));
  const list = await get('/agents/reservations', school.cookie);
  for (const id of ids) expect(list.html).toContain(`name="id" value="${id}"`);
  expect((await post('/agents/reservations', { csrf: school.csrf, decision: 'refuse', id: ids, message: '' }, school.cookie)).status).toBe(422);
  expect((await post('/agents/reservations', { csrf: school.csrf, decision: 'confirm', id: [...ids, '999999'] }, school.cookie)).status).toBe(409);
  expect((await post('/agents/reservations', { csrf: school.csrf, decision: 'confirm', id: 'abc' }, school.cookie)).status).toBe(400);
  expect((await app.core.service.reservations.listPending('carrieres-sous-poissy')).length).toBe(ids.length);
  const done = await post('/agents/reservations', { csrf: school.csrf, decision: 'confirm', id: ids }, school.cookie);
  expect(done.status).toBe(200);
  expect(done.html).toContain('role="status"');
  const rows = await rowsOf<{ status: string }>(app.core, sql`select status from reservations where id in (${sql.join(ids.map(Number).map((id) => sql`${id}`), sql`, `)})`);
  expect(rows.every((r) => r.status === 'confirmed')).toBe(true);
  expect((await audit('booking.confirmed')).filter((r) => /^agent:\d+$/.test(r.actor)).length).toBe(ids.length);
  // The same page sent again: those bookings are no longer waiting.
  expect((await post('/agents/reservations', { csrf: school.csrf, decision: 'refuse', id: ids, message: 'Complet' }, school.cookie)).status).toBe(409);
});

it('counts the day\'s children per school and activity, school names matched case and accents aside, printable and as CSV', async () => {
  for (const school_ of ['ecole du parc', 'ÉCOLE DU PARC', 'parc']) {
    const page = await get(`/agents/effectifs?jour=2026-12-03&activite=canteen&ecole=${encodeURIComponent(school_)}`, school.cookie);
    expect([school_, page.status, page.html]).toEqual([school_, 200, expect.stringMatching(/<th scope="row">École du Parc<\/th><td>Restauration scolaire<\/td><td>2<\/td>/)]);
  }
  expect((await get('/agents/effectifs?jour=2026-12-03&ecole=ecole%20des%20pins', school.cookie)).html).toContain('Total : 0');
  expect((await get('/agents/effectifs?jour=2026-02-30', school.cookie)).status).toBe(400);
  const res = await fetch(`${base()}/agents/effectifs.csv?jour=2026-12-03&activite=canteen&ecole=ecole+du+parc`, { headers: { cookie: school.cookie } });
  expect(res.headers.get('content-type')).toContain('text/csv');
  // UTF-8 with a BOM, for a spreadsheet (fetch's text() would drop the BOM).
  expect(Buffer.from(await res.arrayBuffer()).toString('utf8')).toBe('\ufeffÉcole;Activité;Enfants\nÉcole du Parc;Restauration scolaire;2\n');
  expect((await audit('agent.headcountExported')).length).toBe(1);
});

it('signs out: the session cookie no longer opens anything', async () => {
  const session = await signIn('etat.civil@example.org');
  const out = await post('/agents/deconnexion', { csrf: session.csrf }, session.cookie);
  expect(out.status).toBe(200);
  expect((await get('/agents', session.cookie)).location).toBe('/agents/connexion');
  expect((await audit('agent.signedOut')).length).toBe(1);
});

/**
 * Family files in the agents' back office over HTTP (/agents/familles): the search in several
 * spellings, a family key issued once that links a resident's account, a paper downloaded with
 * the right headers, an avis accepted with the quotient familial, a certificate accepted that
 * justifies its absence, a refusal with its reason; another commune's file (404), a role without
 * the right (403), a forged form (403) and a stale page (409) are refused, audited, nothing changed.
 */
import { sql } from 'drizzle-orm';
import { main as admin } from '../../src/admin/cli';
import type { Clock } from '../../src/domain/clock';
import type { Account } from '../../src/domain/types';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { linkedDurand } from '../support/accounts';
import { tempConfig } from '../support/harness';
import { lastCode, outboxMails } from '../support/outbox';
import { oneOf, rowsOf } from '../support/sql';

let app: RunningApp;
let config: ReturnType<typeof tempConfig>;
const clock: Clock = { now: () => new Date('2026-11-18T14:00:00Z') };
const base = () => `http://${app.host}:${app.port}`;
const GOOD = 'Cantine-du-Parc-2026!';
const PDF = Buffer.from('%PDF-1.4\n% avis\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

interface Page { status: number; html: string; cookie: string; csrf: string; location: string }

async function get(path: string, cookie = ''): Promise<Page> {
  const res = await fetch(`${base()}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  const html = (await res.text()).replace(/&#39;/g, "'");
  return { status: res.status, html, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '', location: res.headers.get('location') ?? '' };
}

async function post(path: string, fields: Record<string, string>, cookie: string): Promise<Page> {
  const res = await fetch(`${base()}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie }, body: new URLSearchParams(fields).toString(), redirect: 'manual' });
  const html = (await res.text()).replace(/&#39;/g, "'");
  return { status: res.status, html, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '', location: res.headers.get('location') ?? '' };
}

const audit = (action: string) => rowsOf<{ actor: string; subject: string | null; details: unknown }>(app.core, sql`select actor, subject, details from audit_log where action = ${action} order by id`);
const reasons = async () => (await audit('agent.refused')).map((r) => ((typeof r.details === 'string' ? JSON.parse(r.details) : r.details) as { reason: string }).reason);

/** An agent made by the admin command, with a password, signed in with the mailed code. */
async function agent(commune: string, email: string, roles: string): Promise<{ cookie: string; csrf: string }> {
  const env = { DATA_DIR: config.dataDir, LOG_LEVEL: 'silent', PUBLIC_URL: base(), ...(config.postgres ? { DATABASE_URL: config.postgres.url } : {}) };
  const sink = { write: () => true };
  expect(await admin(['agent', 'add', '--commune', commune, '--email', email, '--roles', roles], { stdout: sink, stderr: sink, env })).toBe(0);
  const mail = outboxMails(config.outboxDir).map((m) => m.replace(/=\r?\n/g, '')).filter((m) => m.includes(`To: ${email}`)).at(-1) ?? '';
  const link = /\/agents\/mot-de-passe\/[A-Za-z0-9_-]{43}/.exec(mail)?.[0] ?? '';
  const form = await get(link);
  expect((await post(link, { csrf: form.csrf, password: GOOD, confirmation: GOOD }, form.cookie)).status).toBe(200);
  const signIn = await get('/agents/connexion');
  const sent = await post('/agents/connexion', { csrf: signIn.csrf, email, password: GOOD }, signIn.cookie);
  const codePage = await get('/agents/code', sent.cookie);
  expect((await post('/agents/code', { csrf: codePage.csrf, code: lastCode(config.outboxDir, email) }, sent.cookie)).location).toBe('/agents');
  return { cookie: sent.cookie, csrf: (await get('/agents', sent.cookie)).csrf };
}

let school: { cookie: string; csrf: string };
let durand: Account;
let householdId: number;

beforeAll(async () => {
  config = tempConfig();
  app = await startSeededApp(config, clock);
  school = await agent('carrieres-sous-poissy', 'periscolaire@example.org', 'periscolaire');
  durand = await linkedDurand(app.core);
  householdId = durand.householdId as number;
});
afterAll(async () => {
  await app.stop();
});

/** A paper the DURAND family sent through the domain, as the chat does. */
async function sendPaper(kind: 'avis_imposition' | 'certificat_medical' | 'justificatif_domicile', name: string): Promise<number> {
  const sent = await app.core.service.documents.add(durand, kind, name, PDF);
  if (!sent.ok) throw new Error(sent.reason);
  return sent.document.id;
}

it('finds a file by its number in any case or spacing, by the family name and by a child, accents aside', async () => {
  for (const q of ['CSP-F-000101', 'csp f 000101', 'cspf000101', 'durand', 'DURAND', 'Léa', 'lea durand', 'LEA']) {
    const page = await get(`/agents/familles?q=${encodeURIComponent(q)}`, school.cookie);
    expect([q, page.status, page.html]).toEqual([q, 200, expect.stringContaining(`href="/agents/familles/${householdId}"`)]);
  }
  const none = await get('/agents/familles?q=zzzz', school.cookie);
  expect(none.html).not.toContain('href="/agents/familles/');
  const file = await get(`/agents/familles/${householdId}`, school.cookie);
  expect(file.status).toBe(200);
  expect(file.html).toContain('CSP-F-000101');
  expect(file.html).toMatch(/Léa/);
});

it('issues a family key shown once, stored only as a hash, that links a resident\'s account', async () => {
  const issued = await post(`/agents/familles/${householdId}/cle`, { csrf: school.csrf }, school.cookie);
  expect(issued.status).toBe(200);
  const key = /class="code">([0-9A-Z-]{19})</.exec(issued.html)?.[1] ?? '';
  expect(key).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  // Shown once: the file page does not show it again, nor does the database or the log hold it.
  expect((await get(`/agents/familles/${householdId}`, school.cookie)).html).not.toContain(key);
  const keys = await rowsOf<{ key_hash: string }>(app.core, sql`select key_hash from family_keys where household_id = ${householdId} and revoked_at is null`);
  expect(keys.length).toBe(1);
  expect(keys[0]?.key_hash).not.toContain(key.replace(/-/g, ''));
  expect((await audit('familyKey.issued')).at(-1)).toMatchObject({ actor: expect.stringMatching(/^agent:\d+$/), subject: `household:${householdId}` });
  const repos = app.core.service.deps.repos;
  const created = await repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: 'paul.durand@example.org', civility: 'monsieur', firstName: 'Paul', lastName: 'Durand', phone: null, address: null });
  const linked = await app.core.service.accounts.enterFamilyKey((await repos.accounts.get(created.id))!, key.toLowerCase());
  expect(linked).toMatchObject({ ok: true, household: { id: householdId } });
});

it('serves a paper as an attachment of its own type, never cached', async () => {
  const id = await sendPaper('justificatif_domicile', 'facture edf.pdf');
  const res = await fetch(`${base()}/agents/familles/${householdId}/documents/${id}/fichier`, { headers: { cookie: school.cookie } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="facture edf\.pdf"/);
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
  expect((await audit('document.downloaded')).at(-1)).toMatchObject({ subject: `document:${id}` });
  // Under another file's path: not found.
  expect((await get(`/agents/familles/${householdId + 1}/documents/${id}/fichier`, school.cookie)).status).toBe(404);
});

it('accepts an avis d\'imposition with the quotient familial, set on the household; a stale page is refused', async () => {
  const id = await sendPaper('avis_imposition', 'avis 2026.pdf');
  const path = `/agents/familles/${householdId}/documents/${id}`;
  expect((await get(path, school.cookie)).html).toContain('name="qf"');
  const before = await oneOf<{ quotient_familial: number | null }>(app.core, sql`select quotient_familial from households where id = ${householdId}`);
  expect((await post(path, { csrf: school.csrf, decision: 'accept', qf: '' }, school.cookie)).status).toBe(422);
  expect((await post(path, { csrf: school.csrf, decision: 'accept', qf: '12a' }, school.cookie)).status).toBe(422);
  expect(await oneOf(app.core, sql`select status from documents where id = ${id}`)).toEqual({ status: 'received' });
  const done = await post(path, { csrf: school.csrf, decision: 'accept', qf: '742' }, school.cookie);
  expect(done.status).toBe(200);
  expect(await oneOf(app.core, sql`select quotient_familial from households where id = ${householdId}`)).toEqual({ quotient_familial: 742 });
  expect(before?.quotient_familial).not.toBe(742);
  expect(await oneOf(app.core, sql`select status, reviewed_by, review_reason from documents where id = ${id}`)).toEqual({ status: 'accepted', reviewed_by: expect.stringMatching(/^agent:\d+$/), review_reason: null });
  // The same page sent again (refusing it now): already reviewed, nothing changed.
  expect((await post(path, { csrf: school.csrf, decision: 'refuse', reason: 'Illisible' }, school.cookie)).status).toBe(409);
  expect(await oneOf(app.core, sql`select status from documents where id = ${id}`)).toEqual({ status: 'accepted' });
  expect(await oneOf(app.core, sql`select quotient_familial from households where id = ${householdId}`)).toEqual({ quotient_familial: 742 });
  expect((await audit('document.accepted')).length).toBe(1);
});

/** An absence of Léa on 16 November linked to this paper, not justified yet. */
async function absenceFor(documentId: number): Promise<number> {
  const children = await app.core.service.deps.repos.households.listChildren(householdId);
  const lea = children.find((c) => c.firstName === 'Léa')!.id;
  const { db, tables } = app.core.store;
  const [row] = await db.insert(tables.absences).values({ childId: lea, day: '2026-11-16', reason: 'malade', justified: false, documentId, createdAt: '2026-11-16T08:00:00Z' }).returning({ id: tables.absences.id });
  return row!.id;
}

it('accepts a medical certificate: the absence linked to it is justified; a refused one leaves it billed', async () => {
  const accepted = await sendPaper('certificat_medical', 'certificat.pdf');
  const absence = await absenceFor(accepted);
  expect((await post(`/agents/familles/${householdId}/documents/${accepted}`, { csrf: school.csrf, decision: 'accept' }, school.cookie)).status).toBe(200);
  expect(await oneOf(app.core, sql`select justified from absences where id = ${absence}`)).toEqual({ justified: app.core.store.kind === 'sqlite' ? 1 : true });
  const refused = await sendPaper('certificat_medical', 'autre.pdf');
  const other = await absenceFor(refused);
  const path = `/agents/familles/${householdId}/documents/${refused}`;
  expect((await post(path, { csrf: school.csrf, decision: 'refuse', reason: ' ' }, school.cookie)).status).toBe(422);
  expect((await post(path, { csrf: school.csrf, decision: 'refuse', reason: 'Document illisible' }, school.cookie)).status).toBe(200);
  expect(await oneOf(app.core, sql`select status, review_reason from documents where id = ${refused}`)).toEqual({ status: 'rejected', review_reason: 'Document illisible' });
  expect(await oneOf(app.core, sql`select justified from absences where id = ${other}`)).toEqual({ justified: app.core.store.kind === 'sqlite' ? 0 : false });
  expect((await get(`/agents/familles/${householdId}`, school.cookie)).html).toContain('Document illisible');
});

it('refuses another commune\'s file (404), a role without the right and a forged form (403), audited, nothing changed', async () => {
  const id = await sendPaper('avis_imposition', 'avis.pdf');
  const before = (await audit('agent.refused')).length;
  const other = await agent('chanteloup-les-vignes', 'agent@chanteloup.example.org', 'periscolaire');
  expect((await get(`/agents/familles/${householdId}`, other.cookie)).status).toBe(404);
  expect((await get(`/agents/familles/${householdId}/documents/${id}/fichier`, other.cookie)).status).toBe(404);
  expect((await post(`/agents/familles/${householdId}/documents/${id}`, { csrf: other.csrf, decision: 'accept', qf: '100' }, other.cookie)).status).toBe(404);
  expect((await post(`/agents/familles/${householdId}/cle`, { csrf: other.csrf }, other.cookie)).status).toBe(404);
  expect((await get('/agents/familles?q=durand', other.cookie)).html).not.toContain(`/agents/familles/${householdId}"`);
  const civil = await agent('carrieres-sous-poissy', 'etat.civil@example.org', 'etat-civil');
  expect((await get(`/agents/familles/${householdId}`, civil.cookie)).status).toBe(403);
  expect((await post(`/agents/familles/${householdId}/cle`, { csrf: civil.csrf }, civil.cookie)).status).toBe(403);
  expect((await post(`/agents/familles/${householdId}/documents/${id}`, { csrf: 'x'.repeat(43), decision: 'accept', qf: '100' }, school.cookie)).status).toBe(403);
  expect((await reasons()).slice(before)).toEqual(['notFound', 'notFound', 'notFound', 'notFound', 'role', 'role', 'csrf']);
  expect(await oneOf(app.core, sql`select status from documents where id = ${id}`)).toEqual({ status: 'received' });
  expect(await oneOf(app.core, sql`select quotient_familial from households where id = ${householdId}`)).toEqual({ quotient_familial: 742 });
  expect((await audit('familyKey.issued')).length).toBe(1);
});

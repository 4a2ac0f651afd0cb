/**
 * The commune's agents managed in the browser by an administrator (/agents/equipe): listed, added
 * (the same mailed link as `admin agent add`), roles changed, disabled (sessions end at once,
 * sign-in refused) and enabled, a new password link sent. Refused, audited, nothing changed: an
 * agent without the role, a forged form, an agent of another commune, a stale page, the commune's
 * last administrator disabling themselves or dropping their role.
 */
import { sql } from 'drizzle-orm';
import type { Clock } from '../../src/domain/clock';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { agentHttp } from '../support/agentHttp';
import { tempConfig } from '../support/harness';
import { oneOf, rowsOf } from '../support/sql';

let app: RunningApp;
let config: ReturnType<typeof tempConfig>;
const now = new Date('2026-11-18T14:00:00Z');
const clock: Clock = { now: () => now };
const http = agentHttp(() => app, () => config);
const CSP = 'carrieres-sous-poissy';
const ADMIN = 'admin@example.org';
const CIVIL = 'civil@example.org';
const OTHER = 'admin@chanteloup.example.org';
let admin: { cookie: string; csrf: string };

const agentRow = (email: string) => oneOf<{ id: number; roles: string; disabled_at: string | null }>(app.core, sql`select id, roles, disabled_at from agents where email = ${email}`);
const idOf = async (email: string) => Number((await agentRow(email))?.id);
const refusals = async () => (await rowsOf<{ actor: string; subject: string | null; details: unknown }>(app.core, sql`select actor, subject, details from audit_log where action = 'agent.refused' order by id`))
  .map((r) => ({ subject: r.subject, reason: ((typeof r.details === 'string' ? JSON.parse(r.details) : r.details) as { reason: string }).reason }));
const actions = (action: string) => rowsOf<{ actor: string; subject: string | null }>(app.core, sql`select actor, subject from audit_log where action = ${action} order by id`);

beforeAll(async () => {
  config = tempConfig();
  app = await startSeededApp(config, clock);
  await http.addAgent(CSP, ADMIN, 'administration');
  await http.addAgent(CSP, CIVIL, 'etat-civil');
  await http.addAgent('chanteloup-les-vignes', OTHER, 'administration');
  admin = await http.signIn(ADMIN);
});
afterAll(async () => {
  await app.stop();
});

it('lists the commune\'s agents and adds one with the same mailed link', async () => {
  const list = await http.get('/agents/equipe', admin.cookie);
  expect(list.status).toBe(200);
  expect(list.html).toContain(CIVIL);
  expect(list.html).not.toContain(OTHER);
  const added = await http.post('/agents/equipe', { csrf: admin.csrf, email: 'Nouveau@Example.org', role: ['periscolaire', 'regie'] }, admin.cookie);
  expect(added.status).toBe(200);
  expect(await agentRow('nouveau@example.org')).toMatchObject({ roles: 'regie,periscolaire', disabled_at: null });
  expect(http.mailsTo('nouveau@example.org').at(-1)).toMatch(/\/agents\/mot-de-passe\/[A-Za-z0-9_-]{43}/);
  expect((await actions('agent.added')).at(-1)?.actor).toBe(`agent:${await idOf(ADMIN)}`);
  await http.choosePassword('nouveau@example.org');
  // No role, an e-mail already used, a role that does not exist: nothing added.
  const count = async () => (await rowsOf(app.core, sql`select id from agents`)).length;
  const before = await count();
  expect((await http.post('/agents/equipe', { csrf: admin.csrf, email: 'sans.role@example.org' }, admin.cookie)).status).toBe(422);
  expect((await http.post('/agents/equipe', { csrf: admin.csrf, email: 'x@example.org', role: 'maire' }, admin.cookie)).status).toBe(422);
  expect((await http.post('/agents/equipe', { csrf: admin.csrf, email: CIVIL, role: 'regie' }, admin.cookie)).status).toBe(409);
  expect(await count()).toBe(before);
  expect((await refusals()).slice(-3).map((r) => r.reason)).toEqual(['badForm', 'badForm', 'exists']);
});

it('refuses an agent without the role, a forged form and another commune\'s agent: audited, nothing changed', async () => {
  const civil = await http.signIn(CIVIL);
  const id = await idOf(CIVIL);
  const seen = 'etat-civil|on';
  expect((await http.get('/agents/equipe', civil.cookie)).status).toBe(403);
  expect((await http.post(`/agents/equipe/${id}`, { csrf: civil.csrf, action: 'roles', role: 'administration', seen }, civil.cookie)).status).toBe(403);
  expect((await http.post(`/agents/equipe/${id}`, { csrf: 'x'.repeat(43), action: 'disable', seen }, admin.cookie)).status).toBe(403);
  expect((await http.post(`/agents/equipe/${id}`, { csrf: admin.csrf, action: 'disable', seen }, admin.cookie, { origin: 'https://evil.example' })).status).toBe(403);
  const other = await http.signIn(OTHER);
  expect((await http.get(`/agents/equipe/${id}`, other.cookie)).status).toBe(404);
  expect((await http.post(`/agents/equipe/${id}`, { csrf: other.csrf, action: 'disable', seen }, other.cookie)).status).toBe(404);
  expect((await http.post('/agents/equipe/abc', { csrf: other.csrf, action: 'disable', seen }, other.cookie)).status).toBe(404);
  expect(await agentRow(CIVIL)).toMatchObject({ roles: 'etat-civil', disabled_at: null });
  expect((await refusals()).slice(-7).map((r) => r.reason)).toEqual(['role', 'role', 'csrf', 'csrf', 'notFound', 'notFound', 'notFound']);
  expect((await actions('agent.rolesChanged')).length + (await actions('agent.disabled')).length).toBe(0);
});

it('changes roles; the same page sent again is stale: refused, nothing changed', async () => {
  const id = await idOf(CIVIL);
  const page = await http.get(`/agents/equipe/${id}`, admin.cookie);
  const seen = /name="seen" value="([^"]+)"/.exec(page.html)?.[1] ?? '';
  expect(seen).toBe('etat-civil|on');
  expect((await http.post(`/agents/equipe/${id}`, { csrf: admin.csrf, action: 'roles', role: ['etat-civil', 'periscolaire'], seen }, admin.cookie)).status).toBe(200);
  expect((await agentRow(CIVIL))?.roles).toBe('etat-civil,periscolaire');
  const stale = await http.post(`/agents/equipe/${id}`, { csrf: admin.csrf, action: 'roles', role: 'regie', seen }, admin.cookie);
  expect(stale.status).toBe(409);
  expect(stale.html).toContain('role="alert"');
  expect((await agentRow(CIVIL))?.roles).toBe('etat-civil,periscolaire');
  expect((await http.post(`/agents/equipe/${id}`, { csrf: admin.csrf, action: 'disable', seen }, admin.cookie)).status).toBe(409);
  expect((await agentRow(CIVIL))?.disabled_at).toBeNull();
  expect((await http.post(`/agents/equipe/${id}`, { csrf: admin.csrf, action: 'roles', seen: 'etat-civil,periscolaire|on' }, admin.cookie)).status).toBe(422);
  expect((await refusals()).slice(-3).map((r) => r.reason)).toEqual(['stale', 'stale', 'badForm']);
  expect((await actions('agent.rolesChanged')).length).toBe(1);
});

it('disables an agent: the session ends at once and sign-in is refused; enabled again, sign-in works', async () => {
  const civil = await http.signIn(CIVIL);
  const id = await idOf(CIVIL);
  expect((await http.post(`/agents/equipe/${id}`, { csrf: admin.csrf, action: 'disable', seen: 'etat-civil,periscolaire|on' }, admin.cookie)).status).toBe(200);
  expect((await agentRow(CIVIL))?.disabled_at).toBe(now.toISOString());
  expect((await http.get('/agents', civil.cookie)).location).toBe('/agents/connexion');
  const open = await rowsOf(app.core, sql`select id from agent_sessions where agent_id = ${id} and ended_at is null`);
  expect(open).toEqual([]);
  expect((await http.password(CIVIL)).status).toBe(401);
  // A link for a disabled agent: refused.
  expect((await http.post(`/agents/equipe/${id}`, { csrf: admin.csrf, action: 'link', seen: 'etat-civil,periscolaire|off' }, admin.cookie)).status).toBe(409);
  expect((await http.post(`/agents/equipe/${id}`, { csrf: admin.csrf, action: 'enable', seen: 'etat-civil,periscolaire|off' }, admin.cookie)).status).toBe(200);
  expect((await agentRow(CIVIL))?.disabled_at).toBeNull();
  await http.signIn(CIVIL);
  expect((await actions('agent.disabled')).map((r) => r.subject)).toEqual([`agent:${id}`]);
  expect((await actions('agent.enabled')).length).toBe(1);
});

it('sends a new password link, which opens the page to choose the password', async () => {
  const id = await idOf(CIVIL);
  const mails = http.mailsTo(CIVIL).length;
  expect((await http.post(`/agents/equipe/${id}`, { csrf: admin.csrf, action: 'link', seen: 'etat-civil,periscolaire|on' }, admin.cookie)).status).toBe(200);
  expect(http.mailsTo(CIVIL).length).toBe(mails + 1);
  const link = /\/agents\/mot-de-passe\/[A-Za-z0-9_-]{43}/.exec(http.mailsTo(CIVIL).at(-1) ?? '')?.[0] ?? '';
  expect((await http.get(link)).status).toBe(200);
  expect((await actions('agent.linkSent')).length).toBe(1);
});

it('keeps the commune\'s last administrator: refused, nothing changed; with a second one, allowed', async () => {
  const me = await idOf(ADMIN);
  expect((await http.post(`/agents/equipe/${me}`, { csrf: admin.csrf, action: 'disable', seen: 'administration|on' }, admin.cookie)).status).toBe(409);
  expect((await http.post(`/agents/equipe/${me}`, { csrf: admin.csrf, action: 'roles', role: 'regie', seen: 'administration|on' }, admin.cookie)).status).toBe(409);
  expect(await agentRow(ADMIN)).toMatchObject({ roles: 'administration', disabled_at: null });
  expect((await refusals()).slice(-2).map((r) => r.reason)).toEqual(['lastAdmin', 'lastAdmin']);
  // The other commune's administrator does not count.
  const civil = await idOf(CIVIL);
  expect((await http.post(`/agents/equipe/${civil}`, { csrf: admin.csrf, action: 'roles', role: ['etat-civil', 'administration'], seen: 'etat-civil,periscolaire|on' }, admin.cookie)).status).toBe(200);
  expect((await http.post(`/agents/equipe/${me}`, { csrf: admin.csrf, action: 'roles', role: ['regie'], seen: 'administration|on' }, admin.cookie)).status).toBe(200);
  expect((await agentRow(ADMIN))?.roles).toBe('regie');
  // No longer an administrator: the page is refused.
  expect((await http.get('/agents/equipe', admin.cookie)).status).toBe(403);
});

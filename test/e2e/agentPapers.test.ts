/**
 * The papers waiting for a review, for the whole commune (/agents/documents): a paper sent by a
 * resident is listed with its family and a link to its review, counted on the home page, and
 * leaves the list once accepted; another commune's paper is not listed; a role without the right
 * (état civil alone) is refused (403) and audited.
 */
import { sql } from 'drizzle-orm';
import type { Clock } from '../../src/domain/clock';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { linkedDurand } from '../support/accounts';
import { agentHttp } from '../support/agentHttp';
import { tempConfig } from '../support/harness';
import { oneOf, rowsOf } from '../support/sql';

let app: RunningApp;
let config: ReturnType<typeof tempConfig>;
const clock: Clock = { now: () => new Date('2026-11-18T14:00:00Z') };
const http = agentHttp(() => app, () => config);
const PDF = Buffer.from('%PDF-1.4\n% avis\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

beforeAll(async () => {
  config = tempConfig();
  app = await startSeededApp(config, clock);
});
afterAll(() => app.stop());

it('lists the commune\'s papers to review, counts them on the home page, and drops one once reviewed', async () => {
  const durand = await linkedDurand(app.core);
  const sent = await app.core.service.documents.add(durand, 'avis_imposition', 'avis 2026.pdf', PDF);
  if (!sent.ok) throw new Error('paper not stored');
  const repos = app.core.service.deps.repos;
  const dupont = await repos.accounts.create({ communeId: 'chanteloup-les-vignes', email: 'dupont@example.org', civility: 'monsieur', firstName: 'Jean', lastName: 'DUPONT', phone: null, address: null });
  const clv = await repos.households.findByFileNumber('chanteloup-les-vignes', 'CLV-F-000042');
  await repos.accounts.linkHousehold(dupont.id, clv?.id as number);
  const other = await app.core.service.documents.add({ ...dupont, householdId: clv?.id as number }, 'justificatif_domicile', 'edf.pdf', PDF);
  expect(other.ok).toBe(true);

  await http.addAgent('carrieres-sous-poissy', 'periscolaire@example.org', 'periscolaire');
  const agent = await http.signIn('periscolaire@example.org');
  const list = await http.get('/agents/documents', agent.cookie);
  expect(list.status).toBe(200);
  const links = [...list.html.matchAll(/href="(\/agents\/familles\/\d+\/documents\/\d+)"/g)].map((m) => m[1]);
  expect(links).toEqual([`/agents/familles/${durand.householdId}/documents/${sent.document.id}`]);
  expect((await http.get('/agents', agent.cookie)).html).toMatch(/href="\/agents\/documents">[^<]+<\/a> : 1 à traiter/);

  const page = await http.get(links[0] as string, agent.cookie);
  expect((await http.post(links[0] as string, { csrf: page.csrf, decision: 'accept', qf: '640' }, agent.cookie)).status).toBe(200);
  expect(await oneOf(app.core, sql`select quotient_familial from households where id = ${durand.householdId}`)).toEqual({ quotient_familial: 640 });
  const after = await http.get('/agents/documents', agent.cookie);
  expect(after.html).not.toMatch(/\/documents\/\d+"/);
  expect((await http.get('/agents', agent.cookie)).html).toMatch(/href="\/agents\/documents">[^<]+<\/a> : 0 à traiter/);
});

it('lists a paper of a kind it has no words for as « another paper », without failing', async () => {
  const household = await app.core.service.deps.repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
  await app.core.service.deps.repos.documents.add({ householdId: household?.id as number, kind: 'piece_identite', fileName: 'cni.pdf', mimeType: 'application/pdf', sizeBytes: PDF.length, storagePath: 'nowhere.pdf', createdAt: '2026-11-18T14:00:00.000Z' });
  const agent = await http.signIn('periscolaire@example.org');
  const list = await http.get('/agents/documents', agent.cookie);
  expect(list.status).toBe(200);
  expect([...list.html.matchAll(/href="\/agents\/familles\/\d+\/documents\/\d+"/g)]).toHaveLength(1);
});

it('refuses the list to a role without the right, audited', async () => {
  await http.addAgent('carrieres-sous-poissy', 'etat-civil@example.org', 'etat-civil');
  const agent = await http.signIn('etat-civil@example.org');
  expect((await http.get('/agents/documents', agent.cookie)).status).toBe(403);
  const refused = await rowsOf<{ details: unknown }>(app.core, sql`select details from audit_log where action = 'agent.refused'`);
  expect(refused.map((r) => JSON.stringify(r.details))).toContainEqual(expect.stringContaining('papers'));
});

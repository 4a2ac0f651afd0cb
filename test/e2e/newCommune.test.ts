/**
 * A new commune set up from nothing, as its staff would: a commune file written here (not a demo
 * one) imported into an empty database, the next school year imported from the ministry's
 * open-data export, doctor, the families' CSV files, the first administrator; then the bot serves
 * a resident of that commune (account, family key issued by the agent in the back office, bookings
 * in the imported year) and the agent validates the booking that waits. Outcomes are rows.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { main as admin } from '../../src/admin/cli';
import { fixedClock } from '../../src/domain/clock';
import { startApp, type RunningApp } from '../../src/index';
import { agentHttp } from '../support/agentHttp';
import { ROOT, tempConfig } from '../support/harness';
import { lastCode } from '../support/outbox';
import { oneOf, rowsOf } from '../support/sql';

jest.setTimeout(60_000);

/** Late August 2028: the shipped calendars stop with 2027-2028, so 2028-2029 exists only by the import below. */
const clock = fixedClock('2028-08-21T08:00:00Z');
const ADMIN = 'accueil@villennes.example.org';

const COMMUNE = `id: villennes-sur-seine
name: Villennes-sur-Seine
portalName: Espace Citoyens
portalUrl: https://www.espace-citoyens.net/villennes-sur-seine/espace-citoyens/
familyKeyName: Code famille
schoolZone: C
requestPrefix: VSS
postalCodes: ["78670"]
topics: {general: mairie, booking: periscolaire}
services:
  - code: mairie
    name: Mairie de Villennes-sur-Seine
    phone: 01 39 00 00 01
    email: accueil@villennes.example.org
    hours: {mon: [8h30-12h, 13h30-17h30], sat: [9h-12h]}
  - code: periscolaire
    name: Service enfance
    email: enfance@villennes.example.org
    hours: {wed: [8h30-12h]}
activities:
  - code: canteen
    label: Restauration scolaire
    runsOn: schoolDays
    weekdays: [mon, tue, thu, fri]
    deadlineDaysBefore: 7
    late: surcharge
    surchargePercent: 20
    review: late
    tariffs:
      - {fromQf: 0, toQf: 500, price: 1.2}
      - {fromQf: 501, price: 4.6}
  - code: wednesday
    label: Accueil de loisirs du mercredi
    runsOn: wednesdays
    deadlineDaysBefore: 14
    late: refuse
    review: all
    tariffs:
      - {fromQf: 0, price: 12}
`;

/** The ministry's export for the Versailles académie, 2028-2029 (rows as data.education.gouv.fr gives them, UTC instants). */
const CALENDAR = [
  'Description;Population;Date de début;Date de fin;Académies;Zones;annee_scolaire',
  'Vacances de la Toussaint;-;2028-10-20T22:00:00+00:00;2028-11-05T23:00:00+00:00;Versailles;Zone C;2028-2029',
  'Vacances de Noël;-;2028-12-22T23:00:00+00:00;2029-01-07T23:00:00+00:00;Versailles;Zone C;2028-2029',
  "Vacances d'Été;-;2029-07-06T22:00:00+00:00;2029-08-31T22:00:00+00:00;Versailles;Zone C;2028-2029",
].join('\n');

let config: ReturnType<typeof tempConfig>;
let app: RunningApp;
let calendars: string;
const http = agentHttp(() => app, () => config);

/** The admin command on the new instance's data, at the test's clock. */
async function command(...argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const env = { DATA_DIR: config.dataDir, LOG_LEVEL: 'silent', DEMO_DATA: 'false', SCHOOL_CALENDAR_DIR: calendars, ...(config.postgres ? { DATABASE_URL: config.postgres.url } : {}) };
  const code = await admin(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (out += s) }, env, clock });
  return { code, out };
}
const file = (name: string, text: string) => {
  const at = path.join(config.dataDir, '..', `${path.basename(config.dataDir)}-${name}`);
  fs.writeFileSync(at, text);
  return at;
};

async function post(activity: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${http.base()}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', channelId: 'webchat', serviceUrl: 'http://127.0.0.1:1', deliveryMode: 'expectReplies', locale: 'fr-FR',
      conversation: { id: 'conv-villennes' }, from: { id: 'resident-1' }, recipient: { id: 'bot' }, channelData: { commune: 'villennes-sur-seine' }, ...activity,
    }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { activities: Array<{ text?: string }> }).activities.map((a) => a.text ?? '').join('\n');
}
const say = (text: string) => post({ text });

beforeAll(() => {
  calendars = fs.mkdtempSync(path.join(os.tmpdir(), 'ecb-calendars-'));
  fs.cpSync(path.join(ROOT, 'db/reference/school-calendars'), calendars, { recursive: true });
  config = tempConfig({ DEMO_DATA: 'false', SCHOOL_CALENDAR_DIR: calendars });
});
afterAll(() => app?.stop());

it('sets the commune up from its file, its school year and its families, with nothing else in the database', async () => {
  const imported = await command('commune', 'import', file('villennes.yaml', COMMUNE));
  expect(imported.code).toBe(0);
  expect((await command('school-calendar', 'import', file('calendrier.csv', CALENDAR))).code).toBe(0);
  expect((await command('doctor')).code).toBe(0);
  const households = file('households.csv', 'file_number;name;representative_civility;representative_first_name;representative_last_name;representative_email\nVSS-0001;LEROY;madame;Sophie;LEROY;sophie.leroy@example.org\n');
  const children = file('children.csv', 'file_number;first_name;last_name;birth_date;school;level\nVSS-0001;Emma;LEROY;14/03/2019;École Marcel Pagnol;élémentaire\n');
  const enrolments = file('enrolments.csv', 'file_number;child_first_name;child_birth_date;activity_code;school_year\nVSS-0001;Emma;14/03/2019;canteen;2027-2028\nVSS-0001;Emma;14/03/2019;canteen;2028-2029\nVSS-0001;Emma;14/03/2019;wednesday;2028-2029\n');
  expect((await command('import', '--commune', 'villennes-sur-seine', '--households', households, '--children', children, '--enrolments', enrolments)).code).toBe(0);

  app = await startApp(config, clock);
  expect((await command('agent', 'add', '--commune', 'villennes-sur-seine', '--email', ADMIN, '--roles', 'administration')).code).toBe(0);
  await http.choosePassword(ADMIN);
  const communes = await rowsOf<{ id: string; school_zone: string }>(app.core, sql`select id, school_zone from communes`);
  expect(communes).toEqual([{ id: 'villennes-sur-seine', school_zone: 'C' }]);
  const zoneC = JSON.parse(fs.readFileSync(path.join(calendars, 'zone-c.json'), 'utf8')) as { years: Array<{ schoolYear: string }> };
  expect(zoneC.years.map((y) => y.schoolYear)).toContain('2028-2029');
});

it('serves a resident: account, the key issued in the back office, bookings in the imported year, one validated by the agent', async () => {
  await say('bonjour');
  for (const answer of ['Créer mon espace', 'Madame', 'LEROY', 'Sophie', 'sophie.leroy@example.org', '06 12 34 56 78', '12 rue des Tilleuls 78670 Villennes-sur-Seine', 'Oui']) await say(answer);
  await say(lastCode(config.outboxDir, 'sophie.leroy@example.org'));
  const account = () => oneOf<{ commune_id: string; household_id: number | null }>(app.core, sql`select commune_id, household_id from accounts where email = 'sophie.leroy@example.org'`);
  expect(await account()).toEqual({ commune_id: 'villennes-sur-seine', household_id: null });

  const agent = await http.signIn(ADMIN);
  const household = await oneOf<{ id: number }>(app.core, sql`select id from households where file_number = 'VSS-0001'`);
  const issued = await http.post(`/agents/familles/${household?.id}/cle`, { csrf: agent.csrf }, agent.cookie);
  const key = /[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec(issued.html)?.[0] ?? '';
  expect(key).not.toBe('');
  // The file names the commune's key as the commune does, and each school year's enrolments once.
  expect(issued.html).toContain('(Code famille)');
  expect(issued.html).toContain('2027-2028 : Restauration scolaire ; 2028-2029 : Restauration scolaire, Accueil de loisirs du mercredi');
  await say('Code famille');
  await say(key);
  expect((await account())?.household_id).toBe(household?.id);

  // A school day of September 2028, on time: confirmed at once. A day of the imported Toussaint: not booked.
  await say('réserver la cantine le lundi 11 septembre pour Emma');
  await say('Confirmer');
  await say('réserver la cantine le lundi 23 octobre pour Emma');
  await say('Confirmer');
  await say('réserver le centre de loisirs le mercredi 13 septembre pour Emma');
  await say('Confirmer');
  const booked = () => rowsOf<{ id: number; day: string; code: string; status: string }>(app.core, sql`
    select r.id, r.day, a.code, r.status from reservations r join activities a on a.id = r.activity_id order by r.day`);
  expect((await booked()).map(({ day, code, status }) => [day, code, status])).toEqual([
    ['2028-09-11', 'canteen', 'confirmed'],
    ['2028-09-13', 'wednesday', 'pending'],
  ]);

  // The agent's day: the Wednesday waiting is validated in the back office, the head-count counts the Monday.
  const waiting = (await booked()).find((b) => b.status === 'pending');
  const list = await http.get('/agents/reservations', agent.cookie);
  const validated = await http.post('/agents/reservations', { csrf: list.csrf, decision: 'confirm', id: String(waiting?.id), message: '' }, agent.cookie);
  expect(validated.status).toBe(200);
  expect((await booked()).map((b) => b.status)).toEqual(['confirmed', 'confirmed']);
  const sheet = await http.get('/agents/effectifs?jour=2028-09-11&activite=canteen', agent.cookie);
  expect(/<caption>([^<]+)<\/caption>/.exec(sheet.html)?.[1]).toBe('Enfants réservés le lundi 11 septembre 2028, Villennes-sur-Seine');
  const csv = await fetch(`${http.base()}/agents/effectifs.csv?jour=2028-09-11&activite=canteen&ecole=ecole marcel pagnol`, { headers: { cookie: agent.cookie } });
  expect((await csv.text()).trim().split(/\r?\n/).at(-1)).toBe('École Marcel Pagnol;Restauration scolaire;1');
});

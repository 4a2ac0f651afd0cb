/**
 * PostgreSQL in trouble while a resident confirms a booking, over HTTP (skipped without a server):
 * - the lock on a day's places held by another session longer than the lock timeout (a second
 *   instance, an agent's long job): the French apology, nothing half-written, and « Confirmer » said
 *   again books the days once;
 * - the server unreachable (the connection cut, no new one accepted), through a TCP relay the test
 *   can cut: the French apology, /healthz says 503, the process stays up; once the server is back,
 *   the conversation goes on where it was and the days are booked once.
 */
import net from 'node:net';
import { sql } from 'drizzle-orm';
import { Client } from 'pg';
import { bookingSentence } from '../../src/cli/bench/residents';
import { fixedClock } from '../../src/domain/clock';
import { startApp, type RunningApp } from '../../src/index';
import { linkedDurand } from '../support/accounts';
import { tempConfig } from '../support/harness';
import { lastCode } from '../support/outbox';
import { createDatabaseSync, describePostgres } from '../support/postgres';
import { oneOf } from '../support/sql';

const EMAIL = 'francoise.durand@example.org';
const APOLOGY = "Désolé, un problème technique m'empêche de répondre. Ce que vous avez déjà saisi est conservé. Réessayez dans un instant";
const clock = fixedClock('2026-11-18T14:00:00Z');
let app: RunningApp | undefined;
let relay: Relay | undefined;
afterEach(async () => {
  await app?.stop();
  app = undefined;
  await relay?.close();
  relay = undefined;
});

async function say(text: string): Promise<string> {
  const res = await fetch(`http://${app!.host}:${app!.port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'message', channelId: 'webchat', serviceUrl: 'http://127.0.0.1:1', deliveryMode: 'expectReplies', locale: 'fr-FR', conversation: { id: 'pg-fault' }, from: { id: 'parent' }, recipient: { id: 'bot' }, channelData: { commune: 'carrieres-sous-poissy' }, text }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { activities: Array<{ text?: string }> }).activities.map((a) => a.text ?? '').join('\n');
}

const health = async () => (await fetch(`http://${app!.host}:${app!.port}/healthz`)).status;

/** A TCP relay to the PostgreSQL server that can be cut (connections dropped, new ones refused) and restored. */
interface Relay {
  port: number;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

async function startRelay(target: URL): Promise<Relay> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((inbound) => {
    const outbound = net.connect(Number(target.port || 5432), target.hostname);
    for (const s of [inbound, outbound]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    }
    inbound.pipe(outbound).pipe(inbound);
  });
  const listen = (port: number) => new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', () => resolve()));
  await listen(0);
  const port = (server.address() as net.AddressInfo).port;
  const stop = async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { port, cut: stop, restore: () => listen(port), close: () => (server.listening ? stop() : Promise.resolve()) };
}

/** Signed in, a booking of three canteen days waiting for « Confirmer ». */
async function readyToConfirm(databaseUrl: string): Promise<string[]> {
  app = await startApp(tempConfig({ DATABASE_URL: databaseUrl, SQLITE_BUSY_TIMEOUT_MS: '300' }), clock);
  await linkedDurand(app.core, EMAIL);
  const canteen = (await app.core.service.listActivities('carrieres-sous-poissy')).find((a) => a.code === 'canteen' && a.level !== 'maternelle')!;
  const { text, days } = bookingSentence(canteen, app.core.service.schoolCalendarOf(canteen), clock.now(), 'Léa');
  await say('Me connecter');
  await say(EMAIL);
  expect(await say(lastCode(app.core.config.outboxDir, EMAIL))).toContain('Bonjour Madame DURAND');
  expect(await say(text)).toContain('à réserver');
  return days;
}

const booked = async (days: string[]) => (await oneOf<{ n: number }>(app!.core, sql`select cast(count(*) as integer) as n from reservations where day in (${sql.join(days.map((d) => sql`${d}`), sql`, `)})`))?.n;
const confirmedBaskets = async () => (await oneOf<{ n: number }>(app!.core, sql`select cast(count(*) as integer) as n from baskets where status = 'confirmed'`))?.n;

describePostgres('PostgreSQL in trouble', () => {
  it('apologises in French when another session holds a child’s day too long, and books once when asked again', async () => {
    const url = createDatabaseSync();
    const days = await readyToConfirm(url);
    const canteen = (await app!.core.service.listActivities('carrieres-sous-poissy')).find((a) => a.code === 'canteen' && a.level !== 'maternelle')!;
    // The key the confirmation locks for Léa's first day (the canteen has no capacity: the child's day, db/repositories/reservationRepository.ts).
    const account = (await app!.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', EMAIL))!;
    const lea = (await app!.core.service.deps.repos.households.listChildren(account.householdId!)).find((c) => c.firstName === 'Léa')!;
    const key = `childDay:${lea.id}:${canteen.id}:${[...days].sort()[0]}`;
    const other = new Client({ connectionString: url });
    await other.connect();
    try {
      await other.query('select pg_advisory_lock(hashtextextended($1, 0))', [key]);
      expect(await say('Confirmer')).toContain(APOLOGY);
      expect(await booked(days)).toBe(0);
      await other.query('select pg_advisory_unlock(hashtextextended($1, 0))', [key]);
    } finally {
      await other.end();
    }
    expect(await say('Confirmer')).toMatch(/Référence : CSP-RES-2026-\d{6}/);
    expect(await booked(days)).toBe(days.length);
    expect(await confirmedBaskets()).toBe(1);
  });

  it('apologises while the server cannot be reached, says so on /healthz, and goes on once it is back', async () => {
    const url = new URL(createDatabaseSync());
    relay = await startRelay(url);
    const relayed = new URL(url);
    relayed.port = String(relay.port);
    const days = await readyToConfirm(relayed.toString());
    expect(await health()).toBe(200);

    await relay.cut();
    expect(await say('Confirmer')).toContain(APOLOGY);
    expect(await say('Confirmer')).toContain(APOLOGY);
    expect(await health()).toBe(503);

    await relay.restore();
    expect(await health()).toBe(200);
    // The basket waited in the conversation: « Confirmer » books it, once.
    expect(await say('Confirmer')).toMatch(/Référence : CSP-RES-2026-\d{6}/);
    expect(await booked(days)).toBe(days.length);
    expect(await confirmedBaskets()).toBe(1);
    expect(await say('menu')).toContain('Que souhaitez-vous faire ?');
  });
});

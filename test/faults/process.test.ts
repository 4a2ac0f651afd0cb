/**
 * The bot as a real process (the sources run through test/support/tsRegister.js), over HTTP:
 * - killed (SIGKILL) while it confirms a booking, at several moments, then restarted on the same
 *   data folder: the resident says « Confirmer » again and has each day booked once, never twice,
 *   and the conversation goes on;
 * - stopped (SIGTERM) with turns in flight: /healthz says 503 at once, each turn gets its answer,
 *   then the process exits 0.
 */
import http from 'node:http';
import path from 'node:path';
import { startProcess, turn, type Started } from '../../src/cli/bench/http';
import { bookingSentence } from '../../src/cli/bench/residents';
import { sql } from 'drizzle-orm';
import { openCore, type Core } from '../../src/index';
import { oneOf, rowsOf } from '../support/sql';
import { linkedDurand } from '../support/accounts';
import { tempConfig } from '../support/harness';
import { lastCode } from '../support/outbox';

const ROOT = path.resolve(__dirname, '..', '..');
const REGISTER = ['-r', path.join(ROOT, 'test', 'support', 'tsRegister.js')];
const ENTRY = path.join(ROOT, 'src', 'index.ts');
const EMAIL = 'francoise.durand@example.org';
jest.setTimeout(120_000);

let running: Started | undefined;
let checking: Core | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
  await checking?.close();
  checking = undefined;
});

/** A data folder with the Durand family's account linked, and the process's environment. */
async function prepare() {
  const config = tempConfig();
  const core = await openCore(config);
  checking = core;
  await linkedDurand(core, EMAIL);
  const canteen = (await core.service.listActivities('carrieres-sous-poissy')).find((a) => a.code === 'canteen' && a.level !== 'maternelle')!;
  const calendar = core.service.schoolCalendarOf(canteen);
  const env = { DATA_DIR: config.dataDir, LOG_LEVEL: 'silent', JOBS: 'off', PASSWORD_COST: '14', DATES_WARM_UP_MS: '86400000', ...(config.postgres ? { DATABASE_URL: config.postgres.url } : {}) };
  // The core stays open beside the process, to check what the database holds.
  return { core, config, env, sentence: (skip: number) => bookingSentence(canteen, calendar, new Date(), 'Léa', skip) };
}

/** Resolves once the process has exited (at once if it already has). */
const exitOf = ({ child }: Started) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

const said = (replies: Array<{ text?: string }>) => replies.map((r) => r.text ?? '').join('\n');

it('loses and duplicates nothing when killed while confirming a booking, and the conversation goes on', async () => {
  const { core, config, env, sentence } = await prepare();
  const who = { conversation: 'crash-conv', user: 'crash-user' };
  running = await startProcess(ENTRY, env, REGISTER);
  await turn(running.port, who, { text: 'Me connecter' });
  await turn(running.port, who, { text: EMAIL });
  expect(said((await turn(running.port, who, { text: lastCode(config.outboxDir, EMAIL) })).replies)).toMatch(/(?:Bonjour|Bonsoir) Madame DURAND/);

  const rounds = [0, 4, 12, 30];
  for (const [round, delay] of rounds.entries()) {
    const { text, days } = sentence(round * 3);
    expect(said((await turn(running.port, who, { text })).replies)).toContain('à réserver');
    // « Confirmer » sent, and the process killed `delay` ms later, wherever it is.
    const confirming = turn(running.port, who, { text: 'Confirmer' }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, delay));
    running.child.kill('SIGKILL');
    await confirming;
    await exitOf(running);
    running = await startProcess(ENTRY, env, REGISTER, running.port);

    // The resident, without an answer, says it again: booked once, or told it already is.
    const again = said((await turn(running.port, who, { text: 'Confirmer' })).replies);
    expect(again).not.toContain('problème technique');
    const rows = await rowsOf(core, sql`select day, cast(count(*) as integer) as n from reservations where day in (${sql.join(days.map((d) => sql`${d}`), sql`, `)}) and status in ('pending', 'confirmed') group by day order by day`);
    const baskets = (await oneOf<{ n: number }>(core, sql`select cast(count(*) as integer) as n from baskets where status = 'confirmed'`))?.n;
    expect([delay, rows]).toEqual([delay, days.map((day) => ({ day, n: 1 }))]);
    expect(baskets).toBe(round + 1);
    // And the conversation goes on.
    expect(said((await turn(running.port, who, { text: 'menu' })).replies)).toContain('Que souhaitez-vous faire ?');
  }
});

it('finishes the turns in flight on SIGTERM, then exits 0', async () => {
  const { env } = await prepare();
  // The grace leaves time to read the 20 requests sent before the signal on a loaded machine (once it ends, a connection
  // whose request is not read yet counts as idle and is closed: seen at 1.5 s with the machine's 2 cores busy).
  running = await startProcess(ENTRY, { ...env, SHUTDOWN_GRACE_MS: '4000' }, REGISTER);
  const port = running.port;
  const body = (i: number) =>
    JSON.stringify({ type: 'message', channelId: 'webchat', serviceUrl: 'http://127.0.0.1:1', deliveryMode: 'expectReplies', locale: 'fr-FR', conversation: { id: `term-${i}` }, from: { id: `u-${i}` }, recipient: { id: 'bot' }, channelData: { commune: 'carrieres-sous-poissy' }, text: 'horaires de la mairie' });
  const connected: Array<Promise<void>> = [];
  const answers = Array.from({ length: 20 }, (_, i) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/api/messages', method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        let data = '';
        res.on('data', (c) => (data += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: data }));
      });
      connected.push(new Promise((ok) => req.on('socket', (s) => s.once('connect', () => ok()))));
      req.on('error', reject);
      req.end(body(i));
    }),
  );
  await Promise.all(connected);
  const exited = new Promise<number | null>((resolve) => running!.child.once('exit', (code) => resolve(code)));
  running.child.kill('SIGTERM');
  // Stopping: the load balancer is told (as soon as the signal is handled, behind the turns under way), the requests are still served.
  let health = 0;
  for (let i = 0; i < 40 && health !== 503; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    health = (await fetch(`http://127.0.0.1:${port}/healthz`)).status;
  }
  expect(health).toBe(503);
  const results = await Promise.all(answers);
  expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
  expect(results.every((r) => /horaires|ouvert|Mairie/i.test(r.text))).toBe(true);
  expect(await exited).toBe(0);
  running = undefined;
});

/**
 * Two bot instances on one database (as behind a load balancer): a web chat conversation moves
 * between them from one message to the next. Its token works on both, the sign-in made through
 * one holds on the other, a booking started on one is confirmed on the other, the stream opened
 * on the second instance receives what the first one answered, and a job runs on one instance at
 * a time.
 */
import WebSocket from 'ws';
import { bookingSentence } from '../../src/cli/bench/residents';
import { fixedClock } from '../../src/domain/clock';
import { startApp, type RunningApp } from '../../src/index';
import { runJob } from '../../src/jobs/scheduler';
import { createLogger } from '../../src/logger';
import { linkedDurand } from '../support/accounts';
import { tempConfig } from '../support/harness';
import { lastCode } from '../support/outbox';
import { sql } from 'drizzle-orm';
import { oneOf } from '../support/sql';

const EMAIL = 'francoise.durand@example.org';
const clock = fixedClock('2026-11-18T14:00:00Z');
let a: RunningApp;
let b: RunningApp;

beforeAll(async () => {
  const config = tempConfig();
  a = await startApp(config, clock);
  b = await startApp(config, clock);
  await linkedDurand(a.core, EMAIL);
});
afterAll(async () => {
  await a.stop();
  await b.stop();
});

const base = (app: RunningApp) => `http://${app.host}:${app.port}`;
interface Activity {
  type: string;
  text?: string;
  from: { role?: string };
}

it('carries one conversation across both instances, message by message', async () => {
  const grant = (await (await fetch(`${base(a)}/api/webchat/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ commune: 'carrieres-sous-poissy', locale: 'fr-FR' }) })).json()) as { token: string; conversationId: string };
  const auth = { authorization: `Bearer ${grant.token}`, 'content-type': 'application/json' };
  expect((await fetch(`${base(a)}/v3/directline/conversations`, { method: 'POST', headers: auth })).status).toBe(201);
  // The stream is held by the other instance.
  const ws = new WebSocket(`${base(b).replace('http', 'ws')}/v3/directline/conversations/${grant.conversationId}/stream?t=${encodeURIComponent(grant.token)}`);
  const received: Activity[] = [];
  ws.on('message', (data) => String(data) && received.push(...((JSON.parse(String(data)) as { activities: Activity[] }).activities ?? [])));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  const fromBot = () => received.filter((x) => x.from.role === 'bot' && x.type === 'message').map((x) => x.text ?? '');
  const until = async (check: () => boolean) => {
    for (let i = 0; i < 200 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(check()).toBe(true);
  };
  await until(() => fromBot().length > 0);

  /** Posts on one instance; waits until the stream (on b) has the answer. */
  const say = async (app: RunningApp, text: string): Promise<string> => {
    const before = fromBot().length;
    const res = await fetch(`${base(app)}/v3/directline/conversations/${grant.conversationId}/activities`, { method: 'POST', headers: auth, body: JSON.stringify({ type: 'message', from: { id: 'me' }, text }) });
    expect(res.status).toBe(200);
    await until(() => fromBot().length > before);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return fromBot().slice(before).join('\n');
  };

  await say(a, 'Me connecter');
  await say(b, EMAIL);
  expect(await say(a, lastCode(a.core.config.outboxDir, EMAIL))).toContain('Bonjour Madame DURAND');
  const canteen = (await a.core.service.listActivities('carrieres-sous-poissy')).find((x) => x.code === 'canteen' && x.level !== 'maternelle')!;
  const { text, days } = bookingSentence(canteen, a.core.service.schoolCalendarOf(canteen), clock.now(), 'Léa');
  expect(await say(b, text)).toContain('à réserver');
  expect(await say(a, 'Confirmer')).toMatch(/Référence : CSP-RES-2026-\d{6}/);
  const booked = await oneOf(b.core, sql`select cast(count(*) as integer) as n from reservations where day in (${sql.join(days.map((d) => sql`${d}`), sql`, `)})`);
  expect(booked).toEqual({ n: days.length });
  // The history is the same, asked of either instance.
  const history = async (app: RunningApp) => ((await (await fetch(`${base(app)}/v3/directline/conversations/${grant.conversationId}/activities`, { headers: auth })).json()) as { activities: Activity[] }).activities.length;
  expect(await history(a)).toBe(await history(b));
  ws.close();
});

it('runs a job on one instance at a time', async () => {
  const job = (app: RunningApp) => app.jobs.find((j) => j.name === 'reconciliation')!;
  const silent = createLogger('silent');
  const outcomes = await Promise.all([runJob(job(a), a.core.service, silent, 'instance-a'), runJob(job(b), b.core.service, silent, 'instance-b')]);
  expect(outcomes.map((o) => o.status).sort()).toEqual(['busy', 'done']);
});

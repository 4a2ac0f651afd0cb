/**
 * A reminder the bot says first, end to end over HTTP: a resident signs in through the web chat's
 * Direct Line (the conversation is remembered), an invoice falls due, the running bot's reminders
 * job runs, and the reminder arrives on the conversation's WebSocket stream, once, with how to stop
 * them. Then « arrêter les rappels » in the same conversation, and the next one goes nowhere.
 */
import WebSocket from 'ws';
import { settableClock } from '../../src/domain/clock';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { runJob } from '../../src/jobs/scheduler';
import { createLogger } from '../../src/logger';
import { linkedDurand } from '../support/accounts';
import { tempConfig } from '../support/harness';
import { lastCode } from '../support/outbox';

interface Activity {
  id?: string;
  type: string;
  text?: string;
  from: { id: string; role?: string };
}

let app: RunningApp;
const clock = settableClock('2026-11-18T09:00:00Z');
const base = () => `http://${app.host}:${app.port}`;
const EMAIL = 'francoise.durand@example.org';

beforeAll(async () => {
  app = await startSeededApp(tempConfig(), clock);
  await linkedDurand(app.core, EMAIL);
});
afterAll(() => app.stop());

async function post(path: string, token: string, body?: unknown) {
  const res = await fetch(`${base()}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function waitFor(check: () => boolean, ms = 5000) {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

it('arrives on the web chat stream after sign-in, once, and not after « arrêter les rappels »', async () => {
  const tokenRes = await fetch(`${base()}/api/webchat/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ commune: 'carrieres-sous-poissy', locale: 'fr-FR' }) });
  const { token, conversationId } = (await tokenRes.json()) as { token: string; conversationId: string };
  const started = await post('/v3/directline/conversations', token);
  expect(started.status).toBe(201);
  const ws = new WebSocket(String(started.json.streamUrl));
  const received: Activity[] = [];
  ws.on('message', (data) => {
    const text = String(data);
    if (text) received.push(...((JSON.parse(text) as { activities: Activity[] }).activities ?? []));
  });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  const fromBot = () => received.filter((a) => a.from.role === 'bot' && a.type === 'message');
  const say = async (text: string) => {
    const count = fromBot().length;
    expect((await post(`/v3/directline/conversations/${conversationId}/activities`, token, { type: 'message', from: { id: 'me' }, text })).status).toBe(200);
    await waitFor(() => fromBot().length > count);
    await new Promise((resolve) => setTimeout(resolve, 100));
  };
  await waitFor(() => fromBot().length > 0);
  await say('Me connecter');
  await say(EMAIL);
  await say(lastCode(app.core.config.outboxDir, EMAIL));
  expect(fromBot().map((a) => a.text).join('\n')).toContain('Bonjour Madame DURAND');

  await app.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour', 7380, '2026-11-20', 'agent');
  const reminders = app.jobs.find((j) => j.name === 'reminders')!;
  const before = fromBot().length;
  const [a, b] = await Promise.all([runJob(reminders, app.core.service, createLogger('silent'), 'one'), runJob(reminders, app.core.service, createLogger('silent'), 'two')]);
  expect([a.status, b.status].sort()).toEqual(['busy', 'done']);
  await waitFor(() => fromBot().length > before);
  const told = fromBot().slice(before).map((a) => (a.text ?? '').replace(/[\u202f\u00a0]/g, ' '));
  expect(told.filter((t) => t.includes('la facture CSP-FAC-2026-'))).toHaveLength(1);
  expect(told.join('\n')).toMatch(/Rappel : la facture CSP-FAC-2026-\d+ \(73,80 €\) est à payer avant le vendredi 20 novembre\.[\s\S]*Pour ne plus recevoir de rappels, écrivez « arrêter les rappels »\./);
  // Running it again later says nothing more.
  clock.advance(20);
  expect((await runJob(reminders, app.core.service, createLogger('silent'))).status).toBe('done');
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(fromBot().slice(before)).toHaveLength(told.length);

  const asked = fromBot().length;
  await say('arrêter les rappels');
  expect(fromBot().slice(asked).map((a) => a.text).join('\n')).toContain('je ne vous enverrai plus de rappels');
  await app.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Photo', 1200, '2026-11-21', 'agent');
  const quiet = fromBot().length;
  clock.advance(20);
  const outcome = await runJob(reminders, app.core.service, createLogger('silent'));
  expect(outcome.status === 'done' && JSON.parse(outcome.summary)).toMatchObject({ planned: 1, stopped: 1 });
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(fromBot()).toHaveLength(quiet);
  ws.close();
});

/**
 * GET /metrics: one turn over /api/messages moves bot_turns_total by one and the statements and CPU
 * counters forward; one query moves db_statements_total by exactly one, a write transaction
 * db_transactions_total by one; without the token 401, and
 * 404 when no METRICS_TOKEN is configured.
 */
import { change } from '../../db/store';
import { fixedClock } from '../../src/domain/clock';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { bearerMatches } from '../../src/web/metricsRoute';
import { tempConfig } from '../support/harness';

const TOKEN = 'metrics-token-0123456789';
let app: RunningApp;
let bare: RunningApp;
beforeAll(async () => {
  app = await startSeededApp(tempConfig({ METRICS_TOKEN: TOKEN }), fixedClock('2026-11-18T14:00:00Z'));
  bare = await startSeededApp(tempConfig(), fixedClock('2026-11-18T14:00:00Z'));
});
afterAll(async () => {
  await app.stop();
  await bare.stop();
});

const url = (a: RunningApp, path: string) => `http://${a.host}:${a.port}${path}`;
const scrape = (a: RunningApp, authorization?: string) => fetch(url(a, '/metrics'), { headers: authorization ? { authorization } : {} });

/** The samples of a scrape: `name{labels}` → value. */
async function figures(): Promise<Map<string, number>> {
  const res = await scrape(app, `Bearer ${TOKEN}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const out = new Map<string, number>();
  for (const line of (await res.text()).split('\n')) {
    const m = /^([a-z_]+(?:\{[^}]*\})?) (\S+)$/.exec(line);
    if (m) out.set(m[1] as string, Number(m[2]));
  }
  return out;
}
const of = (f: Map<string, number>, name: string) => f.get(name) ?? 0;

it('counts one turn, its statements and its CPU', async () => {
  const before = await figures();
  const res = await fetch(url(app, '/api/messages'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', channelId: 'webchat', serviceUrl: 'http://127.0.0.1:1', deliveryMode: 'expectReplies', locale: 'fr-FR', text: 'bonjour',
      conversation: { id: 'conv-metrics' }, from: { id: 'resident-1' }, recipient: { id: 'bot' }, channelData: { commune: 'carrieres-sous-poissy' },
    }),
  });
  expect(res.status).toBe(200);
  const after = await figures();
  expect(of(after, 'bot_turns_total{channel="webchat"}') - of(before, 'bot_turns_total{channel="webchat"}')).toBe(1);
  // At least the state's read and write.
  expect(of(after, 'db_statements_total') - of(before, 'db_statements_total')).toBeGreaterThanOrEqual(2);
  expect(of(after, 'process_cpu_seconds_total')).toBeGreaterThan(of(before, 'process_cpu_seconds_total'));
  expect(of(after, 'bot_turn_seconds_total')).toBeGreaterThan(of(before, 'bot_turn_seconds_total'));
  expect(of(after, 'nodejs_eventloop_delay_max_seconds')).toBeGreaterThan(0);
  // What the turn allocated, and the state it wrote (the welcome's: a conversation's state at least).
  expect(of(after, 'nodejs_heap_allocated_bytes_total') - of(before, 'nodejs_heap_allocated_bytes_total')).toBeGreaterThan(10_000);
  expect(of(after, 'nodejs_gc_seconds_total')).toBeGreaterThanOrEqual(of(before, 'nodejs_gc_seconds_total'));
  expect(of(after, 'bot_state_writes_total') - of(before, 'bot_state_writes_total')).toBeGreaterThanOrEqual(1);
  expect(of(after, 'bot_state_written_chars_total') - of(before, 'bot_state_written_chars_total')).toBeGreaterThan(100);
});

it('counts each statement once, and a scrape runs none', async () => {
  const before = await figures();
  await app.core.store.ping();
  const after = await figures();
  expect(of(after, 'db_statements_total') - of(before, 'db_statements_total')).toBe(1);
  expect(of(after, 'db_transactions_total')).toBe(of(before, 'db_transactions_total'));
});

it('counts each write transaction once, whatever its statements', async () => {
  const before = await figures();
  const { auditLog } = app.core.store.tables;
  const entry = { at: '2026-11-18T14:00:00Z', actor: 'test', action: 'metrics.test' };
  await app.core.store.write(function* (db) {
    yield* change(db.insert(auditLog).values(entry));
    yield* change(db.insert(auditLog).values(entry));
  });
  const after = await figures();
  expect(of(after, 'db_transactions_total') - of(before, 'db_transactions_total')).toBe(1);
  // PostgreSQL counts the transaction's BEGIN and COMMIT as statements too.
  expect(of(after, 'db_statements_total') - of(before, 'db_statements_total')).toBe(app.core.store.kind === 'postgres' ? 4 : 2);
});

it('an unknown channel counts as other', async () => {
  const before = await figures();
  await fetch(url(app, '/api/messages'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'typing', channelId: 'made"up\nchannel', serviceUrl: 'http://127.0.0.1:1', deliveryMode: 'expectReplies', conversation: { id: 'c-2' }, from: { id: 'u-2' }, recipient: { id: 'bot' } }),
  });
  const after = await figures();
  expect(of(after, 'bot_turns_total{channel="other"}') - of(before, 'bot_turns_total{channel="other"}')).toBe(1);
});

it('answers 401 without the token, with another token or another scheme', async () => {
  expect((await scrape(app)).status).toBe(401);
  expect((await scrape(app, 'Bearer metrics-token-0123456780')).status).toBe(401);
  expect((await scrape(app, `Basic ${TOKEN}`)).status).toBe(401);
  expect((await scrape(app, `Bearer ${TOKEN} extra`)).status).toBe(401);
  expect((await scrape(app, `Bearer ${TOKEN}`)).status).toBe(200);
});

it('answers 404 when no token is configured, whatever is sent', async () => {
  expect((await scrape(bare)).status).toBe(404);
  expect((await scrape(bare, 'Bearer ')).status).toBe(404);
});

it('compares the whole token', () => {
  expect(bearerMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
  expect(bearerMatches(`bearer ${TOKEN}`, TOKEN)).toBe(true);
  expect(bearerMatches(`Bearer ${TOKEN.slice(0, -1)}`, TOKEN)).toBe(false);
  expect(bearerMatches(undefined, TOKEN)).toBe(false);
  expect(bearerMatches('Bearer', TOKEN)).toBe(false);
});

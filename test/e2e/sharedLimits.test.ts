/**
 * Limits shared by the instances on one database (SQLite file or PostgreSQL): new chat
 * conversations per address, and messages per web chat conversation, counted in the store, so
 * that requests spread over two instances are allowed no more than the limit in all.
 */
import { fixedClock } from '../../src/domain/clock';
import { startApp, type RunningApp } from '../../src/index';
import { tempConfig } from '../support/harness';

const clock = fixedClock('2026-11-18T14:00:00Z');
let a: RunningApp;
let b: RunningApp;

beforeAll(async () => {
  const config = tempConfig({ CHAT_TOKENS_PER_MINUTE: '4' });
  a = await startApp(config, clock);
  b = await startApp(config, clock);
});
afterAll(async () => {
  await a.stop();
  await b.stop();
});

const base = (app: RunningApp) => `http://${app.host}:${app.port}`;
const token = (app: RunningApp, previous?: string) =>
  fetch(`${base(app)}/api/webchat/token`, { method: 'POST', headers: { 'content-type': 'application/json', ...(previous ? { authorization: `Bearer ${previous}` } : {}) }, body: JSON.stringify({ commune: 'carrieres-sous-poissy' }) });

it('allows the limit of new chat conversations per address once, over both instances', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 8; i++) statuses.push((await token(i % 2 === 0 ? a : b)).status);
  expect(statuses.filter((s) => s === 200)).toHaveLength(4);
  expect(statuses.slice(4)).toEqual([429, 429, 429, 429]);
});

it('allows the limit of messages per conversation once, over both instances', async () => {
  // A conversation opened before the address ran out of new ones (its token is refreshed, not new).
  const other = await startApp(tempConfig({ CHAT_TOKENS_PER_MINUTE: '100' }), clock);
  try {
    const grant = (await (await fetch(`${base(other)}/api/webchat/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"commune":"carrieres-sous-poissy"}' })).json()) as { token: string; conversationId: string };
    const auth = { authorization: `Bearer ${grant.token}`, 'content-type': 'application/json' };
    expect((await fetch(`${base(other)}/v3/directline/conversations`, { method: 'POST', headers: auth })).status).toBe(201);
    const second = await startApp(other.core.config, clock);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 26; i++) {
        const app = i % 2 === 0 ? other : second;
        const res = await fetch(`${base(app)}/v3/directline/conversations/${grant.conversationId}/activities`, { method: 'POST', headers: auth, body: JSON.stringify({ type: 'typing', from: { id: 'x' } }) });
        statuses.push(res.status);
      }
      expect(statuses.filter((s) => s === 200)).toHaveLength(20);
      expect(statuses.filter((s) => s === 429)).toHaveLength(6);
    } finally {
      await second.stop();
    }
  } finally {
    await other.stop();
  }
});

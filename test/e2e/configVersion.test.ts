/**
 * The communes' configuration is kept in memory by each instance (db/repositories/configCache.ts):
 * a `commune import` made by the admin command (another process on the same database) is seen by
 * the next turn of both running instances, which had read the old one, in a new conversation or one under way; a
 * turn reads the version with its states, in the same statement, and reads the commune no more.
 */
import fs from 'node:fs';
import path from 'node:path';
import { main } from '../../src/admin/cli';
import { fixedClock } from '../../src/domain/clock';
import { startApp, type RunningApp } from '../../src/index';
import { statementsRun } from '../../db/statementCount';
import { tempConfig } from '../support/harness';

const clock = fixedClock('2026-11-18T14:00:00Z');
const config = tempConfig();
let a: RunningApp;
let b: RunningApp;
beforeAll(async () => {
  a = await startApp(config, clock);
  b = await startApp(config, clock);
});
afterAll(async () => {
  await a.stop();
  await b.stop();
});

let n = 0;
async function say(app: RunningApp, text: string, conversation?: string): Promise<string> {
  n += 1;
  const res = await fetch(`http://${app.host}:${app.port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', channelId: 'webchat', serviceUrl: 'http://127.0.0.1:1', deliveryMode: 'expectReplies', locale: 'fr-FR', text,
      conversation: { id: conversation ?? `conv-config-${n}` }, from: { id: conversation ?? `resident-${n}` }, recipient: { id: 'bot' }, channelData: { commune: 'chanteloup-les-vignes' },
    }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { activities: Array<{ text?: string }> }).activities.map((x) => x.text ?? '').join('\n');
}

/** The admin command, as an operator runs it: its own core on the same database. */
async function admin(...argv: string[]): Promise<number> {
  const env: Record<string, string> = { DATA_DIR: config.dataDir, LOG_LEVEL: 'silent', DEMO_DATA: 'false', ...(config.postgres ? { DATABASE_URL: config.postgres.url } : {}) };
  return main(argv, { stdout: { write: () => true }, stderr: { write: () => true }, env, clock });
}

it('sees a commune import made elsewhere at the next turn, on both instances', async () => {
  expect(await say(a, 'horaires')).toContain('Guichet unique (Espace Victor Hugo)');
  expect(await say(b, 'horaires')).toContain('Guichet unique (Espace Victor Hugo)');
  const file = path.join(config.dataDir, 'clv.yaml');
  expect(await admin('commune', 'export', 'chanteloup-les-vignes', file)).toBe(0);
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Guichet unique (Espace Victor Hugo)', 'Guichet unique (Espace Hugo)'));
  expect(await admin('commune', 'import', file)).toBe(0);
  const [onA, onB] = [await say(a, 'horaires'), await say(b, 'horaires')];
  expect(onA).toContain('Guichet unique (Espace Hugo)');
  expect(onB).toContain('Guichet unique (Espace Hugo)');
  expect(onA).not.toContain('Guichet unique (Espace Victor Hugo)');
});

it('sees it at the next turn of a conversation under way, on both instances', async () => {
  // Each instance has read the configuration and both conversations have their states (the version is read with them).
  expect(await say(a, 'horaires', 'under-way-a')).toContain('Guichet unique (Espace Hugo)');
  expect(await say(b, 'horaires', 'under-way-b')).toContain('Guichet unique (Espace Hugo)');
  expect(await say(a, 'horaires', 'under-way-a')).toContain('Guichet unique (Espace Hugo)');
  const file = path.join(config.dataDir, 'clv.yaml');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Guichet unique (Espace Hugo)', 'Guichet unique (Espace Zola)'));
  expect(await admin('commune', 'import', file)).toBe(0);
  expect(await say(a, 'horaires', 'under-way-a')).toContain('Guichet unique (Espace Zola)');
  expect(await say(b, 'horaires', 'under-way-b')).toContain('Guichet unique (Espace Zola)');
});

it('reads the version with the states, once a turn, and the commune and its activities from memory', async () => {
  await say(a, 'horaires');
  const readsOf = async (text: string, conversation?: string) => {
    const before = statementsRun();
    await say(a, text, conversation);
    return statementsRun() - before;
  };
  // A new conversation: both states and the version in one read, the conversation's and the user's state written in one statement.
  expect(await readsOf('horaires')).toBe(2);
  // A conversation under way: the same.
  await say(a, 'horaires', 'counted');
  expect(await readsOf('horaires', 'counted')).toBe(2);
});

/**
 * The database locked by another process (a second instance, the admin command, a backup) while a
 * resident confirms a booking, over HTTP: locked longer than SQLITE_BUSY_TIMEOUT_MS, the turn gets
 * the French apology, nothing is half-written, and « Confirmer » said again books the days once;
 * locked briefly, the turn waits for the lock and books at once. The bot never crashes.
 */
import { spawn } from 'node:child_process';
import { bookingSentence } from '../../src/cli/bench/residents';
import { fixedClock } from '../../src/domain/clock';
import { startApp, type RunningApp } from '../../src/index';
import { linkedDurand } from '../support/accounts';
import { tempConfig } from '../support/harness';
import { lastCode } from '../support/outbox';

const EMAIL = 'francoise.durand@example.org';
const clock = fixedClock('2026-11-18T14:00:00Z');
let app: RunningApp;
afterEach(() => app.stop());

async function say(text: string): Promise<string> {
  const res = await fetch(`http://${app.host}:${app.port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'message', channelId: 'webchat', serviceUrl: 'http://127.0.0.1:1', deliveryMode: 'expectReplies', locale: 'fr-FR', conversation: { id: 'locked' }, from: { id: 'parent' }, recipient: { id: 'bot' }, channelData: { commune: 'carrieres-sous-poissy' }, text }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { activities: Array<{ text?: string }> }).activities.map((a) => a.text ?? '').join('\n');
}

/** Another process takes the write lock, says so, holds it `ms`, then lets go; `released` resolves then. */
async function holdLock(file: string, ms: number): Promise<{ released: Promise<void> }> {
  const script = `const db = new (require('better-sqlite3'))(process.argv[1]); db.exec('BEGIN IMMEDIATE'); db.prepare("insert into audit_log (at, actor, action) values ('x', 'backup', 'lock')").run(); process.stdout.write('locked\\n'); setTimeout(() => { db.exec('ROLLBACK'); db.close(); }, Number(process.argv[2]));`;
  const child = spawn(process.execPath, ['-e', script, file, String(ms)], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d) => String(d).includes('locked') && resolve());
    child.once('exit', (code) => reject(new Error(`the lock holder exited (${code})`)));
  });
  return { released: new Promise((resolve) => child.once('exit', () => resolve())) };
}

async function readyToConfirm(busyMs: string): Promise<string[]> {
  app = await startApp(tempConfig({ SQLITE_BUSY_TIMEOUT_MS: busyMs }), clock);
  await linkedDurand(app.core, EMAIL);
  const canteen = (await app.core.service.listActivities('carrieres-sous-poissy')).find((a) => a.code === 'canteen' && a.level !== 'maternelle')!;
  const { text, days } = bookingSentence(canteen, app.core.service.schoolCalendarOf(canteen), clock.now(), 'Léa');
  await say('Me connecter');
  await say(EMAIL);
  await say(lastCode(app.core.config.outboxDir, EMAIL));
  expect(await say(text)).toContain('à réserver');
  return days;
}

const booked = (days: string[]) =>
  app.core.db.$client.prepare(`select count(*) as n from reservations where day in (${days.map(() => '?').join(',')})`).get(...days) as { n: number };

it('apologises in French when the lock outlasts the wait, keeps the basket, and books once when asked again', async () => {
  const days = await readyToConfirm('200');
  const { released } = await holdLock(app.core.config.databaseFile, 1500);
  const refused = await say('Confirmer');
  expect(refused).toContain('Désolé, un problème technique m\'empêche de répondre. Ce que vous avez déjà saisi est conservé. Réessayez dans un instant');
  expect(booked(days)).toEqual({ n: 0 });
  await released;
  expect(await say('Confirmer')).toMatch(/Référence : CSP-RES-2026-\d{6}/);
  expect(booked(days)).toEqual({ n: days.length });
  expect(app.core.db.$client.prepare("select count(*) as n from baskets where status = 'confirmed'").get()).toEqual({ n: 1 });
});

it('waits for a brief lock and answers as usual', async () => {
  const days = await readyToConfirm('3000');
  const { released } = await holdLock(app.core.config.databaseFile, 150);
  expect(await say('Confirmer')).toMatch(/Référence : CSP-RES-2026-\d{6}/);
  await released;
  expect(booked(days)).toEqual({ n: days.length });
});

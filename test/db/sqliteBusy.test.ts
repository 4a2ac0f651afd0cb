/**
 * Another process (the admin command, a backup) holds the SQLite file's write lock for 2 s: the
 * bot's write waits without blocking the event loop (a timer keeps ticking, /healthz answers before
 * the write is done), and succeeds once the lock is let go; a lock held past SQLITE_BUSY_TIMEOUT_MS fails the
 * write with SQLITE_BUSY, and the next write succeeds.
 */
import { spawn } from 'node:child_process';
import { sql } from 'drizzle-orm';
import { fixedClock } from '../../src/domain/clock';
import { startApp, type RunningApp } from '../../src/index';
import { tempConfig } from '../support/harness';
import { oneOf } from '../support/sql';

const clock = fixedClock('2026-11-18T14:00:00Z');
let app: RunningApp | undefined;
afterEach(async () => {
  await app?.stop();
  app = undefined;
});

/** Another process takes the write lock, holds it `ms`, then lets go; `released` resolves then. */
async function holdLock(file: string, ms: number): Promise<{ released: Promise<void> }> {
  const script = `const db = new (require('better-sqlite3'))(process.argv[1]); db.exec('BEGIN IMMEDIATE'); db.prepare("insert into audit_log (at, actor, action) values ('x', 'backup', 'lock')").run(); process.stdout.write('locked\\n'); setTimeout(() => { db.exec('ROLLBACK'); db.close(); }, Number(process.argv[2]));`;
  const child = spawn(process.execPath, ['-e', script, file, String(ms)], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d) => String(d).includes('locked') && resolve());
    child.once('exit', (code) => reject(new Error(`the lock holder exited (${code})`)));
  });
  return { released: new Promise((resolve) => child.once('exit', () => resolve())) };
}

/** Ticks of a 10 ms timer while `during` runs, and when each promise of `order` settled (in order). */
async function ticksDuring<T>(during: Promise<T>): Promise<{ ticks: number; value: T }> {
  let ticks = 0;
  const timer = setInterval(() => (ticks += 1), 10);
  try {
    const value = await during;
    return { ticks, value };
  } finally {
    clearInterval(timer);
  }
}

const audited = async (action: string) => (await oneOf<{ n: number }>(app!.core, sql`select cast(count(*) as integer) as n from audit_log where action = ${action}`))?.n;

it('waits for another process’s 2 s lock without blocking the event loop, /healthz answering, and writes after', async () => {
  app = await startApp(tempConfig({ DATABASE_URL: '', SQLITE_BUSY_TIMEOUT_MS: '5000' }), clock);
  const { released } = await holdLock(app.core.config.databaseFile, 2000);
  const finished: string[] = [];
  const t0 = performance.now();
  const write = app.core.service.deps.repos.audit.append({ actor: 'system', action: 'test.waited' }, clock.now().toISOString()).then(() => finished.push('write'));
  const health = fetch(`http://${app.host}:${app.port}/healthz`).then((res) => {
    finished.push('healthz');
    return res.status;
  });
  // Blocked in SQLite's busy handler, the process would neither tick nor answer until the lock is gone.
  const { ticks, value } = await ticksDuring(Promise.all([write, health]));
  expect(value[1]).toBe(200);
  expect(finished).toEqual(['healthz', 'write']);
  expect(performance.now() - t0).toBeGreaterThan(1500);
  expect(ticks).toBeGreaterThan(20);
  await released;
  expect(await audited('test.waited')).toBe(1);
});

it('fails a write with SQLITE_BUSY once the wait is over, and writes again after', async () => {
  app = await startApp(tempConfig({ DATABASE_URL: '', SQLITE_BUSY_TIMEOUT_MS: '300' }), clock);
  const { released } = await holdLock(app.core.config.databaseFile, 1500);
  const t0 = performance.now();
  const { ticks, value } = await ticksDuring(app.core.service.deps.repos.audit.append({ actor: 'system', action: 'test.refused' }, clock.now().toISOString()).then(() => undefined, (e: unknown) => e));
  const error = value as { code?: string; cause?: { code?: string } } | undefined;
  expect(error?.code ?? error?.cause?.code).toBe('SQLITE_BUSY');
  expect(performance.now() - t0).toBeGreaterThanOrEqual(290);
  expect(ticks).toBeGreaterThan(3);
  await released;
  await app.core.service.deps.repos.audit.append({ actor: 'system', action: 'test.after' }, clock.now().toISOString());
  expect(await audited('test.refused')).toBe(0);
  expect(await audited('test.after')).toBe(1);
});

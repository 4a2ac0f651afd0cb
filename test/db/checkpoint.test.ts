/**
 * The checkpoint after one-time links are swept from the web chat history never waits for another
 * connection's reader (it runs on the event loop): it says it could not finish, at once, and
 * finishes at a later sweep once the reader is gone.
 */
import Database from 'better-sqlite3';
import { fixedClock } from '../../src/domain/clock';
import { buildCore } from '../../src/index';
import { RetentionRepository } from '../../db/repositories/retentionRepository';
import { tempConfig } from '../support/harness';

it('gives up at once while another connection reads, and truncates the log once it is gone', async () => {
  const core = buildCore(tempConfig({ DATABASE_URL: '', SQLITE_BUSY_TIMEOUT_MS: '3000' }), fixedClock('2026-11-18T14:00:00Z'));
  const repo = new RetentionRepository(core.store);
  core.db.$client.prepare("insert into audit_log (at, actor, action) values ('x', 'test', 'write')").run();
  const reader = new Database(core.config.databaseFile, { readonly: true });
  reader.exec('BEGIN');
  reader.prepare('select count(*) from audit_log').get();
  const t0 = performance.now();
  expect(await repo.forgetOldCopies()).toBe(false);
  expect(performance.now() - t0).toBeLessThan(1000);
  // The connection's own wait is as before: none (writes wait asynchronously in the store, db/store.ts).
  expect(core.db.$client.pragma('busy_timeout', { simple: true })).toBe(0);
  reader.exec('COMMIT');
  reader.close();
  expect(await repo.forgetOldCopies()).toBe(true);
  await core.close();
});

/**
 * The backup job: on when BACKUP_DIR is set, each run a dated folder under it, only the
 * BACKUP_KEEP newest dated folders kept, other folders never touched; each kept backup restorable.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import path from 'node:path';
import { settableClock } from '../../src/domain/clock';
import { buildCore, type Core } from '../../src/index';
import { jobDefinitions, runJob } from '../../src/jobs/scheduler';
import { createLogger } from '../../src/logger';
import { checkBackup } from '../../src/ops/restore';
import { tempConfig } from '../support/harness';

let core: Core | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
});

const teller = { tell: async () => false, remind: async () => false } as never;

it('is off without BACKUP_DIR', () => {
  const config = tempConfig();
  core = buildCore(config);
  expect(jobDefinitions(config, core.service, teller).map((j) => j.name)).not.toContain('backup');
});

it('keeps the BACKUP_KEEP newest dated backups, removes the older ones, leaves other folders alone', async () => {
  const dir = `${tempConfig().dataDir}-backups`;
  const config = tempConfig({ BACKUP_DIR: dir, BACKUP_KEEP: '2', BACKUP_CRON: '0 1 * * *' });
  const clock = settableClock('2026-11-18T01:00:00Z');
  core = buildCore(config, clock);
  fs.mkdirSync(path.join(dir, 'by-hand'), { recursive: true });
  const job = jobDefinitions(config, core.service, teller, core.db.$client).find((j) => j.name === 'backup')!;
  expect(job.schedule).toBe('0 1 * * *');
  for (let night = 0; night < 4; night += 1) {
    expect((await runJob(job, core.service, createLogger('silent'))).status).toBe('done');
    clock.advance(24 * 60);
  }
  expect(fs.readdirSync(dir).sort()).toEqual(['backup-2026-11-20T01-00-00Z', 'backup-2026-11-21T01-00-00Z', 'by-hand']);
  for (const name of ['backup-2026-11-20T01-00-00Z', 'backup-2026-11-21T01-00-00Z']) {
    const checked = await checkBackup(config, path.join(dir, name));
    expect(checked.ok && checked.manifest.communes).toEqual(['carrieres-sous-poissy', 'carrieres-sur-seine', 'chanteloup-les-vignes']);
  }
});

it('a failed run leaves no partial folder and keeps the older backups', async () => {
  const dir = `${tempConfig().dataDir}-backups`;
  const config = tempConfig({ BACKUP_DIR: dir, BACKUP_KEEP: '1' });
  const clock = settableClock('2026-11-18T01:00:00Z');
  core = buildCore(config, clock);
  const job = jobDefinitions(config, core.service, teller, core.db.$client).find((j) => j.name === 'backup')!;
  expect((await runJob(job, core.service, createLogger('silent'))).status).toBe('done');
  clock.advance(24 * 60);
  // The next run's copy fails midway (its connection is closed): its folder, created first, is removed.
  const closed = new Database(config.databaseFile);
  closed.close();
  const failing = jobDefinitions(config, core.service, teller, closed).find((j) => j.name === 'backup')!;
  const outcome = await runJob(failing, core.service, createLogger('silent'));
  expect(outcome.status).toBe('failed');
  expect(fs.readdirSync(dir)).toEqual(['backup-2026-11-18T01-00-00Z']);
});

/**
 * `npm run bench:backup -- --households 100000`: the time and size of a backup and a restore of a
 * commune at scale (the benchmark's large database: two children per household, 25 canteen days
 * each), generated once in a temporary folder and removed afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { findRootDir, loadConfig } from '../config';
import { buildCore } from '../core';
import { fixedClock } from '../domain/clock';
import { takeBackup } from '../ops/backup';
import { checkBackup, restoreBackup } from '../ops/restore';
import { COMMUNE } from './bench/residents';

const { values } = parseArgs({ options: { households: { type: 'string', default: '100000' } } });
const HOUSEHOLDS = Number(values.households);
const root = findRootDir();
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1);

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-backup-'));
  const env = (dir: string) => ({ DATA_DIR: dir, LOG_LEVEL: 'error', JOBS: 'off', DEMO_DATA: 'true' });
  try {
    const config = loadConfig(env(path.join(work, 'data')), root);
    const core = buildCore(config, fixedClock('2026-12-02T08:00:00Z'));
    const sqlite = core.db.$client;
    const canteen = (await core.service.listActivities(COMMUNE)).find((a) => a.code === 'canteen' && a.level !== 'maternelle')!;
    const t0 = performance.now();
    const household = sqlite.prepare('insert into households (commune_id, file_number, name, quotient_familial) values (?, ?, ?, ?) returning id');
    const child = sqlite.prepare("insert into children (household_id, first_name, last_name, birth_date, school, level) values (?, ?, ?, '2018-05-04', 'École du Parc', 'elementaire') returning id");
    const book = sqlite.prepare("insert into reservations (child_id, activity_id, day, status, created_at) values (?, ?, ?, 'confirmed', '2026-10-01T08:00:00.000Z')");
    const days = Array.from({ length: 25 }, (_, i) => `2026-11-${String(2 + i).padStart(2, '0')}`);
    for (let start = 0; start < HOUSEHOLDS; start += 5000) {
      sqlite.transaction(() => {
        for (let i = start; i < Math.min(HOUSEHOLDS, start + 5000); i += 1) {
          const h = (household.get(COMMUNE, `BIG-${i}`, `FAMILLE${i}`, 300 + (i % 2000)) as { id: number }).id;
          for (const name of ['Alice', 'Louis']) {
            const c = (child.get(h, name, `FAMILLE${i}`) as { id: number }).id;
            for (const day of days) book.run(c, canteen.id, day);
          }
        }
      })();
    }
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    console.log(`Generated ${HOUSEHOLDS} households, ${HOUSEHOLDS * 50} reservations in ${seconds(t0)} s; database ${mb(fs.statSync(config.databaseFile).size)} MB`);

    // The backup as the admin command takes it: a second connection beside the open core.
    const dest = path.join(work, 'backup');
    const b0 = performance.now();
    const manifest = await takeBackup(config, dest);
    const bytes = manifest.files.reduce((sum, f) => sum + f.size, 0);
    console.log(`backup: ${seconds(b0)} s, ${manifest.files.length} files, ${mb(bytes)} MB (copy, check, checksums)`);
    await core.close();

    const v0 = performance.now();
    const checked = await checkBackup(config, dest);
    console.log(`verify-backup: ${seconds(v0)} s, ${checked.ok ? 'ok' : 'refused'}`);
    const target = loadConfig(env(path.join(work, 'restored')), root);
    const r0 = performance.now();
    const restored = await restoreBackup(target, dest);
    console.log(`restore: ${seconds(r0)} s (checks included), ${restored.ok ? 'ok' : 'refused'}`);
    const o0 = performance.now();
    const again = buildCore(target);
    const n = (again.db.$client.prepare('select count(*) as n from reservations').get() as { n: number }).n;
    await again.close();
    console.log(`first open of the restored database: ${seconds(o0)} s, ${n} reservations`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

void main();

/**
 * Restores a backup folder into a stopped instance's DATA_DIR. Everything is checked before
 * anything is written: the manifest, every file's size and checksum, the migration level against
 * this code's, the key against SECRET_KEY, that no instance has the database open, and that the
 * target holds no data (unless `force`: the replaced files are then moved aside, never deleted).
 */
import fs from 'node:fs';
import path from 'node:path';
import { databaseInUse, readDatabaseFacts } from '../../db/sqliteBackup';
import { shippedMigrations } from '../../db/migrationCheck';
import type { Config } from '../config';
import { DATABASE_COPY, KEY_COPY, checkFiles, readManifest, type BackupManifest, type BackupProblem } from './backupManifest';

export type RestoreProblem =
  | BackupProblem
  | { code: 'otherStore'; store: string }
  | { code: 'newerMigrations'; tag: string }
  | { code: 'keyMismatch' }
  | { code: 'running'; file: string }
  | { code: 'occupied'; dir: string };

export type CheckOutcome = { ok: true; manifest: BackupManifest } | { ok: false; problems: RestoreProblem[] };

/** The backup's own checks (manifest, files, migrations, key): what `verify-backup` says. Writes nothing. */
export async function checkBackup(config: Readonly<Config>, dir: string): Promise<CheckOutcome> {
  const read = readManifest(dir);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const { manifest } = read;
  const problems: RestoreProblem[] = await checkFiles(dir, manifest);
  const store = config.postgres ? 'postgres' : 'sqlite';
  if (manifest.store !== store) problems.push({ code: 'otherStore', store: manifest.store });
  if (manifest.store === 'sqlite' && !manifest.files.some((f) => f.path === DATABASE_COPY)) problems.push({ code: 'missingFile', file: DATABASE_COPY });
  if (problems.length > 0) return { ok: false, problems };
  const shipped = shippedMigrations(config.postgres?.migrationsFolder ?? config.migrationsFolder);
  const last = shipped.reduce((max, e) => Math.max(max, e.when), 0);
  // The manifest says the level; the copy itself is read too (its checksum is right, so it is the file that was backed up).
  const applied = manifest.store === 'sqlite' ? readDatabaseFacts(path.join(dir, DATABASE_COPY)).applied : [manifest.migrations.lastWhen];
  if (manifest.migrations.lastWhen > last || applied.some((when) => when > last)) problems.push({ code: 'newerMigrations', tag: manifest.migrations.lastTag });
  if (config.secretKey && manifest.key !== 'none') {
    const key = fs.readFileSync(path.join(dir, KEY_COPY), 'utf8').trim();
    if (key.toLowerCase() !== config.secretKey.toLowerCase()) problems.push({ code: 'keyMismatch' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, manifest };
}

/** What of DATA_DIR a restore replaces: the database (with its WAL files), the key, the sandbox's keys, the uploads. */
function replaced(config: Readonly<Config>): string[] {
  const db = config.postgres ? [] : [config.databaseFile, `${config.databaseFile}-wal`, `${config.databaseFile}-shm`];
  return [...db, path.join(config.dataDir, 'secret.key'), path.join(config.dataDir, 'paybox-sandbox'), config.uploadsDir].filter((p) => fs.existsSync(p));
}

const holdsData = (config: Readonly<Config>): boolean =>
  replaced(config).some((p) => !fs.statSync(p).isDirectory() || fs.readdirSync(p).length > 0);

/** Where a file of the backup goes in DATA_DIR. */
function targetOf(config: Readonly<Config>, rel: string): string {
  if (rel === DATABASE_COPY) return config.databaseFile;
  return path.join(config.dataDir, ...rel.split('/'));
}

export interface RestoreResult {
  manifest: BackupManifest;
  files: number;
  /** Where the files replaced were moved (with `force`). */
  setAside?: string;
}

export async function restoreBackup(config: Readonly<Config>, dir: string, options: { force?: boolean; now?: Date } = {}): Promise<{ ok: true; result: RestoreResult } | { ok: false; problems: RestoreProblem[] }> {
  const checked = await checkBackup(config, dir);
  if (!checked.ok) return checked;
  if (!config.postgres && databaseInUse(config.databaseFile)) return { ok: false, problems: [{ code: 'running', file: config.databaseFile }] };
  const occupied = holdsData(config);
  if (occupied && !options.force) return { ok: false, problems: [{ code: 'occupied', dir: config.dataDir }] };

  let setAside: string | undefined;
  if (occupied) {
    setAside = path.join(config.dataDir, `replaced-${(options.now ?? new Date()).toISOString().replace(/[:.]/g, '-')}`);
    fs.mkdirSync(setAside, { recursive: true, mode: 0o700 });
    for (const p of replaced(config)) fs.renameSync(p, path.join(setAside, path.basename(p)));
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const { manifest } = checked;
  for (const f of manifest.files) {
    const target = targetOf(config, f.path);
    fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
    // Copied under a temporary name, then renamed: a file in place is always whole.
    const temp = `${target}.restoring`;
    fs.copyFileSync(path.join(dir, ...f.path.split('/')), temp);
    fs.chmodSync(temp, 0o600);
    fs.renameSync(temp, target);
  }
  return { ok: true, result: { manifest, files: manifest.files.length, setAside } };
}

/**
 * Takes a backup of an instance into a new folder while the bot serves: the database (SQLite's
 * online backup; on PostgreSQL, pg_dump's job, see the README), the key material (the secret of
 * family keys and codes, the payment sandbox's keys), the uploaded papers, and the manifest with
 * every file's checksum, written last. The folder is 0700, the key 0600.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { onlineBackup, type DatabaseFacts } from '../../db/sqliteBackup';
import { shippedMigrations } from '../../db/migrationCheck';
import type { Config } from '../config';
import { BACKUP_FORMAT, DATABASE_COPY, KEY_COPY, describeFiles, writeManifest, type BackupManifest } from './backupManifest';

export class BackupError extends Error {
  constructor(
    readonly code: 'destinationNotEmpty' | 'noDatabase',
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'BackupError';
  }
}

export interface BackupOptions {
  /** The bot's own SQLite connection (the scheduled job), copied step by step; otherwise the file is opened. */
  connection?: Database.Database;
  now?: Date;
}

/** The files of DATA_DIR the backup copies besides the database: [path in DATA_DIR, path in the backup]. */
function dataFiles(config: Readonly<Config>): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const sandbox = path.join(config.dataDir, 'paybox-sandbox');
  for (const name of listFiles(sandbox)) pairs.push([path.join(sandbox, name), `paybox-sandbox/${name}`]);
  for (const folder of listDirs(config.uploadsDir)) {
    for (const name of listFiles(path.join(config.uploadsDir, folder))) pairs.push([path.join(config.uploadsDir, folder, name), `uploads/${folder}/${name}`]);
  }
  return pairs;
}

const entries = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []);
const listFiles = (dir: string) => entries(dir).filter((e) => e.isFile() && /^[\w.-]+$/.test(e.name)).map((e) => e.name).sort();
const listDirs = (dir: string) => entries(dir).filter((e) => e.isDirectory() && /^[a-z0-9]+$/.test(e.name)).map((e) => e.name).sort();

/** Copies a file; one removed meanwhile (an upload purged by retention) is left out: false. */
function copyIfStill(from: string, to: string): boolean {
  try {
    fs.mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
    fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
    fs.chmodSync(to, 0o600);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && !fs.existsSync(from)) return false;
    throw e;
  }
}

function prepareDestination(dest: string): void {
  if (fs.existsSync(dest) && fs.readdirSync(dest).length > 0) throw new BackupError('destinationNotEmpty', dest);
  fs.mkdirSync(dest, { recursive: true, mode: 0o700 });
  fs.chmodSync(dest, 0o700);
}

/** Takes the backup into `dest` (absent or empty). On failure, what was written there is removed. */
export async function takeBackup(config: Readonly<Config>, dest: string, options: BackupOptions = {}): Promise<BackupManifest> {
  if (!config.postgres && !options.connection && !fs.existsSync(config.databaseFile)) throw new BackupError('noDatabase', config.databaseFile);
  prepareDestination(dest);
  try {
    const copied: string[] = [];
    let facts: DatabaseFacts;
    if (config.postgres) {
      // Loaded only here: the SQLite default does not load the PostgreSQL driver.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { postgresFacts } = require('../../db/pg/backupFacts') as typeof import('../../db/pg/backupFacts');
      facts = await postgresFacts(config.postgres.url);
    } else {
      facts = await onlineBackup(options.connection ?? config.databaseFile, path.join(dest, DATABASE_COPY));
      fs.chmodSync(path.join(dest, DATABASE_COPY), 0o600);
      copied.push(DATABASE_COPY);
    }
    const keyFile = path.join(config.dataDir, 'secret.key');
    let key: BackupManifest['key'] = 'none';
    if (config.secretKey) {
      fs.writeFileSync(path.join(dest, KEY_COPY), config.secretKey, { mode: 0o600, flag: 'wx' });
      key = 'SECRET_KEY';
    } else if (copyIfStill(keyFile, path.join(dest, KEY_COPY))) key = 'secret.key';
    if (key !== 'none') copied.push(KEY_COPY);
    for (const [from, rel] of dataFiles(config)) if (copyIfStill(from, path.join(dest, ...rel.split('/')))) copied.push(rel);
    const shipped = shippedMigrations(config.postgres?.migrationsFolder ?? config.migrationsFolder);
    const lastWhen = facts.applied.reduce((max, w) => Math.max(max, w), 0);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: (options.now ?? new Date()).toISOString(),
      store: config.postgres ? 'postgres' : 'sqlite',
      migrations: { applied: facts.applied.length, lastWhen, lastTag: shipped.find((e) => e.when === lastWhen)?.tag ?? 'unknown' },
      communes: facts.communes,
      key,
      files: await describeFiles(dest, copied),
    };
    writeManifest(dest, manifest);
    return manifest;
  } catch (e) {
    fs.rmSync(dest, { recursive: true, force: true });
    throw e;
  }
}

/** The pg_dump and pg_restore commands for the database of a PostgreSQL instance (the bot does not run them). */
export function postgresCommands(dest: string): { dump: string; restore: string } {
  const file = path.join(dest, 'database.pgdump');
  return {
    dump: `pg_dump --format=custom --no-owner --file="${file}" "$DATABASE_URL"`,
    restore: `pg_restore --clean --if-exists --no-owner --single-transaction --dbname="$DATABASE_URL" "${file}"`,
  };
}

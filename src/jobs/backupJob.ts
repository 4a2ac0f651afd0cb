/**
 * The `backup` job (BACKUP_CRON, on when BACKUP_DIR is set): a dated backup folder under
 * BACKUP_DIR, then only the BACKUP_KEEP newest dated folders are kept. Folders of other names
 * (a backup an agent took by hand, anything else) are never touched.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Config } from '../config';
import { takeBackup } from '../ops/backup';

const DATED = /^backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z$/;

/** backup-2026-05-01T01-30-00Z: sorts by date, and says it in UTC. */
export const datedName = (now: Date): string => `backup-${now.toISOString().slice(0, 19).replace(/:/g, '-')}Z`;

/** Removes the dated backups beyond the `keep` newest; returns the names removed. */
export function pruneBackups(dir: string, keep: number): string[] {
  const dated = fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && DATED.test(e.name)).map((e) => e.name).sort() : [];
  const old = dated.slice(0, Math.max(0, dated.length - keep));
  for (const name of old) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  return old;
}

export async function backupJob(config: Readonly<Config>, now: Date, connection?: Database.Database): Promise<{ backup: string; files: number; removed: string[] }> {
  const settings = config.backup;
  if (!settings) throw new Error('BACKUP_DIR is not set.');
  fs.mkdirSync(settings.dir, { recursive: true, mode: 0o700 });
  const name = datedName(now);
  const manifest = await takeBackup(config, path.join(settings.dir, name), { connection, now });
  return { backup: name, files: manifest.files.length, removed: pruneBackups(settings.dir, settings.keep) };
}

/**
 * `backup DIR`, `verify-backup DIR` and `restore DIR [--force]`: they work on DATA_DIR's files
 * without opening the bot's core (a restore must not create or migrate a database; a backup is a
 * reader beside the running bot). Exit codes: 0 done, 1 refused or failed.
 */
import path from 'node:path';
import type { Config } from '../config';
import type { Translate } from '../i18n';
import { BackupError, postgresCommands, takeBackup } from '../ops/backup';
import { checkBackup, restoreBackup, type RestoreProblem } from '../ops/restore';
import type { CliValues, Output } from './commands';

export interface OfflineContext {
  t: Translate;
  out: Output;
  values: CliValues;
  config: Readonly<Config>;
  /** The folder named after the command. */
  arg?: string;
  now: Date;
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function sayProblems({ t, out }: OfflineContext, problems: RestoreProblem[]): void {
  for (const p of problems) out.error(t(`admin.backup.problem.${p.code}`, { ...p }));
}

export async function backupCommand(ctx: OfflineContext): Promise<number> {
  const { t, out, config } = ctx;
  const dest = path.resolve(ctx.arg ?? '');
  const started = Date.now();
  let manifest;
  try {
    manifest = await takeBackup(config, dest, { now: ctx.now });
  } catch (e) {
    if (!(e instanceof BackupError)) throw e;
    out.error(t(`admin.backup.${e.code}`, { path: e.detail }));
    return 1;
  }
  const bytes = manifest.files.reduce((sum, f) => sum + f.size, 0);
  out.line(t('admin.backup.done', { dir: dest, files: manifest.files.length, size: megabytes(bytes), seconds: ((Date.now() - started) / 1000).toFixed(1) }));
  out.line(t('admin.backup.level', { tag: manifest.migrations.lastTag, applied: manifest.migrations.applied, communes: manifest.communes.join(', ') || '—' }));
  if (manifest.key === 'none') out.line(t('admin.backup.noKey'));
  else out.line(t('admin.backup.keyWarning'));
  if (manifest.store === 'postgres') {
    const commands = postgresCommands(dest);
    out.line(t('admin.backup.postgres', { dump: commands.dump, restore: commands.restore }));
  }
  return 0;
}

export async function verifyBackupCommand(ctx: OfflineContext): Promise<number> {
  const { t, out, config } = ctx;
  const dir = path.resolve(ctx.arg ?? '');
  const checked = await checkBackup(config, dir);
  if (!checked.ok) {
    sayProblems(ctx, checked.problems);
    out.error(t('admin.backup.verifyFailed', { dir }));
    return 1;
  }
  const { manifest } = checked;
  out.line(t('admin.backup.verified', { dir, files: manifest.files.length, at: manifest.createdAt, tag: manifest.migrations.lastTag, communes: manifest.communes.join(', ') || '—' }));
  return 0;
}

export async function restoreCommand(ctx: OfflineContext): Promise<number> {
  const { t, out, config, values } = ctx;
  const dir = path.resolve(ctx.arg ?? '');
  const started = Date.now();
  const outcome = await restoreBackup(config, dir, { force: values.force, now: ctx.now });
  if (!outcome.ok) {
    sayProblems(ctx, outcome.problems);
    out.error(t('admin.backup.restoreRefused'));
    return 1;
  }
  const { result } = outcome;
  out.line(t('admin.backup.restored', { dir: config.dataDir, files: result.files, at: result.manifest.createdAt, seconds: ((Date.now() - started) / 1000).toFixed(1) }));
  if (result.setAside) out.line(t('admin.backup.setAside', { dir: result.setAside }));
  if (result.manifest.store === 'postgres') out.line(t('admin.backup.postgresRestore', { restore: postgresCommands(dir).restore }));
  return 0;
}

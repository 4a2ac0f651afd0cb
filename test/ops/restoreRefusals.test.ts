/**
 * Each refusal of restore (and of verify-backup): a damaged file, a missing file, a manifest of
 * another format, migrations newer than this code, another SECRET_KEY, a data folder that already
 * holds data, an instance running on it. Each through the admin command: exit code 1 and nothing
 * written in the target folder. With --force, the replaced files are set aside, not deleted.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fixedClock } from '../../src/domain/clock';
import { main } from '../../src/admin/cli';
import { buildCore, type Core } from '../../src/index';
import { loadConfig } from '../../src/config';
import { DiskFileStore } from '../../src/files';
import { restoreBackup } from '../../src/ops/restore';
import { ROOT, tempConfig } from '../support/harness';

const clock = fixedClock('2026-11-18T14:00:00Z');
const open: Core[] = [];
afterEach(async () => {
  for (const core of open.splice(0)) await core.close();
});

const envOf = (dataDir: string) => ({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', JOBS: 'off', PASSWORD_COST: '14' });

async function admin(args: string[], dataDir: string): Promise<{ code: number; err: string }> {
  let err = '';
  const code = await main(args, { stdout: { write: () => true }, stderr: { write: (t: string) => (err += t) }, env: envOf(dataDir), clock });
  return { code, err };
}

/** Every file under a folder with its content's hash: what « nothing written » compares. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(e.parentPath ?? e.path, e.name);
    if (e.isFile()) out[path.relative(dir, full)] = createHash('sha256').update(fs.readFileSync(full)).digest('hex');
  }
  return out;
}

/** A backup of a fresh instance with one uploaded paper. */
async function makeBackup(): Promise<string> {
  const config = tempConfig();
  const core = buildCore(config, clock);
  await new DiskFileStore(config.uploadsDir).save('requests', 'pdf', Buffer.from('%PDF-1.4'));
  await core.close();
  const dir = `${config.dataDir}-backup`;
  expect((await admin(['backup', dir], config.dataDir)).code).toBe(0);
  return dir;
}

const manifestOf = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const writeManifest = (dir: string, m: unknown) => fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m));
const emptyTarget = () => `${tempConfig().dataDir}-restored`;

/** Restore refused with exit code 1, verify-backup too, and the target left exactly as it was. */
async function expectRefused(backup: string, target: string, code: string, extra: string[] = []): Promise<void> {
  const before = snapshot(target);
  expect((await admin(['restore', backup, ...extra], target)).code).toBe(1);
  const outcome = await restoreBackup(loadConfig(envOf(target), ROOT), backup, { force: extra.includes('--force') });
  expect(!outcome.ok && outcome.problems.map((p) => p.code)).toEqual([code]);
  expect(snapshot(target)).toEqual(before);
  expect(fs.existsSync(target) && fs.readdirSync(target).some((n) => n.startsWith('replaced-'))).toBe(false);
}

it('a damaged file (one byte changed, same size) is refused', async () => {
  const backup = await makeBackup();
  const db = path.join(backup, 'database.sqlite');
  const bytes = fs.readFileSync(db);
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
  fs.writeFileSync(db, bytes);
  await expectRefused(backup, emptyTarget(), 'damagedFile');
  expect((await admin(['verify-backup', backup], emptyTarget())).code).toBe(1);
});

it('a missing file (the uploaded paper) is refused', async () => {
  const backup = await makeBackup();
  const upload = manifestOf(backup).files.find((f: { path: string }) => f.path.startsWith('uploads/')).path as string;
  fs.rmSync(path.join(backup, upload));
  await expectRefused(backup, emptyTarget(), 'missingFile');
});

it('a folder without manifest, a manifest of another format, or one naming a path outside the backup is refused', async () => {
  const backup = await makeBackup();
  const manifest = manifestOf(backup);
  writeManifest(backup, { ...manifest, format: 'espace-citoyens/backup/2' });
  await expectRefused(backup, emptyTarget(), 'otherFormat');
  writeManifest(backup, { ...manifest, files: [...manifest.files, { path: '../secret.key', size: 1, sha256: '0'.repeat(64) }] });
  await expectRefused(backup, emptyTarget(), 'badManifest');
  fs.rmSync(path.join(backup, 'manifest.json'));
  await expectRefused(backup, emptyTarget(), 'noManifest');
});

it('a backup whose database has migrations newer than this code is refused', async () => {
  const backup = await makeBackup();
  const manifest = manifestOf(backup);
  writeManifest(backup, { ...manifest, migrations: { ...manifest.migrations, lastWhen: manifest.migrations.lastWhen + 1000, lastTag: '0099_future' } });
  await expectRefused(backup, emptyTarget(), 'newerMigrations');
});

it('a backup whose key is not SECRET_KEY is refused', async () => {
  const backup = await makeBackup();
  const target = emptyTarget();
  const config = loadConfig({ ...envOf(target), SECRET_KEY: 'ab'.repeat(32) }, ROOT);
  expect(await restoreBackup(config, backup)).toEqual({ ok: false, problems: [{ code: 'keyMismatch' }] });
  expect(fs.existsSync(target)).toBe(false);
});

it('a data folder holding a database is refused without --force; with it, the former files are set aside', async () => {
  const backup = await makeBackup();
  const config = tempConfig();
  const core = buildCore(config, clock);
  await core.close();
  const formerKey = fs.readFileSync(path.join(config.dataDir, 'secret.key'), 'utf8');
  await expectRefused(backup, config.dataDir, 'occupied');
  expect((await admin(['restore', backup, '--force'], config.dataDir)).code).toBe(0);
  const aside = fs.readdirSync(config.dataDir).find((n) => n.startsWith('replaced-'))!;
  expect(fs.readFileSync(path.join(config.dataDir, aside, 'secret.key'), 'utf8')).toBe(formerKey);
  expect(fs.existsSync(path.join(config.dataDir, aside, 'espace-citoyens.sqlite'))).toBe(true);
  expect(fs.readFileSync(path.join(config.dataDir, 'secret.key'), 'utf8')).toBe(fs.readFileSync(path.join(backup, 'secret.key'), 'utf8'));
});

it('an instance running on the data folder refuses the restore, even with --force', async () => {
  const backup = await makeBackup();
  const config = tempConfig();
  open.push(buildCore(config, clock));
  await expectRefused(backup, config.dataDir, 'running', ['--force']);
});

it('a backup into a folder that is not empty is refused, and the folder is left as it was', async () => {
  const config = tempConfig();
  buildCore(config, clock).close();
  const dest = `${config.dataDir}-backup`;
  fs.mkdirSync(dest);
  fs.writeFileSync(path.join(dest, 'notes.txt'), 'x');
  expect((await admin(['backup', dest], config.dataDir)).code).toBe(1);
  expect(fs.readdirSync(dest)).toEqual(['notes.txt']);
});

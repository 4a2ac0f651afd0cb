/**
 * A backup folder's manifest (`manifest.json`): its format, when it was taken, the store, the
 * migration level of the database, the communes, and every file with its size and SHA-256.
 * Reading a manifest and checking a folder against it write nothing.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const BACKUP_FORMAT = 'espace-citoyens/backup/1';
export const MANIFEST_FILE = 'manifest.json';
/** The database's copy in a SQLite backup. */
export const DATABASE_COPY = 'database.sqlite';
export const KEY_COPY = 'secret.key';

const FileSchema = z.object({
  // Relative, forward slashes, no way out of the folder: the database, the key, the sandbox's keys or an upload.
  path: z.string().regex(/^(database\.sqlite|secret\.key|paybox-sandbox\/[\w.-]+|uploads\/[a-z0-9]+\/[\w.-]+)$/).refine((p) => !p.split('/').includes('..')),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const ManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.string().datetime(),
  store: z.enum(['sqlite', 'postgres']),
  /** The database's migrations: how many applied, the last one's journal timestamp and tag (as this code named it when backing up). */
  migrations: z.object({ applied: z.number().int().min(0), lastWhen: z.number().int().min(0), lastTag: z.string() }),
  communes: z.array(z.string()),
  /** Where the key came from: DATA_DIR/secret.key, the SECRET_KEY setting, or none (no key yet). */
  key: z.enum(['secret.key', 'SECRET_KEY', 'none']),
  files: z.array(FileSchema),
});

export type BackupManifest = z.infer<typeof ManifestSchema>;
export type BackupFile = z.infer<typeof FileSchema>;

/** Why a backup folder cannot be restored (restore.refused.<code> in the locales). */
export type BackupProblem =
  | { code: 'noManifest' }
  | { code: 'badManifest' }
  | { code: 'otherFormat'; format: string }
  | { code: 'missingFile'; file: string }
  | { code: 'damagedFile'; file: string };

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The size and SHA-256 of each file (paths relative to `root`, with forward slashes). */
export async function describeFiles(root: string, relPaths: string[]): Promise<BackupFile[]> {
  const files: BackupFile[] = [];
  for (const rel of relPaths) {
    const full = path.join(root, ...rel.split('/'));
    files.push({ path: rel, size: fs.statSync(full).size, sha256: await sha256File(full) });
  }
  return files;
}

/** Writes the manifest last, under a temporary name then renamed: a folder without one is an unfinished backup. */
export function writeManifest(dir: string, manifest: BackupManifest): void {
  const temp = path.join(dir, `${MANIFEST_FILE}.tmp`);
  fs.writeFileSync(temp, `${JSON.stringify(ManifestSchema.parse(manifest), null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(temp, path.join(dir, MANIFEST_FILE));
}

export function readManifest(dir: string): { ok: true; manifest: BackupManifest } | { ok: false; problem: BackupProblem } {
  const file = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(file)) return { ok: false, problem: { code: 'noManifest' } };
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return { ok: false, problem: { code: 'badManifest' } };
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (typeof format === 'string' && format !== BACKUP_FORMAT) return { ok: false, problem: { code: 'otherFormat', format } };
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: { code: 'badManifest' } };
  const paths = parsed.data.files.map((f) => f.path);
  if (new Set(paths).size !== paths.length) return { ok: false, problem: { code: 'badManifest' } };
  return { ok: true, manifest: parsed.data };
}

/** Every file of the manifest present, with its size and checksum; the problems otherwise (all of them). */
export async function checkFiles(dir: string, manifest: BackupManifest): Promise<BackupProblem[]> {
  const problems: BackupProblem[] = [];
  for (const f of manifest.files) {
    const full = path.join(dir, ...f.path.split('/'));
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    if (!stat?.isFile()) problems.push({ code: 'missingFile', file: f.path });
    else if (stat.size !== f.size || (await sha256File(full)) !== f.sha256) problems.push({ code: 'damagedFile', file: f.path });
  }
  return problems;
}

/** Uploaded papers as files under DATA_DIR/uploads/<household>/, named by a random id, never by the resident. */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FileStore } from './domain/documents';

export class DiskFileStore implements FileStore {
  constructor(private readonly root: string) {}

  async save(householdId: number, ext: string, bytes: Uint8Array): Promise<string> {
    const dir = path.join(this.root, String(householdId));
    await fs.mkdir(dir, { recursive: true });
    const file = path.join(dir, `${randomUUID()}.${ext}`);
    await fs.writeFile(file, bytes, { mode: 0o600, flag: 'wx' });
    return path.relative(this.root, file);
  }
}

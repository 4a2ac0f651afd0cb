/** Uploaded papers as files under DATA_DIR/uploads/<household or requests>/, named by a random id, never by the resident. */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FileStore } from './domain/documents';

export class DiskFileStore implements FileStore {
  constructor(private readonly root: string) {}

  async save(folder: string, ext: string, bytes: Uint8Array): Promise<string> {
    if (!/^[a-z0-9]+$/.test(folder) || !/^[a-z]+$/.test(ext)) throw new Error('bad upload folder or extension');
    const dir = path.join(this.root, folder);
    await fs.mkdir(dir, { recursive: true });
    const file = path.join(dir, `${randomUUID()}.${ext}`);
    await fs.writeFile(file, bytes, { mode: 0o600, flag: 'wx' });
    return path.relative(this.root, file);
  }

  async read(storedPath: string): Promise<Uint8Array> {
    return fs.readFile(this.inside(storedPath));
  }

  async remove(storedPath: string): Promise<void> {
    await fs.rm(this.inside(storedPath), { force: true });
  }

  /** Only what this store wrote: a path that leaves the uploads folder is refused. */
  private inside(storedPath: string): string {
    const file = path.resolve(this.root, storedPath);
    if (!file.startsWith(path.resolve(this.root) + path.sep)) throw new Error('bad stored path');
    return file;
  }
}

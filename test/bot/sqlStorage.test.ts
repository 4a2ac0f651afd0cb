/** Conversation and user state in the database, with eTag concurrency. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../db/client';
import { StateRepository } from '../../db/repositories';
import { SqlStorage, StateConflictError } from '../../src/bot/sqlStorage';

let db: Db;
let storage: SqlStorage;
beforeEach(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'state-'));
  db = openDatabase({ file: path.join(dir, 'db.sqlite'), migrationsFolder: path.resolve(__dirname, '../../db/migrations') });
  storage = new SqlStorage(new StateRepository(db));
});
afterEach(() => db.$client.close());

describe('SqlStorage', () => {
  it('reads back what it wrote, with an eTag, and nothing for unknown keys', async () => {
    await storage.write({ 'conv/1': { step: 2, answers: ['a'] } });
    const items = await storage.read(['conv/1', 'conv/unknown']);
    expect(items['conv/1']).toMatchObject({ step: 2, answers: ['a'] });
    expect(typeof items['conv/1']?.eTag).toBe('string');
    expect(items['conv/unknown']).toBeUndefined();
  });

  it('refuses a write based on a stale read', async () => {
    await storage.write({ k: { n: 1 } });
    const first = await storage.read(['k']);
    const second = await storage.read(['k']);
    await storage.write({ k: { ...first.k, n: 2 } });
    await expect(storage.write({ k: { ...second.k, n: 3 } })).rejects.toBeInstanceOf(StateConflictError);
    expect((await storage.read(['k'])).k).toMatchObject({ n: 2 });
  });

  it('lets successive writes of the same item go through (the eTag follows the item)', async () => {
    await storage.write({ k: { n: 1 } });
    const item = (await storage.read(['k'])).k as { n: number };
    item.n = 2;
    await storage.write({ k: item });
    item.n = 3;
    await storage.write({ k: item });
    expect((await storage.read(['k'])).k).toMatchObject({ n: 3 });
  });

  it("overwrites whatever is stored with the '*' eTag", async () => {
    await storage.write({ k: { n: 1 } });
    await storage.write({ k: { n: 9, eTag: '*' } });
    expect((await storage.read(['k'])).k).toMatchObject({ n: 9 });
  });

  it('deletes', async () => {
    await storage.write({ a: { x: 1 }, b: { x: 2 } });
    await storage.delete(['a']);
    const items = await storage.read(['a', 'b']);
    expect(items.a).toBeUndefined();
    expect(items.b).toMatchObject({ x: 2 });
  });
});

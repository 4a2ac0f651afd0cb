/**
 * Conversation and user state in the database, with eTag concurrency: the same cases on SQLite and
 * on PostgreSQL (skipped without a server), two instances (two connections) included. A turn's two
 * states written together are one statement; a state's text is bound once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { openDatabase } from '../../db/client';
import { StateRepository } from '../../db/repositories';
import { postgresStore } from '../../db/postgresStore';
import { sqliteStore } from '../../db/sqliteStore';
import type { Store } from '../../db/store';
import { statementCounter, statementsRun } from '../../db/statementCount';
import { SqlStorage, StateConflictError } from '../../src/bot/sqlStorage';
import { describePostgres, freshDatabase, type FreshDatabase } from '../support/postgres';

const migrationsFolder = path.resolve(__dirname, '../../db/migrations');

/** A store and a second connection to the same database, as a second instance would have. */
interface Opened {
  store: Store;
  other: Store;
  close(): Promise<void>;
}

function cases(open: () => Promise<Opened>) {
  let opened: Opened;
  let store: Store;
  let storage: SqlStorage;
  beforeEach(async () => {
    opened = await open();
    store = opened.store;
    storage = new SqlStorage(new StateRepository(store));
  });
  afterEach(() => opened.close());

  describe('SqlStorage', () => {
    it('reads back what it wrote, with an eTag, and nothing for unknown keys', async () => {
      await storage.write({ 'conv/1': { step: 2, answers: ['a'] } });
      const items = await storage.read(['conv/1', 'conv/unknown']);
      expect(items['conv/1']).toMatchObject({ step: 2, answers: ['a'] });
      expect(typeof items['conv/1']?.eTag).toBe('string');
      expect(items['conv/unknown']).toBeUndefined();
    });

    it('writes a turn\'s two states over any eTag in one statement, each with its new eTag', async () => {
      await storage.write({ 'conv/2': { step: 1 } });
      const items = { 'conv/2': { step: 2, eTag: '*' }, 'user/2': { locale: 'en' } };
      const before = statementsRun();
      await storage.write(items);
      expect(statementsRun() - before).toBe(1);
      const read = await storage.read(['conv/2', 'user/2']);
      expect(read['conv/2']).toMatchObject({ step: 2, eTag: items['conv/2'].eTag });
      expect(read['user/2']).toMatchObject({ locale: 'en', eTag: (items['user/2'] as { eTag?: string }).eTag });
      expect(items['conv/2'].eTag).not.toBe(items['user/2'] && (items['user/2'] as { eTag?: string }).eTag);
    });

    it('binds a state\'s text once when it writes it, new or over a stored one, over any eTag or the expected one', async () => {
      const texts: number[] = [];
      const note = jest.spyOn(statementCounter, 'logQuery').mockImplementation((_query, params) => {
        texts.push(params.filter((v) => typeof v === 'string' && v.includes('"long"')).length);
      });
      try {
        const long = 'x'.repeat(4000);
        await storage.write({ 'conv/b': { long, n: 1 } });
        await storage.write({ 'conv/b': { long, n: 2, eTag: '*' } });
        const [read] = Object.values(await storage.read(['conv/b']));
        await storage.write({ 'conv/b': { ...read, n: 3 } });
        // The update takes the values proposed for the insert (excluded): the kilobytes go to the database once.
        expect(texts.filter((n) => n > 0)).toEqual([1, 1, 1]);
      } finally {
        note.mockRestore();
      }
      expect((await storage.read(['conv/b']))['conv/b']).toMatchObject({ n: 3 });
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

  describe('SqlStorage: eTags and keys in detail', () => {
    it('returns nothing for missing keys and for an empty key list', async () => {
      expect(await storage.read(['never/written'])).toEqual({});
      expect(await storage.read([])).toEqual({});
    });

    it('reads one, two or more keys at once, each its own row', async () => {
      await storage.write({ one: { n: 1 }, two: { n: 2 }, three: { n: 3 } });
      expect(await storage.read(['two'])).toEqual({ two: expect.objectContaining({ n: 2 }) });
      const [a, b] = await Promise.all([storage.read(['one']), storage.read(['three'])]);
      expect(a).toEqual({ one: expect.objectContaining({ n: 1 }) });
      expect(b).toEqual({ three: expect.objectContaining({ n: 3 }) });
      const all = await storage.read(['one', 'two', 'three', 'none']);
      expect(Object.keys(all).sort()).toEqual(['one', 'three', 'two']);
      expect(all.three).toMatchObject({ n: 3 });
    });

    it('gives a new eTag on every write, and sets it on the written item', async () => {
      const item: { n: number; eTag?: string } = { n: 1 };
      await storage.write({ k: item });
      const first = item.eTag;
      expect(first).toEqual((await storage.read(['k'])).k?.eTag);
      await storage.write({ k: item });
      expect(item.eTag).not.toBe(first);
      expect((await storage.read(['k'])).k?.eTag).toBe(item.eTag);
    });

    it('keeps the eTag out of the stored data', async () => {
      await storage.write({ k: { n: 1, eTag: '*' } });
      const { botState } = store.tables;
      const [row] = await store.db.select({ data: botState.data, etag: botState.etag }).from(botState).where(eq(botState.key, 'k'));
      if (!row) throw new Error('no row');
      expect(JSON.parse(row.data)).toEqual({ n: 1 });
      expect(row.etag).not.toBe('*');
    });

    it('names the key in the conflict, and leaves the stored item and the caller’s eTag as they were', async () => {
      await storage.write({ 'conv/42': { n: 1 } });
      const stored = (await storage.read(['conv/42']))['conv/42'] as { n: number; eTag: string };
      const stale = { n: 5, eTag: 'not-the-current-etag' };
      const error = await storage.write({ 'conv/42': stale }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StateConflictError);
      expect((error as StateConflictError).key).toBe('conv/42');
      expect((error as Error).name).toBe('StateConflictError');
      expect((error as Error).message).toContain('conv/42');
      expect(stale.eTag).toBe('not-the-current-etag');
      expect((await storage.read(['conv/42']))['conv/42']).toEqual(stored);
    });

    it("lets '*' overwrite after any number of other writes, and a write without eTag too", async () => {
      await storage.write({ k: { n: 1 } });
      await storage.write({ k: { n: 2 } });
      await storage.write({ k: { n: 3, eTag: '*' } });
      expect((await storage.read(['k'])).k).toMatchObject({ n: 3 });
      await storage.write({ k: { n: 4 } });
      expect((await storage.read(['k'])).k).toMatchObject({ n: 4 });
    });

    it('creates a key that does not exist yet whatever eTag comes with it', async () => {
      await storage.write({ fresh: { n: 1, eTag: 'from-elsewhere' } });
      expect((await storage.read(['fresh'])).fresh).toMatchObject({ n: 1 });
    });

    it('deletes unknown keys and empty lists without complaint, and a deleted key can be written again', async () => {
      await expect(storage.delete([])).resolves.toBeUndefined();
      await expect(storage.delete(['nothing/here'])).resolves.toBeUndefined();
      await storage.write({ k: { n: 1 } });
      const old = (await storage.read(['k'])).k as { eTag: string };
      await storage.delete(['k']);
      expect(await storage.read(['k'])).toEqual({});
      await storage.write({ k: { n: 2, eTag: old.eTag } });
      expect((await storage.read(['k'])).k).toMatchObject({ n: 2 });
    });
  });

  describe('SqlStorage: two instances on one database', () => {
    it('lets one of two writes based on the same read win, the other gets a conflict', async () => {
      await storage.write({ 'conv/9': { n: 1 } });
      const a = new SqlStorage(new StateRepository(store));
      const b = new SqlStorage(new StateRepository(opened.other));
      const [readA, readB] = [await a.read(['conv/9']), await b.read(['conv/9'])];
      const results = await Promise.allSettled([a.write({ 'conv/9': { ...readA['conv/9'], n: 2 } }), b.write({ 'conv/9': { ...readB['conv/9'], n: 3 } })]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(failed.reason).toBeInstanceOf(StateConflictError);
      const winner = results[0]!.status === 'fulfilled' ? 2 : 3;
      expect((await b.read(['conv/9']))['conv/9']).toMatchObject({ n: winner });
      expect((await a.read(['conv/9']))['conv/9']).toMatchObject({ n: winner });
    });

    it('creates a new key once when both instances write it at the same moment', async () => {
      const a = new SqlStorage(new StateRepository(store));
      const b = new SqlStorage(new StateRepository(opened.other));
      await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).write({ [`new/${i % 3}`]: { i } })));
      const items = await a.read(['new/0', 'new/1', 'new/2']);
      expect(Object.keys(items).sort()).toEqual(['new/0', 'new/1', 'new/2']);
    });
  });
}

describe('on SQLite', () => {
  cases(async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'state-')), 'db.sqlite');
    const [one, two] = [openDatabase({ file, migrationsFolder }), openDatabase({ file, migrationsFolder })];
    return {
      store: sqliteStore(one),
      other: sqliteStore(two),
      close: async () => {
        one.$client.close();
        two.$client.close();
      },
    };
  });

  it('keeps state in the database file, across a reopen', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'state-reopen-')), 'db.sqlite');
    const first = openDatabase({ file, migrationsFolder });
    await new SqlStorage(new StateRepository(sqliteStore(first))).write({ 'user/1': { profile: { communeId: 'chanteloup-les-vignes' } } });
    first.$client.close();
    const again = openDatabase({ file, migrationsFolder });
    try {
      const items = await new SqlStorage(new StateRepository(sqliteStore(again))).read(['user/1']);
      expect(items['user/1']).toMatchObject({ profile: { communeId: 'chanteloup-les-vignes' } });
    } finally {
      again.$client.close();
    }
  });
});

describePostgres('on PostgreSQL', () => {
  // One database for the file, emptied after each case: CREATE DATABASE waits for a checkpoint,
  // which under the load of a full run is slow.
  let opened: Promise<{ fresh: FreshDatabase; store: Store; other: Store }> | undefined;
  afterAll(async () => (await opened)?.fresh.drop());
  cases(async () => {
    opened ??= freshDatabase().then((fresh) => ({ fresh, store: postgresStore(fresh.db), other: postgresStore(fresh.another()) }));
    const { fresh, store, other } = await opened;
    return { store, other, close: async () => void (await fresh.db.execute(sql`truncate bot_state`)) };
  });
});

/**
 * The writes and reads of the sign-in and the confirmation that drizzle built at every call, now
 * prepared once on SQLite (db/prepared.ts): a sign-in link, the newest code, a try counted on a code,
 * the conversation's reference, a series' number, a queued message. Each writes the same rows as
 * before (defaults, nulls, JSON, the try refused at its max, numbers one after the other), and its
 * second call builds no SQL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { SQLiteDialect } from 'drizzle-orm/sqlite-core';
import { openDatabase } from '../../db/client';
import { demoDataLoader } from '../../db/demo/demoData';
import { AccountRepository } from '../../db/repositories/accountRepository';
import { ConversationRefRepository } from '../../db/repositories/conversationRefRepository';
import { takeNumbers } from '../../db/repositories/counters';
import { LinkTokenRepository } from '../../db/repositories/linkTokenRepository';
import { queueIn } from '../../db/repositories/outboxRepository';
import { TryRepository } from '../../db/repositories/tryRepository';
import { sqliteStore } from '../../db/sqliteStore';
import type { Store } from '../../db/store';
import { demoCommuneConfigs } from '../support/demoCommunes';

const ROOT = path.resolve(__dirname, '../..');
const AT = '2026-12-07T19:00:00.000Z';
const COMMUNE = 'carrieres-sous-poissy';

let store: Store;
let built: jest.SpyInstance;

beforeEach(async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'turn-writes-')), 'store.sqlite');
  store = sqliteStore(openDatabase({ file, migrationsFolder: path.join(ROOT, 'db/migrations') }));
  await store.write(demoDataLoader(path.join(ROOT, 'db/demo'), demoCommuneConfigs, '2026-12-07', store.tables));
  built = jest.spyOn(SQLiteDialect.prototype, 'sqlToQuery');
});
afterEach(() => {
  built.mockRestore();
  store.close();
});

/** How many statements drizzle built while `run` ran. */
async function builtBy(run: () => Promise<unknown>): Promise<number> {
  const before = built.mock.calls.length;
  await run();
  return built.mock.calls.length - before;
}

it('creates sign-in links with their defaults, and builds no SQL for the second', async () => {
  const links = new LinkTokenRepository(store);
  const link = (n: number) => ({ purpose: 'web_sign_in' as const, tokenHash: `hash-${n}`, communeId: COMMUNE, accountId: null, channelUser: `user-${n}`, expiresAt: AT, createdAt: AT });
  const first = await links.create(link(1));
  let second;
  expect(await builtBy(async () => (second = await links.create(link(2))))).toBe(0);
  for (const [made, n] of [[first, 1], [second, 2]] as const) {
    expect(made).toEqual({ id: expect.any(Number), purpose: 'web_sign_in', communeId: COMMUNE, accountId: null, channelUser: `user-${n}`, expiresAt: AT, usedAt: null, tries: 0, codeHash: null, codeExpiresAt: null, codeAttempts: 0, codeUsedAt: null, createdAt: AT });
  }
  expect(second!.id).toBe(first.id + 1);
});

it('reads the newest code, counts its tries up to the max, and builds no SQL once made', async () => {
  const accounts = new AccountRepository(store);
  const account = await accounts.create({ communeId: COMMUNE, email: 'lea@example.org', civility: null, firstName: 'Léa', lastName: 'TEST', phone: null, address: null });
  await accounts.addCode({ accountId: account.id, purpose: 'sign_in', codeHash: 'h1', expiresAt: AT, createdAt: AT });
  await accounts.addCode({ accountId: account.id, purpose: 'verify_email', codeHash: 'h2', expiresAt: AT, createdAt: AT });
  expect(await accounts.latestCode(account.id, ['sign_in'])).toMatchObject({ purpose: 'sign_in', codeHash: 'h1', attempts: 0, usedAt: null });
  let newest;
  expect(await builtBy(async () => (newest = await accounts.latestCode(account.id, ['sign_in', 'verify_email'])))).toBeGreaterThan(0);
  expect(newest).toMatchObject({ purpose: 'verify_email', codeHash: 'h2' });
  expect(await builtBy(() => accounts.latestCode(account.id, ['sign_in']))).toBe(0);
  expect(await accounts.latestCode(account.id + 1, ['sign_in'])).toBeUndefined();

  const tries = new TryRepository(store);
  const code = (await accounts.latestCode(account.id, ['sign_in']))!;
  const limit = { kind: 'emailCode' as const, id: code.id, max: 2 };
  expect(await tries.reserve([limit], AT)).toEqual({ ok: true, reservation: { auditIds: [], counters: [{ kind: 'emailCode', id: code.id }] }, used: [1] });
  let grant;
  expect(await builtBy(async () => (grant = await tries.reserve([limit], AT)))).toBe(0);
  expect(grant).toMatchObject({ ok: true, used: [2] });
  expect(await tries.reserve([limit], AT)).toEqual({ ok: false, refused: 0 });
  expect(await tries.reserve([{ ...limit, id: code.id + 100 }], AT)).toEqual({ ok: false, refused: 0 });
  expect((await accounts.latestCode(account.id, ['sign_in']))!.attempts).toBe(2);
});

it('writes the conversation reference, then over it, and builds no SQL for the second', async () => {
  const refs = new ConversationRefRepository(store);
  const ref = { channelId: 'webchat', userId: 'u1', conversationId: 'c1', communeId: null, accountId: null, reference: { a: 1 }, updatedAt: AT };
  await refs.save(ref);
  expect(await builtBy(() => refs.save({ ...ref, communeId: COMMUNE, reference: { a: 2 }, updatedAt: '2026-12-08T08:00:00.000Z' }))).toBe(0);
  const { conversationRefs } = store.tables;
  const rows = await store.db.select().from(conversationRefs).where(eq(conversationRefs.userId, 'u1'));
  expect(rows).toEqual([{ id: expect.any(Number), channelId: 'webchat', userId: 'u1', conversationId: 'c1', communeId: COMMUNE, accountId: null, reference: { a: 2 }, updatedAt: '2026-12-08T08:00:00.000Z' }]);
});

it('takes numbers one after the other and queues a message, building no SQL once made', async () => {
  const take = () => store.write((db) => takeNumbers(db, store, 'baskets', 'CSP-TEST'));
  expect(await take()).toBe(1);
  let n;
  expect(await builtBy(async () => (n = await take()))).toBe(0);
  expect(n).toBe(2);
  expect(await store.write((db) => takeNumbers(db, store, 'baskets', 'CSP-TEST', 3))).toBe(3);
  expect(await take()).toBe(6);

  const queue = (id: number) => store.write((db) => queueIn(db, store, [{ kind: 'bookingConfirmation', payload: { basketId: id } }], AT));
  await queue(1);
  expect(await builtBy(() => queue(2))).toBe(0);
  const { outbox } = store.tables;
  const rows = await store.db.select().from(outbox).orderBy(outbox.id);
  expect(rows.map(({ id: _, ...r }) => r)).toEqual([1, 2].map((basketId) => ({ kind: 'bookingConfirmation', payload: { basketId }, status: 'pending', attempts: 0, nextAttemptAt: AT, claimedAt: null, lastError: null, createdAt: AT, sentAt: null })));
});

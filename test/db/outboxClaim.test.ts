/**
 * The outbox's claim on SQLite (db/repositories/outboxRepository.ts): the due messages (pending and due,
 * or left sending by a sender that stopped) claimed oldest first, at most the limit, in one statement;
 * those not due are left, and a message claimed is not claimed again while it is fresh.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../../db/client';
import { OutboxRepository } from '../../db/repositories/outboxRepository';
import { sqliteStore } from '../../db/sqliteStore';
import { statementsRun } from '../../db/statementCount';
import type { Store } from '../../db/store';

const ROOT = path.resolve(__dirname, '../..');
let store: Store;

beforeEach(() => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-claim-')), 'store.sqlite');
  store = sqliteStore(openDatabase({ file, migrationsFolder: path.join(ROOT, 'db/migrations') }));
});
afterEach(() => store.close());

it('claims the due messages oldest first, at most the limit, in one statement', async () => {
  const { outbox } = store.tables;
  const row = (n: number, status: string, nextAttemptAt: string, claimedAt: string | null = null) => ({ kind: 'receipt', payload: { n }, status, attempts: 0, nextAttemptAt, claimedAt, createdAt: '2026-12-01T00:00:00.000Z' });
  await store.db.insert(outbox).values([
    row(1, 'pending', '2026-12-06T10:05:00.000Z'),
    row(2, 'pending', '2026-12-06T10:01:00.000Z'),
    row(3, 'pending', '2026-12-06T11:00:00.000Z'), // not due yet
    row(4, 'sending', '2026-12-06T09:00:00.000Z', '2026-12-06T09:30:00.000Z'), // left by a sender that stopped
    row(5, 'sending', '2026-12-06T09:00:00.000Z', '2026-12-06T09:58:00.000Z'), // being sent
    row(6, 'sent', '2026-12-06T08:00:00.000Z'),
    row(7, 'pending', '2026-12-06T10:01:00.000Z'),
  ]);
  const repo = new OutboxRepository(store);
  const now = '2026-12-06T10:10:00.000Z';
  const stale = '2026-12-06T09:55:00.000Z';
  const before = statementsRun();
  const first = await repo.claimDue(now, stale, 3);
  expect(statementsRun() - before).toBe(1);
  expect(first.map((m) => m.payload.n)).toEqual([4, 2, 7]);
  expect((await repo.claimDue(now, stale, 10)).map((m) => m.payload.n)).toEqual([1]);
  expect(await repo.claimDue(now, stale, 10)).toEqual([]);
  const statuses = await store.db.select({ id: outbox.id, status: outbox.status, claimedAt: outbox.claimedAt }).from(outbox).orderBy(outbox.id);
  expect(statuses.map((s) => s.status)).toEqual(['sending', 'sending', 'pending', 'sending', 'sending', 'sent', 'sending']);
  const [claimed] = await store.db.select().from(outbox).where(eq(outbox.id, 4));
  expect(claimed?.claimedAt).toBe(now);
});

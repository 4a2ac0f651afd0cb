/**
 * A basket's confirmation through its prepared queries (db/repositories/confirmQueries.ts): a day added
 * (late, with its surcharge, or on time), a day cancelled and billed, then the same day booked again
 * (its row changed in place), the basket settled with its reference and each change's outcome; a basket
 * confirmed twice says so. The same rows as the queries built each time wrote.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { openDatabase } from '../../db/client';
import { demoDataLoader } from '../../db/demo/demoData';
import { ReservationRepository } from '../../db/repositories/reservationRepository';
import { sqliteStore } from '../../db/sqliteStore';
import type { Store } from '../../db/store';
import type { BasketChange } from '../../src/domain/bookingPorts';
import { statementsRun } from '../../db/statementCount';
import { demoCommuneConfigs } from '../support/demoCommunes';

const ROOT = path.resolve(__dirname, '../..');
const AT = '2026-11-18T14:00:00.000Z';
const COMMUNE = 'carrieres-sous-poissy';

let store: Store;

beforeEach(async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'confirm-')), 'store.sqlite');
  store = sqliteStore(openDatabase({ file, migrationsFolder: path.join(ROOT, 'db/migrations') }));
  await store.write(demoDataLoader(path.join(ROOT, 'db/demo'), demoCommuneConfigs, '2026-11-18', store.tables));
});
afterEach(() => store.close());

it('adds, cancels and books again the days of baskets, and settles each basket', async () => {
  const { activities, baskets, children, households, reservations } = store.tables;
  const [activity] = await store.db.select({ id: activities.id }).from(activities).where(and(eq(activities.communeId, COMMUNE), eq(activities.code, 'canteen'))).limit(1);
  const [household] = await store.db.select({ id: households.id }).from(households).where(eq(households.communeId, COMMUNE)).limit(1);
  const [child] = (await store.db.insert(children).values({ householdId: household!.id, firstName: 'Léa', lastName: 'TEST', birthDate: '2018-01-01', level: 'elementaire' }).returning({ id: children.id })) as Array<{ id: number }>;
  const repo = new ReservationRepository(store);
  const change = (day: string, action: 'add' | 'remove', late = false, more: Partial<BasketChange> = {}): BasketChange => ({ childId: child!.id, day, action, late, surchargePercent: late ? 20 : 0, timing: late ? 'late:20' : 'onTime', ...more });
  const confirm = async (changes: BasketChange[]) => {
    const id = await repo.createBasket({ householdId: household!.id, accountId: null, activityId: activity!.id, changes, createdAt: AT });
    return { id, result: await repo.confirmBasket(id, 'CSP-RES-2026', undefined, AT) };
  };
  const day = async (d: string) => {
    const [row] = await store.db.select().from(reservations).where(and(eq(reservations.childId, child!.id), eq(reservations.day, d)));
    return row && { status: row.status, late: row.late, surchargePercent: row.surchargePercent, cancelledLate: row.cancelledLate, basketId: row.basketId, updatedAt: row.updatedAt };
  };

  const first = await confirm([change('2026-12-03', 'add', true), change('2026-12-04', 'add')]);
  expect(first.result).toMatchObject({ alreadyConfirmed: false, outcomes: ['added', 'added'] });
  expect(await day('2026-12-03')).toEqual({ status: 'confirmed', late: true, surchargePercent: 20, cancelledLate: false, basketId: first.id, updatedAt: AT });
  expect(await day('2026-12-04')).toEqual({ status: 'confirmed', late: false, surchargePercent: 0, cancelledLate: false, basketId: first.id, updatedAt: AT });
  const [settled] = await store.db.select().from(baskets).where(eq(baskets.id, first.id));
  expect(settled).toMatchObject({ status: 'confirmed', confirmedAt: AT, reference: first.result.reference });
  expect((settled!.changes as BasketChange[]).map((c) => c.outcome)).toEqual(['added', 'added']);

  const second = await confirm([change('2026-12-03', 'remove', false, { billed: true }), change('2026-12-05', 'remove')]);
  expect(second.result.outcomes).toEqual(['removed', 'notBooked']);
  expect(await day('2026-12-03')).toMatchObject({ status: 'cancelled', cancelledLate: true, basketId: second.id });

  const third = await confirm([change('2026-12-03', 'add', true), change('2026-12-04', 'add')]);
  expect(third.result.outcomes).toEqual(['added', 'already']);
  expect(await day('2026-12-03')).toEqual({ status: 'confirmed', late: true, surchargePercent: 20, cancelledLate: false, basketId: third.id, updatedAt: AT });
  expect((await store.db.select().from(reservations).where(eq(reservations.childId, child!.id))).length).toBe(2);

  expect(await repo.confirmBasket(third.id, 'CSP-RES-2026', undefined, AT)).toEqual({ reference: third.result.reference, alreadyConfirmed: true, outcomes: [], promoted: [] });
});

it("reads a basket's days in one statement, whatever their number, and reads again a day met twice", async () => {
  const { activities, children, households, reservations } = store.tables;
  const [activity] = await store.db.select({ id: activities.id }).from(activities).where(and(eq(activities.communeId, COMMUNE), eq(activities.code, 'canteen'))).limit(1);
  const [household] = await store.db.select({ id: households.id }).from(households).where(eq(households.communeId, COMMUNE)).limit(1);
  const kids = (await store.db
    .insert(children)
    .values(['Léa', 'Hugo'].map((firstName) => ({ householdId: household!.id, firstName, lastName: 'TEST', birthDate: '2018-01-01', level: 'elementaire' })))
    .returning({ id: children.id })) as Array<{ id: number }>;
  const repo = new ReservationRepository(store);
  const change = (childId: number, day: string, action: 'add' | 'remove' = 'add'): BasketChange => ({ childId, day, action, late: false, surchargePercent: 0, timing: 'onTime' });
  const statementsOf = async (changes: BasketChange[]) => {
    const id = await repo.createBasket({ householdId: household!.id, accountId: null, activityId: activity!.id, changes, createdAt: AT });
    const before = statementsRun();
    const result = await repo.confirmBasket(id, 'CSP-RES-2026', undefined, AT);
    return { statements: statementsRun() - before, outcomes: result.outcomes };
  };
  const [lea, hugo] = kids.map((k) => k.id);
  // The first confirmation starts the series' counter (statements of its own).
  await statementsOf([change(lea!, '2026-12-04')]);
  const two = await statementsOf([change(lea!, '2026-12-07'), change(hugo!, '2026-12-07')]);
  const six = await statementsOf([...['2026-12-08', '2026-12-10', '2026-12-11'].map((d) => change(lea!, d)), ...['2026-12-08', '2026-12-10', '2026-12-11'].map((d) => change(hugo!, d))]);
  expect([two.outcomes, six.outcomes]).toEqual([['added', 'added'], Array(6).fill('added')]);
  // Four days more: four inserts more, no read more.
  expect(six.statements - two.statements).toBe(4);
  // Already booked (Léa's 7th, read with the others), then added and taken back in the same basket (the second change sees the first's row).
  const again = await statementsOf([change(lea!, '2026-12-07'), change(hugo!, '2026-12-14'), change(hugo!, '2026-12-14', 'remove')]);
  expect(again.outcomes).toEqual(['already', 'added', 'removed']);
  const [taken] = await store.db.select().from(reservations).where(and(eq(reservations.childId, hugo!), eq(reservations.day, '2026-12-14')));
  expect(taken?.status).toBe('cancelled');
});

it('confirms a basket its caller read without reading it again, and claims it only if still open', async () => {
  const { activities, children, households, reservations } = store.tables;
  const [activity] = await store.db.select({ id: activities.id }).from(activities).where(and(eq(activities.communeId, COMMUNE), eq(activities.code, 'canteen'))).limit(1);
  const [household] = await store.db.select({ id: households.id }).from(households).where(eq(households.communeId, COMMUNE)).limit(1);
  const [child] = (await store.db.insert(children).values({ householdId: household!.id, firstName: 'Léa', lastName: 'TEST', birthDate: '2018-01-01', level: 'elementaire' }).returning({ id: children.id })) as Array<{ id: number }>;
  const repo = new ReservationRepository(store);
  const basketOf = async (day: string) => {
    const changes: BasketChange[] = [{ childId: child!.id, day, action: 'add', late: false, surchargePercent: 0, timing: 'onTime' }];
    const id = await repo.createBasket({ householdId: household!.id, accountId: null, activityId: activity!.id, changes, createdAt: AT });
    return { id, read: (await repo.getBasket(id))! };
  };
  const counted = async <T>(run: () => Promise<T>) => {
    const before = statementsRun();
    const result = await run();
    return { result, statements: statementsRun() - before };
  };
  await repo.confirmBasket((await basketOf('2026-12-03')).id, 'CSP-RES-2026', undefined, AT);
  const a = await basketOf('2026-12-07');
  const b = await basketOf('2026-12-08');
  const unread = await counted(() => repo.confirmBasket(a.id, 'CSP-RES-2026', undefined, AT));
  const read = await counted(() => repo.confirmBasket(b.id, 'CSP-RES-2026', undefined, AT, undefined, b.read));
  expect([unread.result.outcomes, read.result.outcomes]).toEqual([['added'], ['added']]);
  expect(unread.statements - read.statements).toBe(1);
  // Replaced since it was read (open): not claimed, nothing booked.
  const c = await basketOf('2026-12-09');
  await repo.replaceBasket(c.id);
  expect(await repo.confirmBasket(c.id, 'CSP-RES-2026', undefined, AT, undefined, c.read)).toMatchObject({ alreadyConfirmed: true, outcomes: [] });
  expect(await store.db.select().from(reservations).where(and(eq(reservations.childId, child!.id), eq(reservations.day, '2026-12-09')))).toEqual([]);
});

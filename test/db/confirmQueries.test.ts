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

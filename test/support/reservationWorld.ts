/**
 * The reservation service's tests' world (test/domain/reservations*.test.ts): a core on a new store
 * (SQLite, or PostgreSQL in that project) with a settable Paris clock on Tuesday 24 November 2026 at
 * 10:00, the Durand family's account linked to its file, its children and the activities; and what
 * those tests do with it: more families enrolled in the holidays, a booking confirmed, a day's status.
 */
import { sql } from 'drizzle-orm';
import { settableClock, type SettableClock } from '../../src/domain/clock';
import type { Account, Commune } from '../../src/domain/types';
import { openCore, type Core } from '../../src/index';
import { tempConfig } from './harness';
import { oneOf } from './sql';

const COMMUNE = 'carrieres-sous-poissy';

export interface ReservationWorld {
  core: Core;
  clock: SettableClock;
  commune: Commune;
  durand: Account;
  lea: number;
  hugo: number;
  canteen: number;
  wednesday: number;
  holidays: number;
}

/** An account of the family file, linked to it. */
export async function accountOf(core: Core, fileNumber: string, email: string): Promise<Account> {
  const repos = core.service.deps.repos;
  const household = await repos.households.findByFileNumber(COMMUNE, fileNumber);
  const created = await repos.accounts.create({ communeId: COMMUNE, email, civility: 'madame', firstName: 'X', lastName: household!.name, phone: null, address: null });
  await repos.accounts.linkHousehold(created.id, household!.id);
  return (await repos.accounts.get(created.id))!;
}

export async function openReservationWorld(): Promise<ReservationWorld> {
  const clock = settableClock('2026-11-24T09:00:00Z');
  const core = await openCore(tempConfig(), clock);
  const commune = await core.service.getCommune(COMMUNE);
  const durand = await accountOf(core, 'CSP-F-000101', 'francoise.durand@example.org');
  const children = await core.service.deps.repos.households.listChildren(durand.householdId!);
  const activities = await core.service.listActivities(COMMUNE);
  const activity = (code: string) => activities.find((a) => a.code === code)!.id;
  return {
    core,
    clock,
    commune,
    durand,
    lea: children.find((c) => c.firstName === 'Léa')!.id,
    hugo: children.find((c) => c.firstName === 'Hugo')!.id,
    canteen: activity('canteen'),
    wednesday: activity('wednesday'),
    holidays: activity('holidays'),
  };
}

/** Three more families at Carrières-sous-Poissy, each with one child enrolled in the holiday activities. */
export async function holidayFamilies(w: ReservationWorld): Promise<Array<{ account: Account; child: number }>> {
  const repos = w.core.service.deps.repos;
  const names = ['MARTIN', 'BERNARD', 'PETIT'];
  await repos.households.importFamilies(
    COMMUNE,
    names.map((name, i) => ({
      household: { communeId: COMMUNE, fileNumber: `CSP-F-90000${i}`, name, address: null, postalCode: null, city: null, quotientFamilial: 500 },
      representatives: [{ role: 'representative' as const, civility: 'madame', firstName: 'Anne', lastName: name, email: null, phone: null }],
      children: [{ firstName: `Enfant${i}`, lastName: name, birthDate: '2018-01-01', school: null, level: 'elementaire' as const, enrolments: [{ activityId: w.holidays, schoolYear: '2026-2027' }] }],
    })),
  );
  const families = [];
  for (const [i, name] of names.entries()) {
    const account = await accountOf(w.core, `CSP-F-90000${i}`, `${name.toLowerCase()}@example.org`);
    const child = (await repos.households.listChildren(account.householdId!))[0]!.id;
    families.push({ account, child });
  }
  return families;
}

/** The latest status of a child's day. */
export const dayStatus = async (core: Core, childId: number, day: string) =>
  (await oneOf<{ status: string }>(core, sql`select status from reservations where child_id = ${childId} and day = ${day} order by id desc limit 1`))?.status;

/** A basket of these days planned and confirmed. */
export async function bookDays(w: ReservationWorld, account: Account, activityId: number, wishes: Array<{ childId: number; day: string; action?: 'add' | 'remove' }>) {
  const basket = await w.core.service.reservations.planBasket(
    account,
    activityId,
    wishes.map((x) => ({ childId: x.childId, day: x.day, action: x.action ?? 'add' })),
  );
  const result = await w.core.service.reservations.confirmBasket(account, w.commune, basket.id);
  return { basket, result };
}

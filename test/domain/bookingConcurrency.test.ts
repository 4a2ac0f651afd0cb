/**
 * No double booking: two devices of the same family confirming baskets for the same day at once,
 * and one basket confirmed twice at once, leave one reservation and say what happened.
 */
import { sql } from 'drizzle-orm';
import { fixedClock } from '../../src/domain/clock';
import type { Account, Commune } from '../../src/domain/types';
import type { Core } from '../../src/index';
import { openTestCore, tempConfig } from '../support/harness';
import { oneOf, rowsOf } from '../support/sql';

let core: Core;
let commune: Commune;
let parents: Account[];
let lea: number;
let canteen: number;

beforeEach(async () => {
  core = await openTestCore(tempConfig(), fixedClock('2026-11-18T14:00:00Z'));
  const repos = core.service.deps.repos;
  commune = await core.service.getCommune('carrieres-sous-poissy');
  const household = await repos.households.findByFileNumber(commune.id, 'CSP-F-000101');
  parents = [];
  for (const email of ['francoise.durand@example.org', 'paul.durand@example.org']) {
    const created = await repos.accounts.create({ communeId: commune.id, email, civility: null, firstName: 'X', lastName: 'DURAND', phone: null, address: null });
    await repos.accounts.linkHousehold(created.id, household!.id);
    parents.push((await repos.accounts.get(created.id))!);
  }
  lea = (await repos.households.listChildren(household!.id)).find((c) => c.firstName === 'Léa')!.id;
  canteen = (await core.service.listActivities(commune.id)).find((a) => a.code === 'canteen')!.id;
});
afterEach(async () => {
  await core.close();
});

const rows = () => rowsOf(core, sql`select day, status from reservations order by day`);

it('two parents booking the same days at once: one reservation per day, the second told « already »', async () => {
  const wishes = [
    { childId: lea, day: '2026-12-03', action: 'add' as const },
    { childId: lea, day: '2026-12-04', action: 'add' as const },
  ];
  const [a, b] = await Promise.all(parents.map((p) => core.service.reservations.planBasket(p, canteen, wishes)));
  const [ra, rb] = await Promise.all([core.service.reservations.confirmBasket(parents[0]!, commune, a!.id), core.service.reservations.confirmBasket(parents[1]!, commune, b!.id)]);
  const outcomes = [ra, rb].map((r) => (r.kind === 'confirmed' ? r.lines.map((l) => l.outcome) : r.kind));
  expect(outcomes).toContainEqual(['added', 'added']);
  expect(outcomes).toContainEqual(['already', 'already']);
  expect(await rows()).toEqual([
    { day: '2026-12-03', status: 'confirmed' },
    { day: '2026-12-04', status: 'confirmed' },
  ]);
});

it('one basket confirmed twice at once is applied once, under one reference', async () => {
  const basket = await core.service.reservations.planBasket(parents[0]!, canteen, [{ childId: lea, day: '2026-12-03', action: 'add' }]);
  const results = await Promise.all([1, 2].map(() => core.service.reservations.confirmBasket(parents[0]!, commune, basket.id)));
  expect(results.map((r) => r.kind).sort()).toEqual(['alreadyConfirmed', 'confirmed']);
  expect(new Set(results.map((r) => (r.kind === 'changed' ? '' : r.reference)))).toEqual(new Set(['CSP-RES-2026-000001']));
  expect(await rows()).toEqual([{ day: '2026-12-03', status: 'confirmed' }]);
});

it('a booking and a cancellation of the same day from two devices: the later one wins, nothing is lost or duplicated', async () => {
  const booked = await core.service.reservations.planBasket(parents[0]!, canteen, [{ childId: lea, day: '2026-12-03', action: 'add' }]);
  await core.service.reservations.confirmBasket(parents[0]!, commune, booked.id);
  const cancel = await core.service.reservations.planBasket(parents[1]!, canteen, [{ childId: lea, day: '2026-12-03', action: 'remove' }]);
  const again = await core.service.reservations.planBasket(parents[0]!, canteen, [{ childId: lea, day: '2026-12-03', action: 'remove' }]);
  await core.service.reservations.confirmBasket(parents[1]!, commune, cancel.id);
  const second = await core.service.reservations.confirmBasket(parents[0]!, commune, again.id);
  expect(second.kind === 'confirmed' && second.lines.map((l) => l.outcome)).toEqual(['notBooked']);
  expect(await rows()).toEqual([{ day: '2026-12-03', status: 'cancelled' }]);
});

it('a basket of another household cannot be confirmed, and the refusal is audited', async () => {
  const basket = await core.service.reservations.planBasket(parents[0]!, canteen, [{ childId: lea, day: '2026-12-03', action: 'add' }]);
  const stranger = await core.service.deps.repos.accounts.create({ communeId: commune.id, email: 'x@example.org', civility: null, firstName: 'X', lastName: 'Y', phone: null, address: null });
  await expect(core.service.reservations.confirmBasket(stranger, commune, basket.id)).rejects.toMatchObject({ code: 'booking.unknownBasket' });
  expect(await rows()).toEqual([]);
  expect(await oneOf(core, sql`select cast(count(*) as integer) as n from audit_log where action = 'booking.refused'`)).toEqual({ n: 1 });
});

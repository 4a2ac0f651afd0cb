/**
 * 200 families each submit the same basket twice at the same moment, through two instances of the
 * service on one database (two connections, as two bot processes would be; the SQLite file, or
 * PostgreSQL in the PostgreSQL run): each basket is booked once, the other submit is told it already was, and no day is booked twice.
 */
import { seedResidents, bookingSentence } from '../../src/cli/bench/residents';
import { fixedClock } from '../../src/domain/clock';
import { sql } from 'drizzle-orm';
import { openCore, type Core } from '../../src/index';
import { oneOf } from '../support/sql';
import { tempConfig } from '../support/harness';

jest.setTimeout(60_000);
const WAVE = 25;
const clock = fixedClock('2026-11-18T14:00:00Z');
let cores: Core[] = [];
afterEach(async () => {
  await Promise.all(cores.map((c) => c.close()));
  cores = [];
});

it('books each of 200 baskets once when each is submitted twice at once', async () => {
  const config = tempConfig();
  const [a, b] = [await openCore(config, clock), await openCore(config, clock)];
  cores = [a, b];
  const residents = await seedResidents(a.store, 200);
  const canteen = (await a.service.listActivities('carrieres-sous-poissy')).find((x) => x.code === 'canteen' && x.level !== 'maternelle')!;
  const { days } = bookingSentence(canteen, a.service.schoolCalendarOf(canteen), clock.now(), 'Zoé');
  const commune = await a.service.getCommune('carrieres-sous-poissy');
  // Waves of 25 families (50 submits at once): each basket's two submits still race, and a loaded
  // machine does not leave a write waiting longer than the pool's connection timeout (5 s).
  const outcomes = [];
  for (let start = 0; start < residents.length; start += WAVE) {
    const baskets = await Promise.all(
      residents.slice(start, start + WAVE).map(async (r) => {
        const account = (await a.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', r.email))!;
        const child = (await a.service.deps.repos.households.listChildren(account.householdId!))[0]!;
        const basket = await a.service.reservations.planBasket(account, canteen.id, days.map((day) => ({ childId: child.id, day, action: 'add' as const })));
        return { account, basket };
      }),
    );
    outcomes.push(...(await Promise.all(baskets.flatMap(({ account, basket }) => [a, b].map((core) => core.service.reservations.confirmBasket(account, commune, basket.id))))));
  }
  const kinds = outcomes.map((o) => o.kind);
  expect(kinds.filter((k) => k === 'confirmed')).toHaveLength(200);
  expect(kinds.filter((k) => k === 'alreadyConfirmed')).toHaveLength(200);
  expect(await oneOf(b, sql`select cast(count(*) as integer) as n from baskets where status = 'confirmed'`)).toEqual({ n: 200 });
  expect(await oneOf(b, sql`select cast(count(*) as integer) as n from reservations where day in (${sql.join(days.map((d) => sql`${d}`), sql`, `)})`)).toEqual({ n: 200 * days.length });
  expect(await oneOf(b, sql`select cast(count(*) as integer) as n from (select child_id, day from reservations group by child_id, activity_id, day having count(*) > 1) twice`)).toEqual({ n: 0 });
  // Each basket got one reference, and the second submit was given the same one.
  const references = new Set(outcomes.map((o) => ('reference' in o ? o.reference : undefined)));
  expect(references.size).toBe(200);
});

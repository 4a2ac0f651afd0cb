/**
 * Test support: the whole app (startApp: server, jobs, adapters) on a new SQLite file copied from the
 * seeded database (test/support/harness.ts, seedDatabase), not migrated and loaded with the demo communes
 * again at each start. The tests whose subject is the start on an empty database (two instances at once,
 * the configuration's version, a locked or busy file) call startApp itself.
 */
import { systemClock, type Clock } from '../../src/domain/clock';
import type { Config } from '../../src/config';
import { startApp, type RunningApp } from '../../src/index';
import { seedDatabase } from './harness';

export async function startSeededApp(config: Readonly<Config>, clock: Clock = systemClock): Promise<RunningApp> {
  return startApp(await seedDatabase(config, clock), clock);
}

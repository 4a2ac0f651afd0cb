/**
 * Scheduled work under a lease in the database: two runs at once do the job once, a crashed run's
 * lease expires and the next run does only what is missing, failures are recorded; and the
 * agents' `jobs` and `run-job` commands.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { settableClock, type SettableClock } from '../../src/domain/clock';
import { openCore, type Core } from '../../src/index';
import { LEASE_MINUTES, jobDefinitions, runJob, type JobDefinition } from '../../src/jobs/scheduler';
import { createLogger } from '../../src/logger';
import { openTestCore, tempConfig } from '../support/harness';
import { oneOf, rowsOf } from '../support/sql';
import { runAdmin } from '../support/adminRun';

const silent = createLogger('silent');
let core: Core;
let clock: SettableClock;

beforeEach(async () => {
  clock = settableClock('2026-11-10T09:00:00Z');
  core = await openTestCore(tempConfig(), clock);
});
afterEach(async () => {
  await core.close();
});

/** The Durand family books two December canteen days; then it is 1 January 2027, 6:00 in Paris. */
async function bookDecember(): Promise<void> {
  const repos = core.service.deps.repos;
  const household = await repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
  const created = await repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: 'francoise.durand@example.org', civility: 'madame', firstName: 'Françoise', lastName: 'DURAND', phone: null, address: null });
  await repos.accounts.linkHousehold(created.id, household!.id);
  const account = (await repos.accounts.get(created.id))!;
  const lea = (await repos.households.listChildren(household!.id)).find((c) => c.firstName === 'Léa')!.id;
  const canteen = (await core.service.listActivities('carrieres-sous-poissy')).find((a) => a.code === 'canteen')!.id;
  const commune = await core.service.getCommune('carrieres-sous-poissy');
  const basket = await core.service.reservations.planBasket(account, canteen, [{ childId: lea, day: '2026-12-03', action: 'add' }, { childId: lea, day: '2026-12-04', action: 'add' }]);
  expect((await core.service.reservations.confirmBasket(account, commune, basket.id)).kind).toBe('confirmed');
  clock.advance((new Date('2027-01-01T05:00:00Z').getTime() - clock.now().getTime()) / 60_000);
}

/** A job that waits until released, counting its runs. */
function slowJob(name = 'slow') {
  let runs = 0;
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => (release = r));
  const job: JobDefinition = { name, schedule: '* * * * *', run: async () => { runs++; await gate; return { runs }; } };
  return { job, runs: () => runs, release: () => release() };
}

it('two runs of one job at the same moment (two instances) do it once; the other is told the job is busy', async () => {
  const slow = slowJob();
  // Both ask for the lease at once: which one gets it is the database's choice, not the order of the calls.
  const runs = [runJob(slow.job, core.service, silent, 'instance-a'), runJob(slow.job, core.service, silent, 'instance-b')];
  expect(await Promise.race(runs)).toEqual({ status: 'busy' });
  slow.release();
  const outcomes = await Promise.all(runs);
  expect(outcomes.map((o) => o.status).sort()).toEqual(['busy', 'done']);
  expect(outcomes.find((o) => o.status === 'done')).toEqual({ status: 'done', summary: '{"runs":1}' });
  expect(slow.runs()).toBe(1);
  // The lease is given back: a later run goes ahead.
  expect((await runJob(slow.job, core.service, silent, 'instance-b')).status).toBe('done');
});

it('the monthly invoicing run twice concurrently invoices each household once', async () => {
  await bookDecember();
  const invoicing = jobDefinitions(core.config, core.service, { tell: async () => true, remind: async () => true }).find((j) => j.name === 'invoicing') as JobDefinition;
  const outcomes = await Promise.all([runJob(invoicing, core.service, silent, 'a'), runJob(invoicing, core.service, silent, 'b')]);
  expect(outcomes.map((o) => o.status).sort()).toEqual(['busy', 'done']);
  const count = async () => (await oneOf<{ n: number }>(core, sql`select cast(count(*) as integer) as n from invoices where kind = 'monthly'`))?.n;
  expect(await count()).toBe(1);
  await runJob(invoicing, core.service, silent, 'a');
  expect(await count()).toBe(1);
});

it('a run that died keeps the lease until it expires; then the job runs again', async () => {
  const repo = core.service.deps.repos.jobs;
  // A process took the lease and died without giving it back.
  expect(await repo.acquire('slow', 'dead-process', clock.now().toISOString(), new Date(clock.now().getTime() + LEASE_MINUTES * 60_000).toISOString())).toBe(true);
  const slow = slowJob();
  slow.release();
  expect(await runJob(slow.job, core.service, silent, 'alive')).toEqual({ status: 'busy' });
  clock.advance(LEASE_MINUTES);
  expect((await runJob(slow.job, core.service, silent, 'alive')).status).toBe('done');
  expect(slow.runs()).toBe(1);
});

it('records a failure with its message, gives the lease back, and the next run goes ahead', async () => {
  let fail = true;
  const job: JobDefinition = { name: 'flaky', schedule: '* * * * *', run: async () => { if (fail) throw new Error('base indisponible'); return 'ok'; } };
  expect(await runJob(job, core.service, silent)).toEqual({ status: 'failed', error: 'base indisponible' });
  expect((await core.service.deps.repos.jobs.lastRuns()).find((r) => r.job === 'flaky')).toMatchObject({ status: 'failed', error: 'base indisponible' });
  fail = false;
  expect(await runJob(job, core.service, silent)).toEqual({ status: 'done', summary: '"ok"' });
  expect((await core.service.deps.repos.jobs.lastRuns()).find((r) => r.job === 'flaky')).toMatchObject({ status: 'done', summary: '"ok"' });
});

it('one commune whose invoicing fails does not stop the others; the run fails naming it', async () => {
  await bookDecember();
  const invoices = core.service.invoices;
  const original = invoices.runMonth.bind(invoices);
  invoices.runMonth = async (communeId: string, month: string) => {
    if (communeId === 'chanteloup-les-vignes') throw new Error('tarifs manquants');
    return original(communeId, month);
  };
  const invoicing = jobDefinitions(core.config, core.service, { tell: async () => true, remind: async () => true }).find((j) => j.name === 'invoicing') as JobDefinition;
  const outcome = await runJob(invoicing, core.service, silent);
  expect(outcome).toEqual({ status: 'failed', error: expect.stringContaining('chanteloup-les-vignes: tarifs manquants') });
  const communes = await rowsOf<{ c: string }>(core, sql`select distinct h.commune_id as c from invoices i join households h on h.id = i.household_id where i.kind = 'monthly'`);
  expect(communes.map((r) => r.c)).toContain('carrieres-sous-poissy');
});

describe('npm run admin -- jobs / run-job', () => {
  let dir: string;
  /** The instance's PostgreSQL database in the PostgreSQL run (none on SQLite). */
  let database: Record<string, string>;
  const env = () => ({ DATA_DIR: dir, LOG_LEVEL: 'silent', SECRET_KEY: 'ab'.repeat(32), JOBS: 'off', ...database });
  const run = (...argv: string[]) => runAdmin(argv, env());
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'admin-jobs-'));
    const { postgres } = tempConfig({ DATA_DIR: dir });
    database = postgres ? { DATABASE_URL: postgres.url } : {};
  });

  it('lists the jobs with their schedules, runs one now, then shows its last run', async () => {
    const before = await run('jobs');
    expect(before.code).toBe(0);
    expect(before.out).toContain('arrêtées dans cette configuration (JOBS=off)');
    expect(before.out).toContain('  invoicing : 0 6 1 * *');
    expect(before.out).toContain('  reconciliation : */10 * * * *');
    expect(before.out).toContain('  retention : 30 3 * * *');
    expect(before.out).toContain('jamais lancée');
    const ran = await run('run-job', 'reconciliation');
    expect(ran).toMatchObject({ code: 0, err: '' });
    expect(ran.out).toContain('Tâche reconciliation terminée : []');
    const after = await run('jobs');
    expect(after.out).toMatch(/reconciliation : \*\/10 \* \* \* \*\n {6}dernière exécution le .+ : terminée — \[\]/);
  });

  it('says what is wrong: no name, an unknown job, a job already running', async () => {
    const none = await run('run-job');
    expect(none.code).toBe(2);
    expect(none.err).toContain('Indiquez le nom de la tâche');
    const unknown = await run('run-job', 'rappels');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('La tâche « rappels » n\'existe pas. Tâches : invoicing, reconciliation, request-notices, reminders, outbox, retention, link-sweep.');
    // Another instance holds the lease.
    const other = await openCore(tempConfig({ DATA_DIR: dir, SECRET_KEY: 'ab'.repeat(32), ...database }));
    await other.service.deps.repos.jobs.acquire('reconciliation', 'other-instance', new Date().toISOString(), new Date(Date.now() + 60_000).toISOString());
    await other.close();
    const busy = await run('run-job', 'reconciliation');
    expect(busy.code).toBe(1);
    expect(busy.err).toContain('La tâche reconciliation est déjà en cours');
  });
});

it('renews the lease while a job runs longer than the lease, so no other instance starts it', async () => {
  const repo = core.service.deps.repos.jobs;
  const slow = slowJob('long');
  const running = runJob(slow.job, core.service, silent, 'instance-a', 20);
  await new Promise((r) => setTimeout(r, 30));
  // The run goes on past the lease's first end: renewed from the clock, it is still held.
  clock.advance(LEASE_MINUTES + 5);
  await new Promise((r) => setTimeout(r, 80));
  expect(await repo.acquire('long', 'instance-b', clock.now().toISOString(), new Date(clock.now().getTime() + 60_000).toISOString())).toBe(false);
  const lease = await oneOf<{ expires_at: string }>(core, sql`select expires_at from job_leases where job = 'long'`);
  expect(lease!.expires_at > clock.now().toISOString()).toBe(true);
  slow.release();
  expect((await running).status).toBe('done');
  expect(slow.runs()).toBe(1);
  // Given back at the end.
  expect(await repo.acquire('long', 'instance-b', clock.now().toISOString(), new Date(clock.now().getTime() + 60_000).toISOString())).toBe(true);
});

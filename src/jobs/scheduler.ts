/**
 * The one place that imports node-cron: each job is a plain function (src/jobs/*Job.ts) run on
 * its schedule, in Europe/Paris time. A failed run is logged and the next one happens as planned.
 * Every run, scheduled or asked for by `npm run admin -- run-job`, goes through runJob: it takes
 * the job's lease in the database first (so two runs, or two bot instances, never do the same
 * job at once), renews the lease while the job runs, records the run and its outcome, and gives
 * the lease back. A process that dies
 * mid-run leaves its lease to expire after LEASE_MINUTES; the jobs are written so that running
 * them again after a crash does not do anything twice (invoicing skips invoiced months,
 * reconciliation only looks at attempts still pending, the outbox sends only messages it claimed).
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import cron, { type ScheduledTask } from 'node-cron';
import type { Config } from '../config';
import type { MunicipalService } from '../domain/municipalService';
import type { DecisionTeller } from '../domain/requestService';
import type { Logger } from '../logger';
import { invoicingJob } from './invoicingJob';
import { reconciliationJob } from './reconciliationJob';
import { remindersJob } from './remindersJob';
import type { ReminderTeller } from '../domain/reminders';
import type { Notifier } from '../domain/payments';
import { outboxJob } from './outboxJob';
import { backupJob } from './backupJob';
import type Database from 'better-sqlite3';

export interface JobDefinition {
  name: string;
  schedule: string;
  run(): Promise<unknown>;
}

/**
 * `teller` speaks in the residents' conversations; with `notify`, the outbox's messages say a word there too.
 * `connection`: the bot's own SQLite connection, which the backup job copies from (without it, the file is opened).
 */
export function jobDefinitions(config: Readonly<Config>, service: MunicipalService, teller: DecisionTeller & ReminderTeller & Partial<Notifier>, connection?: Database.Database): JobDefinition[] {
  const backup = config.backup;
  return [
    { name: 'invoicing', schedule: config.jobs.invoicing, run: () => invoicingJob(service) },
    { name: 'reconciliation', schedule: config.jobs.reconciliation, run: () => reconciliationJob(service) },
    // Agents' decisions on requests, told in the residents' conversations (each claimed once).
    { name: 'request-notices', schedule: config.jobs.requestNotices, run: () => service.requests.tellDecisions(teller) },
    // Reminders due today planned once, then delivered once (chat held between 20:00 and 08:00, else e-mail).
    { name: 'reminders', schedule: config.jobs.reminders, run: () => remindersJob(service, teller) },
    // Receipts and other messages queued with the change they follow: sent, or tried again later (src/domain/outbox.ts).
    { name: 'outbox', schedule: config.jobs.outbox, run: () => outboxJob(service, teller) },
    // Transcripts, codes, sessions and profiles past their retention period (RETENTION_*_DAYS), every night.
    { name: 'retention', schedule: config.jobs.retention, run: async () => ({ ...(await service.retention.run()), oneTimeLinks: await service.oneTimeLinks.sweep() }) },
    // One-time links said in the web chat, taken out of its history once used or expired (src/domain/oneTimeLinks.ts).
    { name: 'link-sweep', schedule: config.jobs.linkSweep, run: () => service.oneTimeLinks.sweep() },
    // Dated backups under BACKUP_DIR, the BACKUP_KEEP newest kept (src/ops/backup.ts); only when BACKUP_DIR is set.
    ...(backup ? [{ name: 'backup', schedule: backup.schedule, run: () => backupJob(config, service.clock.now(), connection) }] : []),
  ];
}

export const LEASE_MINUTES = 30;
/** While a job runs, its lease is renewed this often (a third of its length), so a long run keeps it. */
export const RENEW_EVERY_MS = (LEASE_MINUTES / 3) * 60_000;

/** Who holds a lease: this host and process. */
export const THIS_PROCESS = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export type JobOutcome = { status: 'done'; summary: string } | { status: 'busy' } | { status: 'failed'; error: string };

/** Runs a job once under its lease, recording the run. 'busy' when another run holds the lease. */
export async function runJob(job: JobDefinition, service: MunicipalService, logger: Logger, holder = THIS_PROCESS, renewEveryMs = RENEW_EVERY_MS): Promise<JobOutcome> {
  const repo = service.deps.repos.jobs;
  const now = service.clock.now();
  const leaseEnd = () => new Date(service.clock.now().getTime() + LEASE_MINUTES * 60_000).toISOString();
  if (!(await repo.acquire(job.name, holder, now.toISOString(), leaseEnd()))) {
    logger.info('job.busy', { job: job.name });
    return { status: 'busy' };
  }
  const runId = await repo.startRun(job.name, holder, now.toISOString());
  // A run longer than the lease (a big invoicing month) must not let another instance start the same job.
  const renewal = setInterval(() => {
    repo.renew(job.name, holder, leaseEnd()).then(
      (held) => held || logger.warn('job.leaseLost', { job: job.name }),
      (e: unknown) => logger.warn('job.leaseRenewFailed', { job: job.name, error: e instanceof Error ? e.message : String(e) }),
    );
  }, renewEveryMs);
  renewal.unref();
  try {
    const summary = JSON.stringify((await job.run()) ?? null).slice(0, 2000);
    await repo.finishRun(runId, 'done', service.clock.now().toISOString(), summary);
    logger.info('job.done', { job: job.name });
    return { status: 'done', summary };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    await repo.finishRun(runId, 'failed', service.clock.now().toISOString(), error);
    logger.error('job.failed', { job: job.name, error });
    return { status: 'failed', error };
  } finally {
    clearInterval(renewal);
    await repo.release(job.name, holder);
  }
}

/** Schedules the jobs; returns a function that stops them. */
export function startJobs(jobs: JobDefinition[], service: MunicipalService, logger: Logger): () => void {
  for (const job of jobs) {
    if (!cron.validate(job.schedule)) throw new Error(`The schedule of the ${job.name} job is not a valid cron pattern: "${job.schedule}".`);
  }
  const tasks: ScheduledTask[] = jobs.map((job) =>
    cron.schedule(
      job.schedule,
      async () => {
        try {
          await runJob(job, service, logger);
        } catch (e) {
          // The database itself failed (the lease or the record): say so; the next run is as planned.
          logger.error('job.failed', { job: job.name, error: e instanceof Error ? e.message : String(e) });
        }
      },
      { timezone: 'Europe/Paris', name: job.name, noOverlap: true },
    ),
  );
  return () => {
    for (const task of tasks) void task.destroy();
  };
}

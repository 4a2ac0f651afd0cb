/**
 * The one place that imports node-cron: each job is a plain function (src/jobs/*Job.ts) run on
 * its schedule, in Europe/Paris time. A failed run is logged and the next one happens as planned.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Config } from '../config';
import type { MunicipalService } from '../domain/municipalService';
import type { Logger } from '../logger';
import { invoicingJob } from './invoicingJob';
import { reconciliationJob } from './reconciliationJob';

export interface JobDefinition {
  name: string;
  schedule: string;
  run(): Promise<unknown>;
}

export function jobDefinitions(config: Readonly<Config>, service: MunicipalService): JobDefinition[] {
  return [
    { name: 'invoicing', schedule: config.jobs.invoicing, run: () => invoicingJob(service) },
    { name: 'reconciliation', schedule: config.jobs.reconciliation, run: () => reconciliationJob(service) },
  ];
}

/** Schedules the jobs; returns a function that stops them. */
export function startJobs(jobs: JobDefinition[], logger: Logger): () => void {
  for (const job of jobs) {
    if (!cron.validate(job.schedule)) throw new Error(`The schedule of the ${job.name} job is not a valid cron pattern: "${job.schedule}".`);
  }
  const tasks: ScheduledTask[] = jobs.map((job) =>
    cron.schedule(
      job.schedule,
      async () => {
        try {
          await job.run();
          logger.info('job.done', { job: job.name });
        } catch (e) {
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

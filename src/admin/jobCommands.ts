/** The scheduled jobs, for the agents: `jobs` lists them with their last run (and the outbox's messages still to send), `run-job NAME` runs one now under its lease. */
import { jobDefinitions, runJob } from '../jobs/scheduler';
import { createLogger } from '../logger';
import type { CommandContext } from './commands';

export async function listJobs({ service, t, out, config, locale, teller }: CommandContext): Promise<number> {
  const runs = await service.deps.repos.jobs.lastRuns();
  const when = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Paris' }).format(new Date(iso));
  out.line(t(config.jobs.enabled ? 'admin.jobs.enabled' : 'admin.jobs.disabled'));
  for (const job of jobDefinitions(config, service, teller)) {
    out.line(t('admin.jobs.line', { name: job.name, schedule: job.schedule }));
    const last = runs.find((r) => r.job === job.name);
    out.line(last ? t(`admin.jobs.last.${last.status}`, { at: when(last.startedAt), detail: last.error ?? last.summary ?? '' }) : t('admin.jobs.never'));
    if (job.name === 'outbox') out.line(t('admin.jobs.outbox', { ...(await service.outbox.counts()) }));
  }
  return 0;
}

export async function runJobNow({ service, t, out, config, arg, teller }: CommandContext): Promise<number> {
  const jobs = jobDefinitions(config, service, teller);
  const job = jobs.find((j) => j.name === arg);
  if (!job) {
    out.error(t('admin.jobs.unknown', { name: arg, names: jobs.map((j) => j.name).join(', ') }));
    return 1;
  }
  const outcome = await runJob(job, service, createLogger('silent'));
  if (outcome.status === 'busy') out.error(t('admin.jobs.busy', { name: job.name }));
  else if (outcome.status === 'failed') out.error(t('admin.jobs.failed', { name: job.name, error: outcome.error }));
  else out.line(t('admin.jobs.done', { name: job.name, summary: outcome.summary }));
  return outcome.status === 'done' ? 0 : 1;
}

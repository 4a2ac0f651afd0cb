import { and, desc, eq, inArray, max, sql } from 'drizzle-orm';
import type { JobRepository as Port, JobRun } from '../../src/domain/ports';
import type { Db } from '../client';
import { jobLeases, jobRuns } from '../schema';

export class JobRepository implements Port {
  constructor(private readonly db: Db) {}

  async acquire(job: string, holder: string, now: string, until: string): Promise<boolean> {
    // One statement: insert the lease, or take it over only when it has expired.
    const result = this.db
      .insert(jobLeases)
      .values({ job, holder, expiresAt: until })
      .onConflictDoUpdate({ target: jobLeases.job, set: { holder, expiresAt: until }, setWhere: sql`${jobLeases.expiresAt} <= ${now}` })
      .run();
    return result.changes === 1;
  }

  async release(job: string, holder: string): Promise<void> {
    this.db.delete(jobLeases).where(and(eq(jobLeases.job, job), eq(jobLeases.holder, holder))).run();
  }

  async startRun(job: string, holder: string, at: string): Promise<number> {
    return this.db.insert(jobRuns).values({ job, holder, startedAt: at, status: 'running' }).returning({ id: jobRuns.id }).get().id;
  }

  async finishRun(id: number, status: 'done' | 'failed', at: string, text: string): Promise<void> {
    this.db
      .update(jobRuns)
      .set(status === 'done' ? { status, finishedAt: at, summary: text } : { status, finishedAt: at, error: text })
      .where(eq(jobRuns.id, id))
      .run();
  }

  async lastRuns(): Promise<JobRun[]> {
    const newest = this.db.select({ id: max(jobRuns.id) }).from(jobRuns).groupBy(jobRuns.job);
    return this.db
      .select()
      .from(jobRuns)
      .where(inArray(jobRuns.id, newest))
      .orderBy(desc(jobRuns.id))
      .all()
      .map((r) => ({ ...r, status: r.status === 'done' || r.status === 'failed' ? r.status : 'running' }));
  }
}

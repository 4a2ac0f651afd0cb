/** Job leases and runs, on either store (db/store.ts): two instances on one database never run a job at once. */
import { and, desc, eq, inArray, max, sql } from 'drizzle-orm';
import type { JobRepository as Port, JobRun } from '../../src/domain/ports';
import { change, rows, type Store } from '../store';

export class JobRepository implements Port {
  constructor(private readonly store: Store) {}

  async acquire(job: string, holder: string, now: string, until: string): Promise<boolean> {
    const { jobLeases } = this.store.tables;
    // One statement: insert the lease, or take it over only when it has expired.
    const result = await this.store.writeOne((db) =>
      change(
        db
          .insert(jobLeases)
          .values({ job, holder, expiresAt: until })
          .onConflictDoUpdate({ target: jobLeases.job, set: { holder, expiresAt: until }, setWhere: sql`${jobLeases.expiresAt} <= ${now}` }),
      ),
    );
    return result === 1;
  }

  async release(job: string, holder: string): Promise<void> {
    const { jobLeases } = this.store.tables;
    await this.store.writeOne((db) => change(db.delete(jobLeases).where(and(eq(jobLeases.job, job), eq(jobLeases.holder, holder)))));
  }

  async renew(job: string, holder: string, until: string): Promise<boolean> {
    const { jobLeases } = this.store.tables;
    const result = await this.store.writeOne((db) => change(db.update(jobLeases).set({ expiresAt: until }).where(and(eq(jobLeases.job, job), eq(jobLeases.holder, holder)))));
    return result === 1;
  }

  async startRun(job: string, holder: string, at: string): Promise<number> {
    const { jobRuns } = this.store.tables;
    const [row] = await this.store.writeOne((db) => rows(db.insert(jobRuns).values({ job, holder, startedAt: at, status: 'running' }).returning({ id: jobRuns.id })));
    return (row as { id: number }).id;
  }

  async finishRun(id: number, status: 'done' | 'failed', at: string, text: string): Promise<void> {
    const { jobRuns } = this.store.tables;
    await this.store.writeOne((db) =>
      change(
        db
          .update(jobRuns)
          .set(status === 'done' ? { status, finishedAt: at, summary: text } : { status, finishedAt: at, error: text })
          .where(eq(jobRuns.id, id)),
      ),
    );
  }

  async lastRuns(): Promise<JobRun[]> {
    const { jobRuns } = this.store.tables;
    const newest = this.store.db.select({ id: max(jobRuns.id) }).from(jobRuns).groupBy(jobRuns.job);
    const rows = await this.store.db.select().from(jobRuns).where(inArray(jobRuns.id, newest)).orderBy(desc(jobRuns.id));
    return rows.map((r) => ({ ...r, status: r.status === 'done' || r.status === 'failed' ? r.status : 'running' }));
  }
}

/**
 * Instances starting together on one new PostgreSQL database (skipped without a server): the
 * migrations are applied once and the demo data loaded once, and both instances answer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openCore, type Core } from '../../src/index';
import { tempConfig } from '../support/harness';
import { createDatabaseSync, describePostgres, PG_MIGRATIONS } from '../support/postgres';
import { oneOf } from '../support/sql';

let cores: Core[] = [];
afterEach(async () => {
  await Promise.all(cores.map((c) => c.close()));
  cores = [];
});

describePostgres('openCore on PostgreSQL', () => {
  it('migrates and loads the demo data once when three instances start at the same moment', async () => {
    const url = createDatabaseSync({ migrated: false });
    cores = await Promise.all([1, 2, 3].map(() => openCore(tempConfig({ DATABASE_URL: url, DEMO_DATA: 'true' }))));
    expect(cores.map((c) => c.store.kind)).toEqual(['postgres', 'postgres', 'postgres']);
    const count = async (table: string) => (await oneOf<{ n: number }>(cores[0]!, sql`select cast(count(*) as integer) as n from ${sql.identifier(table)}`))?.n;
    expect(await count('communes')).toBe(3);
    expect(await count('children')).toBe(4);
    // Each committed migration recorded once.
    const journal = JSON.parse(fs.readFileSync(path.join(PG_MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
    expect((await oneOf<{ n: number }>(cores[0]!, sql`select cast(count(*) as integer) as n from drizzle.__drizzle_migrations`))?.n).toBe(journal.entries.length);
    const lists = [];
    for (const core of cores) {
      await core.service.checkHealth();
      lists.push((await core.service.listCommunes()).map((c) => c.id));
    }
    expect(lists[0]).toHaveLength(3);
    expect(lists[0]).toContain('carrieres-sous-poissy');
    expect(lists[1]).toEqual(lists[0]);
    expect(lists[2]).toEqual(lists[0]);
  });

  it('keeps the data of an existing database at the next start', async () => {
    const url = createDatabaseSync();
    const first = await openCore(tempConfig({ DATABASE_URL: url, DEMO_DATA: 'true' }));
    await first.service.deps.repos.audit.append({ actor: 'system', action: 'test.kept', subject: 'start' }, '2026-11-23T10:00:00.000Z');
    await first.close();
    const again = await openCore(tempConfig({ DATABASE_URL: url, DEMO_DATA: 'true' }));
    cores = [again];
    expect(await again.service.deps.repos.audit.count('test.kept', 'start', '2026-11-23T00:00:00.000Z')).toBe(1);
    expect((await oneOf<{ n: number }>(again, sql`select cast(count(*) as integer) as n from communes`))?.n).toBe(3);
  });

  it('closes once when asked twice (a stop after a failed start, a test cleaning up)', async () => {
    const core = await openCore(tempConfig({ DATABASE_URL: createDatabaseSync(), DEMO_DATA: 'false' }));
    await Promise.all([core.close(), core.close()]);
    await expect(core.close()).resolves.toBeUndefined();
    await expect(core.service.checkHealth()).rejects.toThrow();
  });
});

it('closes the SQLite core once when asked twice', async () => {
  const core = await openCore(tempConfig({ DEMO_DATA: 'false' }));
  await core.close();
  await expect(core.close()).resolves.toBeUndefined();
  await expect(core.service.checkHealth()).rejects.toThrow();
});

/**
 * A database written by a newer version of the bot is refused at start, before anything is read
 * or written: drizzle's migrator would otherwise find « nothing to apply » and let this code run
 * against tables it does not know (after a rollback of the code without a restore of the data).
 *
 * Drizzle records each applied migration with its journal timestamp (`created_at` = the entry's
 * `when`); a recorded timestamp later than this code's last migration is a migration it lacks.
 */
import fs from 'node:fs';
import path from 'node:path';

interface JournalEntry {
  when: number;
  tag: string;
}

/** The migrations this code ships, from the folder's meta/_journal.json. */
export function shippedMigrations(migrationsFolder: string): JournalEntry[] {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries?: JournalEntry[] };
  return journal.entries ?? [];
}

export class DatabaseTooNewError extends Error {
  constructor(
    readonly unknownCount: number,
    readonly lastKnown: string,
  ) {
    super(
      `This database was upgraded by a newer version of the bot: it holds ${unknownCount} migration(s) this version does not know ` +
        `(its last is ${lastKnown}). Start the newer version again, or restore a backup taken before the upgrade (README, « Upgrades »).`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

/**
 * Throws when the database records migrations newer than the last one shipped.
 * `applied` are the `created_at` values of drizzle's migrations table (empty for a new database).
 */
export function refuseNewerDatabase(applied: readonly (number | string | bigint)[], shipped: readonly JournalEntry[]): void {
  const last = shipped.reduce((max, e) => Math.max(max, e.when), 0);
  const unknown = applied.map(Number).filter((when) => Number.isFinite(when) && when > last);
  if (unknown.length > 0) throw new DatabaseTooNewError(unknown.length, shipped.at(-1)?.tag ?? 'none');
}

/**
 * Whether every migration this code ships is applied (drizzle applies those later than the last
 * recorded): then a start runs no migrator, which reads and hashes every migration file and
 * opens a write transaction for nothing.
 */
export function isUpToDate(applied: readonly (number | string | bigint)[], shipped: readonly JournalEntry[]): boolean {
  const last = shipped.reduce((max, e) => Math.max(max, e.when), 0);
  return applied.length > 0 && Math.max(...applied.map(Number)) >= last;
}

/**
 * SQLite's side of backups: an online copy taken while the bot writes (SQLite's backup API),
 * what a copy holds (its migrations, its communes), and whether a running instance has the file open.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';

/** What a database copy holds, for the backup's manifest. */
export interface DatabaseFacts {
  /** The journal timestamps (`when`) of the migrations applied to it. */
  applied: number[];
  communes: string[];
}

/**
 * Copies the database at `source` (a file, or the bot's own open connection) into `dest`, a new file.
 * Given a file, the copy is one step, one read transaction: a consistent snapshot, and other
 * connections (the bot) keep writing meanwhile (WAL). Given the bot's own connection, the copy goes
 * `pagesPerStep` pages at a time, letting the bot's turns run in between; SQLite carries the bot's
 * writes through that same connection into the copy, so it is consistent too.
 * The copy is then left in rollback-journal mode (one self-contained file) and checked.
 */
export async function onlineBackup(source: string | Database.Database, dest: string, pagesPerStep = 4096): Promise<DatabaseFacts> {
  const own = typeof source === 'string';
  const db = own ? new Database(source, { fileMustExist: true }) : source;
  try {
    if (own) db.pragma('busy_timeout = 5000');
    const step = own ? 0x7fffffff : pagesPerStep;
    await db.backup(dest, { progress: () => step });
  } finally {
    if (own) db.close();
  }
  const copy = new Database(dest, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`The copy of the database fails SQLite's check: ${String(check)}`);
    return databaseFacts(copy);
  } finally {
    copy.close();
  }
}

/** The migrations and communes of a database file, read without writing to it. */
export function readDatabaseFacts(file: string): DatabaseFacts {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return databaseFacts(db);
  } finally {
    db.close();
  }
}

function databaseFacts(db: Database.Database): DatabaseFacts {
  const has = (table: string) => !!db.prepare(`select 1 from sqlite_master where type = 'table' and name = ?`).get(table);
  const applied = has('__drizzle_migrations') ? (db.prepare('select created_at from __drizzle_migrations').all() as { created_at: number }[]).map((r) => Number(r.created_at)) : [];
  const communes = has('communes') ? (db.prepare('select id from communes order by id').all() as { id: string }[]).map((r) => r.id) : [];
  return { applied, communes };
}

/**
 * True when another connection (a running bot, an admin command) has the database open.
 * The bot keeps its connection open from start to stop, in WAL mode; a connection that asks for
 * SQLite's exclusive locking mode cannot get the file's exclusive lock while any other connection
 * holds it open, and the operating system frees the locks of a process that died, so a crashed
 * bot does not count as running. Only on one machine: locks over a network file system are not trusted.
 */
export function databaseInUse(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const probe = new Database(file, { fileMustExist: true });
  try {
    probe.pragma('busy_timeout = 0');
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE');
    probe.prepare('select count(*) from sqlite_master').get();
    probe.exec('ROLLBACK');
    return false;
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_BUSY' || (e as { code?: string }).code === 'SQLITE_LOCKED') return true;
    throw e;
  } finally {
    probe.close();
  }
}

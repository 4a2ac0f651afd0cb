/**
 * The local PostgreSQL server, asked synchronously (jest's configuration and test files decide
 * what to run when they are read): whether it answers, and a new database for a bot instance, with
 * the migrations already applied (TEST_STORE=postgres: the end-to-end tests run their instances on
 * PostgreSQL).
 * Plain JavaScript, so that jest.config.js can use it too.
 */
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const POSTGRES_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
/** Databases made for instances under test start with this; the project's teardown drops them. */
const INSTANCE_PREFIX = 'espace_instance_';
/**
 * The test run (jest's main process, which sets it for its workers): a database's name carries it,
 * so that a run's teardown drops its own databases and not those of another run going on beside it.
 */
if (!process.env.ECB_TEST_RUN) process.env.ECB_TEST_RUN = String(process.pid);
const RUN_PREFIX = `${INSTANCE_PREFIX}${process.env.ECB_TEST_RUN}_`;

function answers(url = POSTGRES_URL) {
  const { hostname, port } = new URL(url);
  const probe = `require('net').connect(${Number(port || 5432)}, ${JSON.stringify(hostname)}).on('connect', () => process.exit(0)).on('error', () => process.exit(1)).setTimeout(1000, () => process.exit(1))`;
  try {
    execFileSync(process.execPath, ['-e', probe], { stdio: 'ignore', timeout: 3000 });
    return true;
  } catch {
    return false;
  }
}

const PG_MIGRATIONS = path.join(__dirname, '..', '..', 'db', 'pg', 'migrations');
/** Migrated databases that instances are copied from start with this (kept between runs, one per state of the migrations). */
const TEMPLATE_PREFIX = 'espace_template_';
let template;

/** The template's name: from the committed migrations' SQL and journal, so a changed migration makes a new one. */
function templateName() {
  if (template) return template;
  const hash = crypto.createHash('sha1');
  const files = [path.join('meta', '_journal.json'), ...fs.readdirSync(PG_MIGRATIONS).filter((f) => f.endsWith('.sql')).sort()];
  for (const file of files) hash.update(`${file}\0`).update(fs.readFileSync(path.join(PG_MIGRATIONS, file))).update('\0');
  return (template = `${TEMPLATE_PREFIX}${hash.digest('hex').slice(0, 12)}`);
}

/**
 * Creates a database for an instance and returns its URL: a copy of a database with the committed
 * migrations applied (the template, built with the migrations by the first test that needs it and
 * kept for the next runs). The instance's own start then finds the migrations applied, as after a
 * restart, and loads its demo data for its clock's day. Migrating each instance's database took
 * about 0.7 s, copying the template about 0.17 s (measured on the local PostgreSQL 15). The
 * template is built under this run's prefix and renamed when complete, so a run that stops
 * half-way leaves nothing its teardown does not drop, and a copy is never taken of half a template.
 * If the copy fails for any reason (another process connected to the template at that moment),
 * the database is made empty and the instance applies the migrations itself, as before.
 * `migrated: false` gives an empty database, for the tests of the migrations at an instance's start.
 */
function createDatabaseSync({ migrated = true } = {}) {
  const name = `${RUN_PREFIX}${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  if (!migrated) createWithNode(name, false);
  else if (!copyWithPsql(name)) createWithNode(name, true);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Whether psql may be there (until a call finds it missing). */
let psql = true;

/**
 * psql itself where Debian installs it: /usr/bin/psql there is a Perl script (pg_wrapper) that finds the
 * client at each call, about 25 ms of CPU against 2 ms for psql alone (measured here), once per database.
 */
function psqlCommand() {
  const base = '/usr/lib/postgresql';
  try {
    for (const version of fs.readdirSync(base).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a))) {
      const file = path.join(base, version, 'bin', 'psql');
      if (fs.existsSync(file)) return file;
    }
  } catch {
    // No such folder: psql from the PATH.
  }
  return 'psql';
}
let psqlFile;

/**
 * The copy of the template by psql when it is installed (next to the server, as in CI): about 0.15 s
 * against 0.35–0.5 s for a node process that loads pg (measured on this 2-core machine under load).
 * False when psql is missing or the copy failed (no template yet): then node does it.
 */
function copyWithPsql(name) {
  if (!psql) return false;
  try {
    execFileSync((psqlFile ??= psqlCommand()), [POSTGRES_URL, '-qAtXw', '-v', 'ON_ERROR_STOP=1', '-c', `create database ${name} template ${templateName()}`], { stdio: 'ignore', timeout: 15000 });
    return true;
  } catch (e) {
    if (e.code === 'ENOENT') psql = false;
    return false;
  }
}

/** The copy by a node process with pg, which builds the template first when there is none (or an empty database). */
function createWithNode(name, migrated) {
  const building = `${RUN_PREFIX}${process.pid}_template_${Date.now()}`;
  const script = `const { Client, Pool } = require('pg');
    const { drizzle } = require('drizzle-orm/node-postgres');
    const { migrate } = require('drizzle-orm/node-postgres/migrator');
    const at = (db) => { const u = new URL(${JSON.stringify(POSTGRES_URL)}); u.pathname = '/' + db; return u.toString(); };
    const query = async (text) => { const c = new Client({ connectionString: ${JSON.stringify(POSTGRES_URL)} }); await c.connect(); try { await c.query(text); } finally { await c.end(); } };
    async function buildTemplate() {
      await query('create database ${building}');
      const pool = new Pool({ connectionString: at('${building}'), max: 1 });
      try { await migrate(drizzle(pool), { migrationsFolder: ${JSON.stringify(PG_MIGRATIONS)} }); } finally { await pool.end(); }
      // Another test may have built it meanwhile: then this one is left to the run's teardown.
      await query('alter database ${building} rename to ${templateName()}').catch((e) => { if (e.code !== '42P04') throw e; });
    }
    async function copy() {
      try {
        await query('create database ${name} template ${templateName()}');
      } catch (e) {
        if (e.code !== '3D000') throw e;
        await buildTemplate();
        await query('create database ${name} template ${templateName()}');
      }
    }
    (${migrated} ? copy() : Promise.reject()).catch(() => query('create database ${name}')).catch((e) => { console.error(e.message); process.exit(1); });`;
  execFileSync(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 15000, cwd: __dirname });
}

/** Whether the run that made a database has ended (its process is gone), from the database's name. */
function orphaned(name) {
  const pid = Number(name.slice(INSTANCE_PREFIX.length).split('_')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return e.code === 'ESRCH';
  }
}

/** How many databases the teardown drops at once at most (connections held for a few seconds; the server allows 100). */
const DROP_AT_ONCE = 64;

/**
 * Drops the databases made for this run's tests (at the end of the run), those left by runs that
 * ended without their teardown, and the templates of migrations that are no longer these.
 *
 * Each DROP DATABASE waits for a checkpoint, and a checkpoint syncs to disk every file written
 * since the previous one, those of the databases about to be dropped too unless their drop came
 * first: so they are all asked at once, each on its own connection, as many together as the server
 * gives (up to DROP_AT_ONCE), and the checkpoint then has almost nothing left to sync. Measured on
 * the local PostgreSQL 15 under load: 40 new databases dropped in 0.8 s all at once, against 42 s
 * sixteen at a time and 70 s four at a time (as before); 40 at once with 8 others left 9.7 s.
 */
async function dropInstanceDatabases() {
  const { Client } = require('pg');
  const list = new Client({ connectionString: POSTGRES_URL });
  await list.connect();
  const { rows } = await list
    // The newest first: the oldest are the likeliest to have been synced by a checkpoint during the run already.
    .query('select datname from pg_database where datname like $1 or datname like $2 order by oid desc', [`${INSTANCE_PREFIX}%`, `${TEMPLATE_PREFIX}%`])
    .finally(() => list.end());
  const stale = (name) => (name.startsWith(TEMPLATE_PREFIX) ? name !== templateName() : name.startsWith(RUN_PREFIX) || orphaned(name));
  const names = rows.map((r) => r.datname).filter(stale);
  if (names.length === 0) return;
  // As many connections as the server gives (another run may hold some): at least one, or the error.
  const opened = await Promise.allSettled(
    Array.from({ length: Math.min(DROP_AT_ONCE, names.length) }, async () => {
      const c = new Client({ connectionString: POSTGRES_URL });
      await c.connect();
      return c;
    }),
  );
  const clients = opened.filter((o) => o.status === 'fulfilled').map((o) => o.value);
  if (clients.length === 0) throw opened[0].reason;
  try {
    for (let i = 0; i < names.length; i += clients.length) {
      await Promise.all(
        names.slice(i, i + clients.length).map((name, j) => {
          const drop = clients[j].query(`drop database if exists ${name} with (force)`);
          // Another branch's run may be copying its template at this moment: left to a later teardown.
          return name.startsWith(TEMPLATE_PREFIX) ? drop.catch(() => undefined) : drop;
        }),
      );
    }
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}

module.exports = { POSTGRES_URL, INSTANCE_PREFIX, RUN_PREFIX, answers, createDatabaseSync, dropInstanceDatabases };

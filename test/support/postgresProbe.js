/**
 * The local PostgreSQL server, asked synchronously (jest's configuration and test files decide
 * what to run when they are read): whether it answers, and a new empty database for a bot instance
 * to migrate (TEST_STORE=postgres: the end-to-end tests run their instances on PostgreSQL).
 * Plain JavaScript, so that jest.config.js can use it too.
 */
const { execFileSync } = require('node:child_process');

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

/** Creates an empty database and returns its URL. */
function createDatabaseSync() {
  const name = `${RUN_PREFIX}${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const script = `const { Client } = require('pg'); const c = new Client({ connectionString: ${JSON.stringify(POSTGRES_URL)} });
    c.connect().then(() => c.query('create database ${name}')).then(() => c.end()).catch((e) => { console.error(e.message); process.exit(1); });`;
  execFileSync(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 15000, cwd: __dirname });
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
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

/**
 * Drops the databases made for this run's tests (at the end of the run), and those left by runs
 * that ended without their teardown. Each DROP DATABASE waits for a checkpoint: four at a time, so
 * that their checkpoints are shared.
 */
async function dropInstanceDatabases() {
  const { Client } = require('pg');
  const list = new Client({ connectionString: POSTGRES_URL });
  await list.connect();
  const { rows } = await list.query('select datname from pg_database where datname like $1', [`${INSTANCE_PREFIX}%`]).finally(() => list.end());
  const names = rows.map((r) => r.datname).filter((name) => name.startsWith(RUN_PREFIX) || orphaned(name));
  const worker = async () => {
    const c = new Client({ connectionString: POSTGRES_URL });
    await c.connect();
    try {
      for (let name = names.pop(); name !== undefined; name = names.pop()) await c.query(`drop database if exists ${name} with (force)`);
    } finally {
      await c.end();
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

module.exports = { POSTGRES_URL, INSTANCE_PREFIX, RUN_PREFIX, answers, createDatabaseSync, dropInstanceDatabases };

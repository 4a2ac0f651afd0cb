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
  const name = `${INSTANCE_PREFIX}${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const script = `const { Client } = require('pg'); const c = new Client({ connectionString: ${JSON.stringify(POSTGRES_URL)} });
    c.connect().then(() => c.query('create database ${name}')).then(() => c.end()).catch((e) => { console.error(e.message); process.exit(1); });`;
  execFileSync(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 15000, cwd: __dirname });
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops every database made by createDatabaseSync (at the end of the run). */
async function dropInstanceDatabases() {
  const { Client } = require('pg');
  const c = new Client({ connectionString: POSTGRES_URL });
  await c.connect();
  try {
    const { rows } = await c.query('select datname from pg_database where datname like $1', [`${INSTANCE_PREFIX}%`]);
    for (const { datname } of rows) await c.query(`drop database if exists ${datname} with (force)`);
  } finally {
    await c.end();
  }
}

module.exports = { POSTGRES_URL, INSTANCE_PREFIX, answers, createDatabaseSync, dropInstanceDatabases };

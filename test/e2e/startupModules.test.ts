/**
 * What a start loads: the bot started as a real process (sources through
 * test/support/tsRegister.js) on a new data folder, then the libraries in its module cache once it
 * listens, before any request. Those only some requests use (botbuilder's HTTP side for Teams,
 * mail, PDF, the agents' CSV export, and on a restart the YAML parser of the commune files) and those of restify's plugins
 * the server does not use (request signing, static files, CPU checks) are absent, and so are the Bot Framework connector and
 * the number recognizer that botbuilder's indexes would load (src/deferredParts.ts); what the welcome needs (botbuilder-core, the dialogs, the card
 * templating for the menu card) is there, so the check cannot pass on an empty list. rate-limiter-flexible's
 * limiters are loaded from their own files, without its index (db/rateLimiterClasses.ts).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

jest.setTimeout(120_000);
const ROOT = path.resolve(__dirname, '..', '..');

/** The packages whose files are in the module cache once the bot listens. */
function packagesLoadedAtStart(dataDir: string): Promise<string[]> {
  const script = `
    const { main } = require(${JSON.stringify(path.join(ROOT, 'src', 'index.ts'))});
    main().then(async (app) => {
      const packages = new Set(Object.keys(require.cache).map((f) => f.match(/node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//)?.[1]).filter(Boolean));
      // rate-limiter-flexible's files by name (its index loads every limiter: Redis, Mongo…), as 'rate-limiter-flexible:<file>'.
      for (const f of Object.keys(require.cache)) { const m = f.match(/node_modules\\/rate-limiter-flexible\\/(.+)\\.js$/); if (m) packages.add('rate-limiter-flexible:' + m[1]); }
      process.stdout.write('PACKAGES ' + JSON.stringify([...packages]) + '\\n');
      await app.stop();
      process.exit(0);
    });`;
  const child = spawn(process.execPath, ['--no-deprecation', '-r', path.join(ROOT, 'test', 'support', 'tsRegister.js'), '-e', script], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', JOBS: 'off', PASSWORD_COST: '14' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('PACKAGES '));
      if (code !== 0 || !line) reject(new Error(`the bot exited with ${code} before listing its modules`));
      else resolve(JSON.parse(line.slice('PACKAGES '.length)) as string[]);
    });
  });
}

/** What restify's plugins the server does not use load: request signing, static files, CPU checks. */
const UNUSED_PLUGINS = ['http-signature', 'sshpk', 'send', 'pidusage'];
/** What botbuilder-core's index and the dialogs' prompts load for the Azure channels and choice prompts (src/deferredParts.ts). */
const DEFERRED_PARTS = ['botframework-connector', '@azure/msal-node', '@azure/identity', '@azure/core-rest-pipeline', 'axios', '@microsoft/recognizers-text-number'];

it('listens without the libraries the first reply does not need, and with those the welcome needs', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'start-modules-'));
  try {
    // A new data folder: the demo communes are read from their YAML files.
    const fresh = await packagesLoadedAtStart(dataDir);
    expect(fresh).toEqual(expect.arrayContaining(['botbuilder-core', 'botbuilder-dialogs', 'adaptivecards-templating', 'restify', 'yaml']));
    for (const lazy of ['botbuilder', 'botframework-streaming', 'nodemailer', 'pdfkit', 'csv-stringify', ...UNUSED_PLUGINS, ...DEFERRED_PARTS]) expect(fresh).not.toContain(lazy);
    // The SQLite limiter from its own file, without the package's index and its other limiters (db/rateLimiterClasses.ts).
    expect(fresh).toEqual(expect.arrayContaining(['rate-limiter-flexible:lib/RateLimiterSQLite', 'rate-limiter-flexible:lib/RateLimiterMemory']));
    for (const unused of ['index', 'lib/RateLimiterRedis', 'lib/RateLimiterMongo', 'lib/RateLimiterPostgres']) expect(fresh).not.toContain(`rate-limiter-flexible:${unused}`);
    // A restart: no commune file is read.
    const restart = await packagesLoadedAtStart(dataDir);
    expect(restart).toEqual(expect.arrayContaining(['botbuilder-core', 'botbuilder-dialogs', 'adaptivecards-templating', 'restify']));
    for (const lazy of ['botbuilder', 'botframework-streaming', 'nodemailer', 'pdfkit', 'csv-stringify', 'yaml', ...UNUSED_PLUGINS, ...DEFERRED_PARTS]) expect(restart).not.toContain(lazy);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

/**
 * Lets a child process run the TypeScript sources directly (`node -r test/support/tsRegister.js
 * src/index.ts`), for the tests that start the bot as a real process and kill it: each .ts file is
 * transpiled on load (no type-checking; `npm test` type-checks first), so no build is needed.
 *
 * Those tests start the bot a dozen times, and transpiling every source at each start took most of
 * each start (8–13 s on a loaded 2-core machine against 2.3 s for the built files). So each output
 * is kept in node_modules/.cache/ts-register (where tools keep their caches, never the process's
 * temporary directory, which some tests watch), under the hash of the source, its path,
 * TypeScript's version and the options: a start whose sources did not change reads them back and
 * does not even load TypeScript. A cache entry is written whole (renamed into place), so processes
 * starting together never read half a file.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const OPTIONS = { module: 'CommonJS', target: 'ES2022', esModuleInterop: true, sourceMap: false };
const CACHE = path.join(__dirname, '..', '..', 'node_modules', '.cache', 'ts-register');
const TS_VERSION = require('typescript/package.json').version;
let ts;

function transpile(source, filename) {
  ts ??= require('typescript');
  return ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: OPTIONS.esModuleInterop, sourceMap: OPTIONS.sourceMap },
  }).outputText;
}

function cached(source, filename) {
  const key = crypto.createHash('sha256').update(`${TS_VERSION}\0${JSON.stringify(OPTIONS)}\0${filename}\0${source}`).digest('hex');
  const file = path.join(CACHE, `${key}.js`);
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    // Not kept yet (or the folder is gone): transpiled below.
  }
  const output = transpile(source, filename);
  try {
    fs.mkdirSync(CACHE, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(partial, output);
    fs.renameSync(partial, file);
  } catch {
    // A read-only or full disk: the output is still used, only not kept.
  }
  return output;
}

require.extensions['.ts'] = (module, filename) => {
  module._compile(cached(fs.readFileSync(filename, 'utf8'), filename), filename);
};

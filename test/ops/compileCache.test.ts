/**
 * The modules' compiled code kept between starts (src/compileCache.ts): a process compiles its
 * modules and writes the file; the next reads it back for the modules whose text did not change
 * (their exports the same, require and __dirname as Node gives them), compiles again a module whose
 * text changed, and leaves a module with import() to Node.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-cache-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** One start: the main file installs the cache, loads the module, says what it got, writes the file. */
function start(): { cached: number; compiled: number; answer: string; here: string; other: string; eol: string } {
  const main = path.join(dir, 'main.js');
  fs.writeFileSync(main, `
require(${JSON.stringify(path.join(ROOT, 'test', 'support', 'tsRegister.js'))});
const cc = require(${JSON.stringify(path.join(ROOT, 'src', 'compileCache.ts'))});
cc.useCompileCache(require.main, __filename, ${JSON.stringify(path.join(dir, 'cache', 'code.bin'))});
const lib = require('./lib');
lib.eol().then(async (eol) => {
  const { cached, compiled } = cc.compileCacheCounts();
  console.log(JSON.stringify({ cached, compiled, answer: lib.answer(), here: lib.here, other: lib.other, eol }));
  await cc.saveCompileCache();
});
`);
  const out = execFileSync(process.execPath, ['--no-warnings', main], { cwd: dir, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() as string);
}

it('reads back the code of unchanged modules at the next start, and compiles a changed one again', () => {
  fs.writeFileSync(path.join(dir, 'other.js'), 'module.exports = 1;\n');
  const lib = (answer: string) => `exports.answer = () => ${JSON.stringify(answer)};
exports.here = __dirname;
exports.other = require.resolve('./other');
exports.eol = require('./dynamic').eol;
`;
  // import() works in the modules Node compiles itself.
  fs.writeFileSync(path.join(dir, 'dynamic.js'), "exports.eol = async () => JSON.stringify((await import('node:os')).EOL);\n");
  fs.writeFileSync(path.join(dir, 'lib.js'), lib('first'));
  const first = start();
  expect(first).toMatchObject({ cached: 0, answer: 'first', here: dir, other: path.join(dir, 'other.js'), eol: JSON.stringify(os.EOL) });
  expect(first.compiled).toBeGreaterThan(0);
  expect(fs.existsSync(path.join(dir, 'cache', 'code.bin'))).toBe(true);

  const second = start();
  expect(second).toMatchObject({ compiled: 0, cached: first.compiled, answer: 'first', here: dir, other: path.join(dir, 'other.js'), eol: JSON.stringify(os.EOL) });

  fs.writeFileSync(path.join(dir, 'lib.js'), lib('second'));
  const third = start();
  expect(third).toMatchObject({ compiled: 1, cached: first.compiled - 1, answer: 'second' });
});

/** One start whose main says which file `require('pkg')` led to; the tree's mark is the file `mark`. */
function startWithPackage(): string {
  const main = path.join(dir, 'main.js');
  fs.writeFileSync(main, `
require(${JSON.stringify(path.join(ROOT, 'test', 'support', 'tsRegister.js'))});
const cc = require(${JSON.stringify(path.join(ROOT, 'src', 'compileCache.ts'))});
cc.useCompileCache(require.main, __filename, ${JSON.stringify(path.join(dir, 'cache', 'code.bin'))}, [${JSON.stringify(path.join(dir, 'mark'))}]);
const which = require('./user').which;
cc.saveCompileCache().then(() => console.log(which));
`);
  return execFileSync(process.execPath, ['--no-warnings', main], { cwd: dir, encoding: 'utf8' }).trim().split('\n').pop() as string;
}

it('gives a require the file it led to at the previous start while the installed tree is the same, and searches again when its mark or the file changed', () => {
  const pkg = path.join(dir, 'node_modules', 'pkg');
  fs.mkdirSync(pkg, { recursive: true });
  const setMain = (main: string) => fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'pkg', main }));
  const mark = (seconds: number) => {
    fs.writeFileSync(path.join(dir, 'mark'), '');
    fs.utimesSync(path.join(dir, 'mark'), seconds, seconds);
  };
  fs.writeFileSync(path.join(pkg, 'a.js'), "exports.which = 'a';\n");
  fs.writeFileSync(path.join(pkg, 'b.js'), "exports.which = 'b';\n");
  fs.writeFileSync(path.join(dir, 'user.js'), "exports.which = require('pkg').which;\n");
  setMain('a.js');
  mark(1_000_000);
  expect(startWithPackage()).toBe('a');
  // Same tree: the kept answer, the package is not looked up again.
  setMain('b.js');
  expect(startWithPackage()).toBe('a');
  // Modules installed (the mark changed): searched again.
  mark(2_000_000);
  expect(startWithPackage()).toBe('b');
  // The kept file is gone: searched again.
  setMain('a.js');
  fs.rmSync(path.join(pkg, 'b.js'));
  expect(startWithPackage()).toBe('a');
});

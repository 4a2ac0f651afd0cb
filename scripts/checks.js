#!/usr/bin/env node
/**
 * `npm test`'s static checks: the type check (`npm run typecheck`) and the linter (`npm run lint`),
 * run side by side rather than one after the other. Each is single-threaded (about 28 s and 18 s of
 * CPU here), so on two cores the pair takes the longer of the two instead of their sum. Each one's
 * output is printed whole when it ends (never interleaved); the exit code is non-zero when either
 * failed, and jest then does not run.
 */
const { Buffer } = require('node:buffer');
const { spawn } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
/** A package's command-line script, from its package.json (eslint exports no other path). */
const bin = (pkg, name) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), require(`${pkg}/package.json`).bin[name]);
const checks = [
  { name: 'typecheck', args: [bin('typescript', 'tsc'), '-p', 'tsconfig.json', '--noEmit'] },
  { name: 'lint', args: [bin('eslint', 'eslint'), '.'] },
];

function run({ name, args }) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('error', (e) => out.push(Buffer.from(`${e.message}\n`)));
    child.on('close', (code) => {
      const text = Buffer.concat(out).toString();
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`${code === 0 ? 'ok' : 'FAILED'} ${name} (${seconds} s)\n${text}`);
      resolve(code === 0);
    });
  });
}

Promise.all(checks.map(run)).then((results) => {
  process.exitCode = results.every(Boolean) ? 0 : 1;
});

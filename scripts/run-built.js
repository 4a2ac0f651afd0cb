#!/usr/bin/env node
/**
 * Runs a compiled entry point of dist/, compiling first only when a source file is newer than the
 * last build (so `npm run understand` starts in well under a second once built).
 * Usage: node scripts/run-built.js dist/src/cli/understand.js [args...]
 */
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const stamp = path.join(root, 'dist', 'tsconfig.build.tsbuildinfo');
const newestSource = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).reduce((newest, e) => {
    const full = path.join(dir, e.name);
    const t = e.isDirectory() ? newestSource(full) : /\.(ts|json)$/.test(e.name) ? fs.statSync(full).mtimeMs : 0;
    return Math.max(newest, t);
  }, 0);
const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
const sources = Math.max(...['src', 'dialogs', 'cards', 'db'].map((d) => newestSource(path.join(root, d))), fs.statSync(path.join(root, 'tsconfig.json')).mtimeMs);
if (sources > built) {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json'), '--incremental'], { stdio: ['ignore', 2, 2] });
  fs.utimesSync(stamp, new Date(), new Date());
}
const [entry, ...args] = process.argv.slice(2);
const child = spawnSync(process.execPath, [path.resolve(root, entry), ...args], { stdio: 'inherit' });
process.exitCode = child.status ?? 1;

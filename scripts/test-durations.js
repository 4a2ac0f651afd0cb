#!/usr/bin/env node
/**
 * Writes test/support/durations.json, the test files' durations that order a jest run without jest's cache (CI):
 * from the JSON of a full run (`npm run jest -- --json --outputFile=run.json`, then `node scripts/test-durations.js run.json`).
 * A file run in both projects keeps its longer duration. Only the order matters (test/support/sequencer.js): the
 * durations of a run on a loaded machine serve as well as those of an idle one.
 */
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const run = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const seconds = {};
for (const file of run.testResults) {
  const name = path.relative(root, file.name).split(path.sep).join('/');
  seconds[name] = Math.max(seconds[name] ?? 0, Math.round((file.endTime - file.startTime) / 100) / 10);
}
const sorted = Object.fromEntries(Object.keys(seconds).sort().map((k) => [k, seconds[k]]));
fs.writeFileSync(path.join(root, 'test', 'support', 'durations.json'), `${JSON.stringify(sorted, null, 1)}\n`);
process.stdout.write(`${Object.keys(sorted).length} files\n`);

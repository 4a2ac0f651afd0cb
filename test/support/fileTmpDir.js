/**
 * A temporary folder per test file, under the run's (test/support/tmpRun.js): the test environment
 * (test/support/environment.js) points TMPDIR at it before the file starts, so that os.tmpdir() there and in
 * the processes it starts gives it, and removes it when the file has ended. The run's folder being in memory,
 * the 8 GB of a full run's data folders would otherwise stay there until its end.
 * What a worker keeps for its next files (the seeded database, test/support/harness.ts) is in the run's folder itself.
 */
const fs = require('node:fs');
const path = require('node:path');

/** Makes the file's folder and points TMPDIR at it; returns what `leave` needs, or undefined outside a run's folder. */
function enter() {
  const run = process.env.ECB_RUN_TMPDIR;
  if (!run) return undefined;
  const dir = fs.mkdtempSync(path.join(run, 'file-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return { dir, before };
}

/** TMPDIR as it was, and the file's folder removed (what a process it started may still hold goes with the run's). */
function leave(entered) {
  if (!entered) return;
  if (entered.before === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = entered.before;
  try {
    fs.rmSync(entered.dir, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // Left to the run's teardown.
  }
}

module.exports = { enter, leave };

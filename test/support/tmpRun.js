/**
 * Jest's global setup and teardown of the run's temporary folders. Every test makes its own
 * (a data folder per chat: about 20,000 folders and 8 GB in a full run); they are all made under one
 * folder of the run, through TMPDIR, which the workers inherit, and that folder is removed at the end.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecb-run-'));
  process.env.ECB_RUN_TMPDIR = dir;
  process.env.TMPDIR = dir;
}

function teardown() {
  const dir = process.env.ECB_RUN_TMPDIR;
  if (dir) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

module.exports = { setup, teardown };

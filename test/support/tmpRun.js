/**
 * Jest's global setup and teardown of the run's temporary folders. Every test makes its own
 * (a data folder per chat: about 20,000 folders and 8 GB in a full run); they are all made under one
 * folder of the run, through TMPDIR, which the workers inherit, and that folder is removed at the end.
 * Each test file's folders are in a folder of their own, removed when the file ends (test/support/fileTmpDir.js):
 * at most a few files' worth is there at once.
 *
 * The run's folder is in memory (/dev/shm) when there is one with room: each chat's SQLite database asked
 * the disk to sync about four times (the write-ahead log and the database at its close, the folder), about
 * 1.6 ms each on this machine's disk (3 ms with the other workers writing), against 0.07 ms in memory, and
 * its 8 GB were written to the disk for nothing. ECB_TEST_TMPDIR chooses another place.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** The memory folder, used when it has this much room at least (a file's folders take up to some 100 MB). */
const SHM = '/dev/shm';
const SHM_ROOM = 2 * 1024 ** 3;

function base() {
  if (process.env.ECB_TEST_TMPDIR) return process.env.ECB_TEST_TMPDIR;
  try {
    fs.accessSync(SHM, fs.constants.W_OK);
    const { bavail, bsize } = fs.statfsSync(SHM);
    if (bavail * bsize >= SHM_ROOM) return SHM;
  } catch {
    // No memory folder here, or not ours to write: the system's temporary folder.
  }
  return os.tmpdir();
}

function setup() {
  const dir = fs.mkdtempSync(path.join(base(), 'ecb-run-'));
  process.env.ECB_RUN_TMPDIR = dir;
  process.env.TMPDIR = dir;
}

function teardown() {
  const dir = process.env.ECB_RUN_TMPDIR;
  if (dir) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

module.exports = { setup, teardown };

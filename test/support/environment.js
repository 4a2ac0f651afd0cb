/**
 * Jest's test environment: Node's, plus what a test worker keeps for all its test files
 * (test/support/sharedRecognizer.ts, test/support/sharedIntentModel.ts), and each test file's temporary
 * folder (test/support/fileTmpDir.js). This file runs in the worker itself,
 * outside the test files' module registries: a module it requires is loaded once per worker, by Node.
 */
const path = require('node:path');
const { TestEnvironment } = require('jest-environment-node');
const fileTmpDir = require('./fileTmpDir');

/** Microsoft's French date recognizer, loaded by Node at the first test file that asks for it. */
const dateRecognizer = () => require('@microsoft/recognizers-text-date-time');

/** An object and all it holds made read-only: a test file that changed it would throw, not change it for the next files. */
function deepFreeze(value) {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

let counts;
/** The committed intent model's counts (src/nlu/intentCounts.json, 0.9 MB), parsed once per worker, read-only. */
const intentCounts = () => (counts ??= deepFreeze(require(path.join(__dirname, '..', '..', 'src', 'nlu', 'intentCounts.json'))));

let scorer;
/** The committed model's scorer, made by the first test file that needs it (with its own `scorer`), kept for the worker's next files. */
const committedScorer = (make) => (scorer ??= make());

class WorkerSharedEnvironment extends TestEnvironment {
  constructor(config, context) {
    // Before Node's environment copies process.env for the test file.
    const tmp = fileTmpDir.enter();
    super(config, context);
    this.tmp = tmp;
    this.global.__workerShared = { dateRecognizer, intentCounts, committedScorer };
  }

  async teardown() {
    await super.teardown();
    fileTmpDir.leave(this.tmp);
  }
}

module.exports = WorkerSharedEnvironment;

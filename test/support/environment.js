/**
 * Jest's test environment: Node's, plus what a test worker keeps for all its test files
 * (test/support/sharedRecognizer.ts). This file runs in the worker itself, outside the test files'
 * module registries: a module it requires is loaded once per worker, by Node.
 */
const { TestEnvironment } = require('jest-environment-node');

/** Microsoft's French date recognizer, loaded by Node at the first test file that asks for it. */
const dateRecognizer = () => require('@microsoft/recognizers-text-date-time');

class WorkerSharedEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.__workerShared = { dateRecognizer };
  }
}

module.exports = WorkerSharedEnvironment;

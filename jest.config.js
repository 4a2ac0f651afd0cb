/**
 * Jest: TypeScript through ts-jest without type-checking (npm test runs tsc first).
 * Two projects: every test on the embedded SQLite default, then the storage, end-to-end and fault
 * tests again with each bot instance on its own PostgreSQL database (TEST_STORE=postgres). Without
 * a PostgreSQL server the second project is left out, saying so, unless REQUIRE_POSTGRES=1 (CI).
 */
const { answers, POSTGRES_URL } = require('./test/support/postgresProbe');

const common = {
  // Node's, with what a worker keeps for all its test files (test/support/environment.js).
  testEnvironment: '<rootDir>/test/support/environment.js',
  roots: ['<rootDir>/test'],
  // Jest's runtime, each module's text and compiled code read once per worker (test/support/runtime.js).
  runtime: '<rootDir>/test/support/runtime.js',
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  // The library parts the bot loads at their first use, loaded so in the tests too (src/deferredParts.ts).
  // Microsoft's date recognizer and the committed intent model once per worker, as once per server process
  // (test/support/sharedRecognizer.ts, test/support/sharedIntentModel.ts).
  setupFiles: ['<rootDir>/test/support/deferredParts.ts', '<rootDir>/test/support/sharedRecognizer.ts', '<rootDir>/test/support/sharedIntentModel.ts'],
};

/**
 * What runs again on PostgreSQL: whatever starts bot instances over HTTP or stores state. Not the end-to-end tests
 * whose store is no part of what they test: what a start loads (a process of its own, on SQLite in both projects:
 * the same run twice), the intent model's warm-up at start and stop, and the token asked of Azure's Direct Line.
 */
const onPostgres = [
  '<rootDir>/test/e2e/**/*.test.ts',
  '!**/test/e2e/{startupModules,stopWarmUp,directlineAzure}.test.ts',
  '<rootDir>/test/faults/{doubleSubmit,fuzz,process}.test.ts',
  '<rootDir>/test/bot/sqlStorage.test.ts',
  '<rootDir>/test/db/writeConcurrency.test.ts',
  '<rootDir>/test/jobs/{runner,retention,reminders,reminderChannels}.test.ts',
  '<rootDir>/test/domain/{reservations,reservationCapacity,requestDecisions,requests,invoicing,accounts,accountData,bookingConcurrency,tryLimits,turnReads}.test.ts',
  '<rootDir>/test/admin/reservations.test.ts',
  '<rootDir>/test/dialogs/outboxTurns.test.ts',
];

const postgres = answers();
if (!postgres && process.env.REQUIRE_POSTGRES === '1') throw new Error(`PostgreSQL is required here but does not answer at ${POSTGRES_URL}.`);
if (!postgres) console.warn(`The PostgreSQL run of the end-to-end tests is skipped: no server at ${POSTGRES_URL} (set TEST_DATABASE_URL).`);

module.exports = {
  testTimeout: 20000,
  // One worker per core (jest's default leaves one core out): on CI's 2 cores, 16 min of tests in one
  // worker take 11.5 min in two; the timing-sensitive tests pass with both busy (measured the same day).
  maxWorkers: '100%',
  // The run's temporary folders under one folder, removed at the end (test/support/tmpRun.js).
  globalSetup: '<rootDir>/test/support/tmpRunSetup.js',
  globalTeardown: '<rootDir>/test/support/tmpRunTeardown.js',
  // Without jest's own durations (CI), the committed ones (test/support/durations.json): the longest first.
  testSequencer: '<rootDir>/test/support/sequencer.js',
  projects: [
    // Tests of the stores use PostgreSQL in this project too when it answers: its databases are dropped at the end.
    { ...common, displayName: 'sqlite', testMatch: ['**/*.test.ts'], ...(postgres ? { globalTeardown: '<rootDir>/test/support/dropInstanceDatabases.js' } : {}) },
    ...(postgres
      ? [{ ...common, displayName: 'postgres', testMatch: onPostgres, setupFiles: [...common.setupFiles, '<rootDir>/test/support/onPostgres.js'], globalTeardown: '<rootDir>/test/support/dropInstanceDatabases.js' }]
      : []),
  ],
};

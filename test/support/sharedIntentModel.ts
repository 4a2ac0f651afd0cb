/**
 * Jest's setup of every test file: the committed intent model (src/nlu/intentModelData.ts, the 0.9 MB of
 * src/nlu/intentCounts.json) and its scorer (src/nlu/intentModel.ts) are made once per test worker, as once per
 * server process in the product, not once per test file: the JSON's parse and the scorer's tables took about 3 %
 * of a chat test file's time (CPU profile of 20 files of test/dialogs), paid again in each file's module registry.
 *
 * The counts are parsed by the test environment (test/support/environment.js), outside the test files' registries,
 * and made read-only there. The scorer is made by the first file that asks for it, with that file's own `scorer`,
 * and kept by the environment for the next files; it only reads the counts and returns plain values. Any other
 * model (a test that trains one) is scored as before, by this file's own `scorer`.
 */
import type { IntentModel, Scorer } from '../../src/nlu/intentModel';

/** What the test environment (test/support/environment.js) keeps for the worker. */
const worker = (globalThis as unknown as { __workerShared: { intentCounts(): IntentModel; committedScorer(make: () => Scorer): Scorer } }).__workerShared;

jest.doMock('../../src/nlu/intentModelData', () => ({ COMMITTED_MODEL: worker.intentCounts() }));

jest.doMock('../../src/nlu/intentModel', () => {
  const actual = jest.requireActual<typeof import('../../src/nlu/intentModel')>('../../src/nlu/intentModel');
  const scorer = (model: IntentModel): Scorer => (model === worker.intentCounts() ? worker.committedScorer(() => actual.scorer(model)) : actual.scorer(model));
  return { ...actual, scorer };
});

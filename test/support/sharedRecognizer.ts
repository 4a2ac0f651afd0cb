/**
 * Jest's setup of every test file: Microsoft's French date recognizer (src/nlu/recognizerFallback.ts)
 * is loaded once per test worker, as once per server process in the product, not once per test file.
 * Its models compile at the first call (about 3.5 s of CPU, measured alone), which every test file whose
 * chats say « la veille », « le lendemain » or « le premier lundi » paid again in its own module registry.
 *
 * The package is loaded by the test environment, outside the test files' registries (by Node, once per
 * worker), and stands in for the package in this file's registry. Only recognizeDateTime is used outside its worker
 * thread (recognizerFallback.ts). Its results, plain data, are copied into this file's realm, so that
 * arrays and objects are this realm's own as before (toEqual, instanceof Array).
 */
type Recognizers = typeof import('@microsoft/recognizers-text-date-time');

/** What the test environment (test/support/environment.js) keeps for the worker. */
const worker = (globalThis as unknown as { __workerShared: { dateRecognizer(): Recognizers } }).__workerShared;

jest.doMock('@microsoft/recognizers-text-date-time', () => {
  const shared = worker.dateRecognizer();
  const recognizeDateTime: Recognizers['recognizeDateTime'] = (query, culture, options, referenceDate, fallbackToDefaultCulture) =>
    JSON.parse(JSON.stringify(shared.recognizeDateTime(query, culture, options, referenceDate, fallbackToDefaultCulture))) as ReturnType<Recognizers['recognizeDateTime']>;
  return { recognizeDateTime };
});

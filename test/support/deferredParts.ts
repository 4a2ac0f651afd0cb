/**
 * Jest's setup of every test file: the parts of libraries that the bot loads at their first use
 * (src/deferredParts.ts: the Bot Framework channels' authentication with its HTTP clients, Azure's HTTP
 * pipeline, the number recognizer, SPDY, the form and CSV parsers, zod's messages in other languages)
 * are loaded at their first use in the tests too. The bot installs its stand-ins in Node's module cache,
 * which Jest does not use (each test file has its own registry); here each part's file gets the same
 * stand-in (the product's standInExports) as a mock (jest.doMock, which is not hoisted above the loop), whose getters load the real file through Jest.
 * Without them every test file loaded about 500 modules more than the bot does before its first reply.
 */
import { DEFERRED_PARTS, partFile, standInExports } from '../../src/deferredParts';

for (const part of DEFERRED_PARTS) {
  const file = partFile(part);
  // The real file as Jest loads it in this test file's registry (again after jest.resetModules, as the stand-in is).
  jest.doMock(file, () => {
    let real: Record<string, unknown> | undefined;
    return standInExports(part.names, part.esModule, () => (real ??= jest.requireActual<Record<string, unknown>>(file)));
  });
}

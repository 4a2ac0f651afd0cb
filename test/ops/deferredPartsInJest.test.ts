/**
 * The library parts the bot loads at their first use are loaded so in the tests too
 * (test/support/deferredParts.ts, jest's setup of every file): each part's file is the bot's stand-in,
 * whose names give the real file's values when read, and botbuilder-core's index gives the real classes.
 */
import { DEFERRED_PARTS, partFile } from '../../src/deferredParts';

it.each(DEFERRED_PARTS.map((part) => [part.request, part] as const))('%s: the stand-in, then the real values', (_request, part) => {
  const file = partFile(part);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const standIn = require(file) as Record<string, unknown>;
  const name = part.names[0] as string;
  expect(typeof Object.getOwnPropertyDescriptor(standIn, name)?.get).toBe('function');
  expect(standIn[name]).toBe(jest.requireActual<Record<string, unknown>>(file)[name]);
});

it("botbuilder-core's index gives the real test adapter", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { TestAdapter } = require('botbuilder-core') as typeof import('botbuilder-core');
  const real = jest.requireActual<typeof import('botbuilder-core/lib/testAdapter')>(partFile(DEFERRED_PARTS.find((p) => p.request === './lib/testAdapter.js')!));
  expect(TestAdapter).toBe(real.TestAdapter);
  expect(new TestAdapter()).toBeInstanceOf(real.TestAdapter);
});

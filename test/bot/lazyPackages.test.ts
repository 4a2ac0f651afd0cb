/**
 * The Bot Framework's authentication packages that the tests load at their first use
 * (test/support/lazyPackage.js): a chat through the harness does not load them, and each is an
 * object (a stand-in cannot be called), so the stand-in is the package itself once used.
 */
import { startChat } from '../support/harness';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { LAZY_PACKAGES, loaded } = require('../support/lazyPackage') as { LAZY_PACKAGES: string[]; loaded: Set<string> };
const files = (globalThis as unknown as { lazyPackageFiles: Record<string, string> }).lazyPackageFiles;

it('a chat through the harness loads none of them', async () => {
  const c = startChat();
  await c.say('bonjour');
  await c.core.close();
  expect([...loaded]).toEqual([]);
});

it.each(LAZY_PACKAGES)('%s is an object, loaded whole at its first use', (name) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const real = require(files[name]!) as object;
  expect(typeof real).toBe('object');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const stood = require(name) as Record<string, unknown>;
  expect(Object.keys(stood)).toEqual(Object.keys(real));
  expect(loaded.has(name)).toBe(true);
});

/**
 * A package of the Bot Framework's authentication stack loaded at its first use, in the tests only
 * (jest.config.js maps each of LAZY_PACKAGES to its file in test/support/lazy/). botbuilder-core's
 * index loads botframework-connector, which requires Azure Identity, MSAL, jsonwebtoken, Azure's HTTP
 * pipeline and the streaming transport at load: about 230 modules and 0.3 s of CPU in every test file,
 * while only the tests that authenticate a Bot Framework or Teams request use them. Here each of those
 * packages is an object that loads the real one (the same module instance as any direct require of
 * it) at the first look at it: a property read, `in`, its keys or its prototype. None of them is a
 * function, and none is read while botbuilder-core loads (checked when the list was made).
 */
const LAZY_PACKAGES = ['@azure/identity', '@azure/msal-node', '@azure/core-rest-pipeline', '@azure/core-http-compat', 'jsonwebtoken', 'botframework-streaming'];

/** Each package's file as Node resolves it, for jest's `globals` (in a test, jest would map the name to its stand-in again). */
const lazyPackageFiles = () => Object.fromEntries(LAZY_PACKAGES.map((name) => [name, require.resolve(name)]));

/** The packages of LAZY_PACKAGES loaded so far in this test file. */
const loaded = new Set();

/** The package `name`, loaded at its first use (its file from jest's globals). */
function lazyPackage(name) {
  const file = globalThis.lazyPackageFiles[name];
  let real;
  const load = () => {
    if (real) return real;
    loaded.add(name);
    return (real = require(file));
  };
  return new Proxy(
    {},
    {
      get: (_, key) => load()[key],
      has: (_, key) => key in load(),
      ownKeys: () => Reflect.ownKeys(load()),
      getOwnPropertyDescriptor: (_, key) => {
        const d = Object.getOwnPropertyDescriptor(load(), key);
        return d && { ...d, configurable: true };
      },
      getPrototypeOf: () => Object.getPrototypeOf(load()),
      set: (_, key, value) => Reflect.set(load(), key, value),
      defineProperty: (_, key, d) => Reflect.defineProperty(load(), key, d),
      deleteProperty: (_, key) => Reflect.deleteProperty(load(), key),
    },
  );
}

module.exports = { LAZY_PACKAGES, lazyPackage, lazyPackageFiles, loaded };

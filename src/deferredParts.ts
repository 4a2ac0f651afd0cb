/**
 * Parts of libraries loaded at the first use of what they export, not when their package's index is
 * loaded. botbuilder-core's index, which the dialogs and the web chat's adapter need, also loads the
 * Bot Framework channels' authentication (botframework-connector: its HTTP clients, MSAL, Azure
 * identity, axios, jsonwebtoken…) and Azure's HTTP pipeline (botbuilder-stdlib), about 500 modules and
 * a fifth of a start's CPU, for what only the Azure channels' adapter uses (src/bot/adapter.ts, loaded
 * at their first request); the dialogs' prompts load Microsoft's number recognizer (1.2 MB of script)
 * for the choice prompts the bot does not have; restify's server and body parser load SPDY, the form
 * and the CSV parsers, for requests that come later or never; zod loads its messages in 63 languages.
 *
 * Each part's file is given a stand-in in the module cache: an object with the part's exports as
 * getters that load the real file at the first read of any of them (the stand-in then gives the real
 * values, and the cache the real module). The packages that re-export a part (the indexes) copy the
 * getters, not the values, so nothing is loaded until used. A part already loaded is left as it is.
 * Installed here under Node's own loader (the server, tools and tests started with node); Jest's loader,
 * which has its own module registry for each test file, gets the same stand-ins through its mocks
 * (test/support/deferredParts.ts). test/ops/deferredParts.test.ts holds each list of names to what the
 * real file exports.
 */
import Module from 'node:module';
import path from 'node:path';

export interface DeferredPart {
  /** The package that requires the part. */
  from: string;
  /** The part: a file of that package (`./lib/…`), or a package it depends on. */
  request: string;
  /** Everything the file exports. */
  names: readonly string[];
  /** The file is a compiled ES module (its exports marked `__esModule`): the stand-in is marked too. */
  esModule: boolean;
}

/** zod's languages (v4/locales/index.cjs). */
const ZOD_LOCALES = 'ar az be bg bn ca ckb cs da de el en eo es fa fi fr frCA gu he hi hr hu hy id is it ja ka kh km kn ko lt mk ms ne nl nn no ota ps pl pt ptBR ro ru sk sl sv ta tg th tk tr ua uk ur uz vi zhCN zhTW yo'.split(' ');

const core = (file: string, names: readonly string[]): DeferredPart => ({ from: 'botbuilder-core', request: `./lib/${file}.js`, names, esModule: true });

export const DEFERRED_PARTS: readonly DeferredPart[] = [
  core('configurationBotFrameworkAuthentication', ['ConfigurationBotFrameworkAuthentication', 'createBotFrameworkAuthenticationFromConfiguration']),
  core('configurationServiceClientCredentialFactory', ['ConfigurationServiceClientCredentialFactory', 'createServiceClientCredentialFactoryFromConfiguration']),
  core('cloudAdapterBase', ['CloudAdapterBase']),
  core('showTypingMiddleware', ['ShowTypingMiddleware']),
  core('testAdapter', ['TestAdapter', 'TestFlow']),
  // botbuilder-core's storage uses botbuilder-stdlib's stringify; its index also loads Azure's HTTP pipeline.
  { from: 'botbuilder-stdlib', request: './lib/azureCoreHttpCompat.js', names: ['HttpHeaders', 'isTokenCredential', 'createSerializer', 'createWebResource', 'Constants', 'ServiceClientContext'], esModule: true },
  { from: 'botbuilder-dialogs', request: './lib/choices/recognizeChoices.js', names: ['recognizeChoices'], esModule: true },
  // restify's server offers SPDY (spdy-transport, hpack… about 90 modules) when asked for it; the bot does not ask.
  { from: 'restify', request: 'spdy', names: ['handle', 'request', 'response', 'Socket', 'agent', 'Agent', 'createAgent', 'server', 'Server', 'PlainServer', 'createServer'], esModule: false },
  // restify's body parser: form bodies (the SMS webhook's) and CSV bodies, parsed when one comes.
  { from: 'restify', request: 'qs', names: ['formats', 'parse', 'stringify'], esModule: false },
  { from: 'restify', request: 'csv', names: ['generate', 'parse', 'stringify', 'transform'], esModule: false },
  // zod's error messages in 63 languages, one module each: its English ones (the default) are loaded apart.
  { from: 'zod', request: './v4/locales/index.cjs', names: ZOD_LOCALES, esModule: true },
];

interface Internals {
  _cache: NodeJS.Dict<Module>;
  prototype: { load(this: Module, filename: string): void };
  _nodeModulePaths(folder: string): string[];
}
const internals = Module as unknown as Internals;

/** The part's file, found as its package finds it. */
export function partFile(part: DeferredPart): string {
  const folder = path.dirname(require.resolve(`${part.from}/package.json`));
  return part.request.startsWith('./') ? path.join(folder, part.request) : require.resolve(part.request, { paths: [folder] });
}

/** Puts the stand-in of one part in the module cache; false when its file is loaded already. */
export function deferPart(filename: string, names: readonly string[], esModule: boolean): boolean {
  if (internals._cache[filename]) return false;
  const standIn = new Module(filename);
  standIn.filename = filename;
  standIn.loaded = true;
  let real: Record<string, unknown> | undefined;
  const load = (): Record<string, unknown> => {
    if (real) return real;
    const mod = new Module(filename);
    mod.filename = filename;
    mod.paths = internals._nodeModulePaths(path.dirname(filename));
    internals._cache[filename] = mod;
    try {
      internals.prototype.load.call(mod, filename);
    } catch (e) {
      internals._cache[filename] = standIn;
      throw e;
    }
    real = mod.exports as Record<string, unknown>;
    return real;
  };
  standIn.exports = standInExports(names, esModule, load);
  internals._cache[filename] = standIn;
  return true;
}

/**
 * A part's stand-in exports: each name a getter that loads the real file (`load`, called at every read
 * and expected to keep what it loaded) and gives its value. Jest's loader gets the same stand-ins
 * (test/support/deferredParts.ts), so that the tests load the libraries as the bot does.
 */
export function standInExports(names: readonly string[], esModule: boolean, load: () => Record<string, unknown>): Record<string, unknown> {
  const exports: Record<string, unknown> = {};
  if (esModule) Object.defineProperty(exports, '__esModule', { value: true });
  for (const name of names) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });
  return exports;
}

let installed = false;

/** Defers every part of DEFERRED_PARTS not loaded yet, under Node's own loader. */
export function deferLibraryParts(moduleCache: unknown = require.cache): void {
  if (installed || moduleCache !== internals._cache) return;
  installed = true;
  for (const part of DEFERRED_PARTS) deferPart(partFile(part), part.names, part.esModule);
}

// Installed as soon as this file is loaded: index.ts imports it right after the compile cache, before any library.
deferLibraryParts();

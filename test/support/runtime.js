/**
 * Jest's module runtime, with what a test worker keeps for all its test files: each file's text and
 * its compiled code (ts-jest's output, or the file itself for JavaScript). Jest reads every module again
 * from the disk for each test file, and asks the transformer again for its code (a hash of the text
 * for its cache key, then the cache file read), about 1,000 modules a test file. The files do not change
 * during a run. Modules are still loaded and run anew in each test file's own registry, as before.
 * With coverage on, jest's own path is taken (the instrumented code differs).
 */
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');
const Runtime = require('jest-runtime').default;

/** Texts by file name, for the worker's life. */
const texts = new Map();
/**
 * Compiled code by transformer configuration, file name and transform options. Keyed by the projects'
 * `transform` (the same ts-jest options in both), not by project: a module that the SQLite project's files
 * compiled is not compiled again for the PostgreSQL project's files in the same worker. Jest's disk cache
 * is kept per project, and CI's is always new, so each worker transpiled its thousand-odd modules twice.
 */
const compiled = new Map();
/** The part of a project's configuration that its transformer's output depends on. */
const transformKeys = new WeakMap();
const transformKey = (config) => {
  let key = transformKeys.get(config);
  if (key === undefined) transformKeys.set(config, (key = JSON.stringify([config.rootDir, config.transform, config.transformIgnorePatterns])));
  return key;
};

/** Not kept: the run's temporary files, which a test may write and load. */
const tmp = path.resolve(os.tmpdir());
const kept = (filename) => !path.resolve(filename).startsWith(tmp + path.sep);

/**
 * drizzle-orm, loaded by Node once per worker for all its test files, as once per server process, not again in each
 * test file's registry. Its query builder's classes, made anew in each file, left its type checks (entity.cjs `is`,
 * about 6 % of a chat test file's CPU, most of it a file's later ones) with ever more kinds of objects to tell apart.
 * It keeps no state between queries; nothing mocks it. Its values are Node's realm's: rows, dates, errors (the tests
 * compare them with toEqual and read the driver's codes, db/store.ts codeOf, as from better-sqlite3's rows before).
 */
const sharedPackage = (name) => typeof name === 'string' && (name === 'drizzle-orm' || name.startsWith('drizzle-orm/'));

/**
 * V8's code cache by file name: the module's wrapped code, the first file's script (until a second file loads the module),
 * then the cache made from that script. Jest compiles each module again in each test file's context, and V8's own cache
 * of compiled scripts is not used for them (each script has its own dynamic-import callback): every function a test file ran
 * was parsed and compiled again in the next file. The cache is made from the first file's script once it has run, so it
 * holds the functions compiled lazily there too; V8 checks it against the code and rejects it if it does not match.
 */
const codeCaches = new Map();

class WorkerCachedRuntime extends Runtime {
  requireModuleOrMock(from, moduleName) {
    if (sharedPackage(moduleName)) return require(this._resolveCjsModule(from, moduleName));
    return super.requireModuleOrMock(from, moduleName);
  }

  createScriptFromCode(scriptSource, filename) {
    if (this._coverageOptions.collectCoverage || !kept(filename)) return super.createScriptFromCode(scriptSource, filename);
    const source = this.wrapCodeInModuleWrapper(scriptSource);
    let entry = codeCaches.get(filename);
    if (entry !== undefined && entry.source !== source) return super.createScriptFromCode(scriptSource, filename);
    if (entry?.first) {
      entry.data = entry.first.createCachedData();
      entry.first = undefined;
    }
    let script;
    try {
      script = new vm.Script(source, {
        columnOffset: this._fileTransforms.get(filename)?.wrapperLength,
        displayErrors: true,
        filename,
        cachedData: entry?.data,
        // As jest's: an import() in a module (never in this project's code, which is CommonJS).
        importModuleDynamically: async (specifier) => {
          const context = this._environment.getVmContext?.();
          if (!context) throw new Error('Test environment has been torn down');
          return this.linkAndEvaluateModule(await this.resolveModule(specifier, filename, context));
        },
      });
    } catch {
      // A syntax error: jest's own path, for its message.
      return super.createScriptFromCode(scriptSource, filename);
    }
    if (entry === undefined) codeCaches.set(filename, (entry = { source, first: script, data: undefined }));
    else if (script.cachedDataRejected) entry.data = undefined;
    return script;
  }

  readFile(filename) {
    if (!kept(filename)) return super.readFile(filename);
    let text = texts.get(filename);
    if (text === undefined) {
      text = super.readFile(filename);
      texts.set(filename, text);
    }
    return text;
  }

  transformFile(filename, options) {
    if (options?.isInternalModule || this._coverageOptions.collectCoverage || !kept(filename)) return super.transformFile(filename, options);
    const key = `${transformKey(this._config)}\u0000${filename}\u0000${JSON.stringify(options ?? {})}`;
    const known = compiled.get(key);
    if (known === undefined) {
      const code = super.transformFile(filename, options);
      compiled.set(key, this._fileTransforms.get(filename));
      return code;
    }
    this._fileTransforms.set(filename, known);
    if (known.sourceMapPath) this._sourceMapRegistry.set(filename, known.sourceMapPath);
    return known.code;
  }
}

module.exports = WorkerCachedRuntime;

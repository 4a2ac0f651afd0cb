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

class WorkerCachedRuntime extends Runtime {
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

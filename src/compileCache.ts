/**
 * The compiled code of the modules, kept between starts: a start loads about 2 000 modules (the app,
 * botbuilder, restify, drizzle, zod, the templating library), and compiling them was about a quarter
 * of the CPU before the server listens. Each CommonJS module is compiled by V8 with the code cached
 * at the previous start (vm.Script's cachedData), when its file is the same (its path and a hash of
 * its text) and V8 accepts it (same Node version and flags); otherwise compiled as usual. Some
 * seconds after listening, the code of the modules compiled without a cache, functions compiled
 * since included, is written in small slices between turns to one file next to the built code
 * (dist/.compile-cache/), so that every later start of this build, on new data or not, reads it.
 * The same file keeps where each `require` led (src/resolveCache.ts). Only in the server's own
 * process (`node dist/src/index.js`), never in tests or tools; a file that cannot be read or
 * written leaves the start as it was.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { learnedAny, resolutionsToKeep, treeMark, useResolveCache, type Resolutions } from './resolveCache';

interface Entry {
  hash: string;
  offset: number;
  length: number;
}

interface Compiled {
  filename: string;
  hash: string;
  script: vm.Script;
}

/** The server's file: dist/.compile-cache/, next to the built code. */
const SERVER_FILE = path.join(__dirname, '..', '.compile-cache', `v8-${process.version}-${process.arch}.bin`);
/** What changes when modules are added or removed: npm's lock file in node_modules, the build's info (src/resolveCache.ts). */
const SERVER_TREE = [path.join(__dirname, '..', '..', 'node_modules', '.package-lock.json'), path.join(__dirname, '..', 'tsconfig.build.tsbuildinfo')];
/** How long after listening the file is written: once the start's own work (understanding's warm-up) is done. */
const SAVE_DELAY_MS = 5000;
/** How long a slice of writing runs before letting turns in. */
const SLICE_MS = 5;

type Compile = (this: Module, content: string, filename: string) => unknown;
interface Internals {
  prototype: { _compile: Compile };
  wrap(content: string): string;
  _resolveFilename(request: string, parent: Module, isMain: boolean, options?: unknown): string;
  _resolveLookupPaths(request: string, parent: Module): string[] | null;
  _extensions: NodeJS.RequireExtensions;
  _cache: NodeJS.Dict<NodeJS.Module>;
}
const internals = Module as unknown as Internals;

let file = SERVER_FILE;
/** The installed tree's mark at this start. */
let tree = '';
/** Modules compiled this start with the kept code, and without. */
const counts = { cached: 0, compiled: 0 };
let kept: { index: Map<string, Entry>; data: Buffer } | undefined;
/** Modules compiled this start whose code the file does not hold. */
const fresh: Compiled[] = [];
let installed = false;
/** Once the file is written, modules loaded later (at their first use) are compiled as usual. */
let saved = false;

/** The file's header: each module's code in the data after it, and the answers of `require` for this tree. */
interface Header {
  modules: Record<string, Entry>;
  tree: string;
  resolved: Resolutions;
}

/** Reads the file; returns the kept answers of `require` when they are for this tree. */
function readFile(): Resolutions | undefined {
  try {
    const data = fs.readFileSync(file);
    const headerLength = data.readUInt32LE(0);
    const header = JSON.parse(data.subarray(4, 4 + headerLength).toString('utf8')) as Partial<Header>;
    if (typeof header.modules !== 'object' || header.modules === null) throw new Error('another format');
    kept = { index: new Map(Object.entries(header.modules)), data: data.subarray(4 + headerLength) };
    return header.tree === tree ? header.resolved : undefined;
  } catch {
    kept = undefined;
    return undefined;
  }
}

/** What Node's own compile gives the module: its require, with resolve, main, extensions and cache. */
function requireOf(mod: Module): NodeJS.Require {
  const req = ((id: string) => mod.require(id)) as NodeJS.Require;
  const resolve = ((request: string, options?: unknown) => internals._resolveFilename(request, mod, false, options)) as NodeJS.RequireResolve;
  resolve.paths = (request: string) => internals._resolveLookupPaths(request, mod);
  req.resolve = resolve;
  req.main = require.main;
  req.extensions = internals._extensions;
  req.cache = internals._cache;
  return req;
}

/** Installs the cached compile when this process is the server started from its built file. */
export function useCompileCache(main: NodeJS.Module | undefined, serverFile: string, cacheFile = SERVER_FILE, treeFiles = SERVER_TREE): void {
  if (installed || main?.filename !== serverFile) return;
  installed = true;
  file = cacheFile;
  tree = treeMark(treeFiles);
  useResolveCache(readFile());
  const compile = internals.prototype._compile;
  internals.prototype._compile = function cachedCompile(this: Module, content: string, filename: string) {
    // A module with import() is left to Node: a script compiled from cached code has no loader for it (Node 20).
    if (saved || content.includes('import(')) return compile.call(this, content, filename);
    const hash = createHash('sha1').update(content).digest('base64');
    const entry = kept?.index.get(filename);
    const cachedData = entry && entry.hash === hash ? kept!.data.subarray(entry.offset, entry.offset + entry.length) : undefined;
    let script: vm.Script;
    try {
      script = new vm.Script(internals.wrap(content), { filename, cachedData });
    } catch {
      // Not a script V8 compiles this way (an ES module required from CommonJS): Node's own compile.
      return compile.call(this, content, filename);
    }
    if (!cachedData || script.cachedDataRejected) fresh.push({ filename, hash, script });
    counts[!cachedData || script.cachedDataRejected ? 'compiled' : 'cached'] += 1;
    const fn = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return fn.call(this.exports, this.exports, requireOf(this), this, filename, path.dirname(filename));
  };
}

/**
 * Writes the file when modules were compiled without it, a slice at a time between turns; the
 * modules whose code it held are kept as they were. Resolves when done (or given up).
 */
export async function saveCompileCache(): Promise<void> {
  if (!installed || saved) return;
  saved = true;
  const resolved = resolutionsToKeep();
  if (fresh.length === 0 && !learnedAny()) {
    kept = undefined;
    return;
  }
  const entries: Array<{ filename: string; hash: string; data: Buffer }> = [];
  const compiled = new Set(fresh.map((f) => f.filename));
  for (const [filename, entry] of kept?.index ?? []) {
    if (!compiled.has(filename)) entries.push({ filename, hash: entry.hash, data: kept!.data.subarray(entry.offset, entry.offset + entry.length) });
  }
  kept = undefined;
  while (fresh.length > 0) {
    const end = performance.now() + SLICE_MS;
    while (fresh.length > 0 && performance.now() < end) {
      const { filename, hash, script } = fresh.shift() as Compiled;
      entries.push({ filename, hash, data: script.createCachedData() });
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  const index: Record<string, Entry> = {};
  let offset = 0;
  for (const e of entries) {
    index[e.filename] = { hash: e.hash, offset, length: e.data.length };
    offset += e.data.length;
  }
  const header = Buffer.from(JSON.stringify({ modules: index, tree, resolved } satisfies Header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length, 0);
  try {
    await fs.promises.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    const temporary = `${file}.${process.pid}`;
    // The pieces written as they are: joined first, the ~9 MB copy held the event loop ~35 ms (one block of ~100 ms with the rest).
    const handle = await fs.promises.open(temporary, 'w', 0o600);
    try {
      await handle.writev([length, header, ...entries.map((e) => e.data)]);
    } finally {
      await handle.close();
    }
    await fs.promises.rename(temporary, file);
  } catch {
    // A read-only install: every start compiles, as without the file.
  }
}

/** The folder of the file, in the server's own process (undefined elsewhere): what else a start keeps goes there too (src/slicedLoad.ts). */
export const keptFolder = (): string | undefined => (installed ? path.dirname(file) : undefined);

/** How many modules this start compiled with the kept code, and without. */
export const compileCacheCounts = (): { cached: number; compiled: number } => ({ ...counts });

/** Writes the file SAVE_DELAY_MS from now (unless the returned stop is called first). */
export function saveCompileCacheLater(): () => void {
  const timer = setTimeout(() => void saveCompileCache(), SAVE_DELAY_MS);
  timer.unref();
  return () => clearTimeout(timer);
}

// Installed as soon as this file is loaded: index.ts imports it first, before every other module.
useCompileCache(require.main, path.join(__dirname, 'index.js'));

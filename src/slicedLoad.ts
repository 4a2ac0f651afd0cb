/**
 * A library loaded after the server listens, a few of its modules at a time between requests, instead
 * of in one piece: the card templating library (with adaptive-expressions and its parser, about 480
 * modules) took a fifth of a start's CPU before the first reply, and in one piece after listening it
 * would hold every request that long.
 *
 * Node loads a library depth first: a module's code runs to its end once the modules it requires have
 * run to theirs. Loading the library's files one by one in the order they ended at a whole load gives
 * each the same modules ready as then, except a module that required one still running (a cycle): it
 * got that module's exports half made, and alone it would make that module whole first. So each
 * module from the one required again (not included) up to the one requiring it is left out; it loads
 * with the module that required it, as in a whole load. The order is noted at a start that loads the
 * library whole (before listening, as before), kept next to the compiled code (src/compileCache.ts)
 * for the installed tree (npm's lock file in node_modules), and read back at later starts.
 * Only in the server's own process; elsewhere the library loads whole at its first use.
 */
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { treeMark } from './resolveCache';

type Load = (request: string, parent: Module | undefined, isMain: boolean) => unknown;
interface Internals {
  _load: Load;
  _resolveFilename(request: string, parent: Module | undefined, isMain: boolean): string;
  _cache: NodeJS.Dict<Module>;
}
const internals = Module as unknown as Internals;

/** How long a slice of loading runs before letting requests in. */
const SLICE_MS = 5;
/** What changes when modules are added or removed. */
const TREE = [path.join(__dirname, '..', '..', 'node_modules', '.package-lock.json')];

interface Kept {
  tree: string;
  /** The files, in the order they can load one by one. */
  files: string[];
}

/**
 * Loads `load()` whole, noting each module's requires; returns the files to load one by one, in order:
 * each with the modules below it that no earlier one loaded, all that they require being loaded by
 * then, or below it (a cycle inside).
 */
export function loadNoting(load: () => unknown): string[] {
  const ended: string[] = [];
  /** By file: how many modules had ended when it started, and the files it required. */
  const seen = new Map<string, { since: number; requires: string[] }>();
  const running: string[] = [];
  const original = internals._load;
  internals._load = function noting(request, parent, isMain) {
    if (Module.isBuiltin(request)) return original.call(this, request, parent, isMain);
    const filename = internals._resolveFilename(request, parent, isMain);
    const by = running[running.length - 1];
    if (by !== undefined) seen.get(by)?.requires.push(filename);
    if (internals._cache[filename]) return original.call(this, request, parent, isMain);
    seen.set(filename, { since: ended.length, requires: [] });
    running.push(filename);
    try {
      const exports = original.call(this, request, parent, isMain);
      ended.push(filename);
      return exports;
    } finally {
      running.pop();
    }
  };
  try {
    load();
  } finally {
    internals._load = original;
  }
  const index = new Map(ended.map((f, i) => [f, i]));
  const loaded = new Set<number>();
  const order: string[] = [];
  for (let m = 0; m < ended.length; m++) {
    if (loaded.has(m)) continue;
    const since = seen.get(ended[m] as string)?.since ?? m;
    const below = (j: number) => j >= since && j <= m && !loaded.has(j);
    const unit: number[] = [];
    for (let i = since; i <= m; i++) if (!loaded.has(i)) unit.push(i);
    // Each required module: loaded before (by this library or before it), or in this unit.
    const alone = unit.every((i) => (seen.get(ended[i] as string)?.requires ?? []).every((f) => {
      const j = index.get(f);
      return j === undefined || loaded.has(j) || below(j);
    }));
    if (!alone) continue;
    order.push(ended[m] as string);
    for (const i of unit) loaded.add(i);
  }
  return order;
}

/**
 * Loads `files` in order, SLICE_MS at a time between turns, then `load()` for anything left (at once
 * if a file cannot load alone). Resolves when the library is loaded; `stopped()` ends it early.
 */
export async function loadInSlices(files: readonly string[], load: () => unknown, stopped: () => boolean = () => false): Promise<void> {
  let next = 0;
  while (next < files.length && !stopped()) {
    const end = performance.now() + SLICE_MS;
    try {
      while (next < files.length && performance.now() < end) {
        const file = files[next++] as string;
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        if (!internals._cache[file]) require(file);
      }
    } catch {
      break;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (!stopped()) load();
}

/** One library, loaded in slices when its order is kept in `folder` (the server's), else whole before listening. */
export class SlicedLibrary {
  private kept: string[] | undefined;
  private readonly file: string | undefined;
  private readonly tree = `${process.version} ${treeMark(TREE)}`;

  constructor(folder: string | undefined, name: string, private readonly load: () => unknown) {
    this.file = folder ? path.join(folder, `load-order-${name}.json`) : undefined;
    try {
      const kept = this.file ? (JSON.parse(fs.readFileSync(this.file, 'utf8')) as Partial<Kept>) : undefined;
      if (kept?.tree === this.tree && Array.isArray(kept.files) && kept.files.length > 0) this.kept = kept.files;
    } catch {
      this.kept = undefined;
    }
  }

  /** Before listening: loads it whole now, noting its order, unless it is known to load in slices. */
  beforeListening(): void {
    if (this.kept) return;
    const files = loadNoting(this.load);
    if (!this.file || files.length === 0) return;
    const temporary = `${this.file}.${process.pid}`;
    void fs.promises
      .mkdir(path.dirname(this.file), { recursive: true, mode: 0o700 })
      .then(() => fs.promises.writeFile(temporary, JSON.stringify({ tree: this.tree, files } satisfies Kept), { mode: 0o600 }))
      .then(() => fs.promises.rename(temporary, this.file as string))
      .catch(() => undefined);
  }

  /** After listening: loads what is left, in slices. */
  afterListening(stopped?: () => boolean): Promise<void> {
    return loadInSlices(this.kept ?? [], this.load, stopped);
  }
}

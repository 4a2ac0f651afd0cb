/**
 * Where each `require` led at the previous start, kept with the compiled code (src/compileCache.ts):
 * finding a module's file is Node's own search (the candidate files and folders tried one by one,
 * each package's package.json read for its exports, the real path of each file), about a sixth of
 * the CPU of a start of the server's 2 000 modules even with their code cached. A `require` whose
 * answer is kept, from the same folder for the same request, is given that file when it still
 * exists; any other is searched by Node, and its answer kept for the next start.
 *
 * The answers are kept only while the installed tree is the same: the `tree` mark is the time the
 * files that change when modules are added or removed were last written (npm's own lock file in
 * node_modules, the incremental build's info); with another mark, every answer is searched again.
 */
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';

type Resolve = (request: string, parent: Module | undefined, isMain: boolean, options?: unknown) => string;
const internals = Module as unknown as { _resolveFilename: Resolve; _cache: NodeJS.Dict<NodeJS.Module> };

/** By « the requiring module's folder \0 the request ». */
export type Resolutions = Record<string, string>;

let kept: Resolutions = {};
/** Answers searched this start that were not kept. */
const learned: Resolutions = {};
let learning = true;
let installed = false;

/** The mark of the installed tree: the modification times of these files (0 for one that is missing). */
export function treeMark(files: readonly string[]): string {
  return files.map((f) => fs.statSync(f, { throwIfNoEntry: false })?.mtimeMs ?? 0).join(',');
}

/** Answers `require` with the kept answers (those of the same tree mark) from now on. */
export function useResolveCache(keptAnswers: Resolutions | undefined): void {
  kept = keptAnswers ?? {};
  if (installed) return;
  installed = true;
  const resolve = internals._resolveFilename;
  internals._resolveFilename = function cachedResolve(request, parent, isMain, options) {
    // The entry file, require.resolve with its own paths, Node's built-in modules: Node's search.
    if (isMain || options !== undefined || !parent?.filename || Module.isBuiltin(request)) return resolve.call(this, request, parent, isMain, options);
    const key = `${path.dirname(parent.filename)}\0${request}`;
    const known = kept[key] ?? learned[key];
    // A module loaded already is there; another is looked for (one check, where Node's search makes many).
    if (known !== undefined && (internals._cache[known] !== undefined || fs.existsSync(known))) return known;
    const filename = resolve.call(this, request, parent, isMain, options);
    if (learning) learned[key] = filename;
    return filename;
  };
}

/** True when this start searched answers that were not kept. */
export const learnedAny = (): boolean => Object.keys(learned).length > 0;

/** The answers to keep for the next start (those kept and those searched), and no more learning. */
export function resolutionsToKeep(): Resolutions {
  learning = false;
  return { ...kept, ...learned };
}

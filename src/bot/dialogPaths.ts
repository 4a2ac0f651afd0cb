/**
 * botbuilder-dialogs' memory paths read once per text. Every DialogContext sets the turn's activity in its
 * memory (`turn.activity`), and each set, get and change tracked parses its path character by character
 * (DialogStateManager.parsePath): 35 parses a turn, 16 KB of strings and arrays (V8's heap profile of
 * `npm run turn:cost`). A path without brackets parses to the same segments whatever the memory holds,
 * so its segments are kept by its text and each caller gets its own copy (deleteValue pops the last one).
 * A path with brackets may read memory (`a[b.c]`): parsed as before, as are the others once 500 are kept.
 */
import { DialogStateManager } from 'botbuilder-dialogs/lib/memory/dialogStateManager';

type Segments = Array<string | number>;
type ParsePath = (this: DialogStateManager, path: string, allowNestedPaths?: boolean) => Segments;

const KEPT_MOST = 500;
let original: ParsePath | undefined;

/** Keeps bracket-free paths' segments by text. Once per process; again does nothing. */
export function keepDialogPaths(): void {
  if (original) return;
  const parse = DialogStateManager.prototype.parsePath as ParsePath;
  original = parse;
  const kept = new Map<string, Segments>();
  DialogStateManager.prototype.parsePath = function parsePath(this: DialogStateManager, path: string, allowNestedPaths = true): Segments {
    const known = kept.get(path);
    if (known) return known.slice();
    const segments = parse.call(this, path, allowNestedPaths);
    // An error thrown above (an invalid path) is thrown as before, and nothing is kept.
    if (typeof path === 'string' && !path.includes('[') && kept.size < KEPT_MOST) kept.set(path, segments.slice());
    return segments;
  } as typeof DialogStateManager.prototype.parsePath;
}

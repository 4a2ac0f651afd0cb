/**
 * Whether two values write out to the same JSON (JSON.stringify(a) === JSON.stringify(b)), told without writing
 * them: a question asked again keeps only the fields of its Reply that differ from the prompt's (storedPrompt.ts),
 * and the menu's card data, built anew for each variant, was written out twice at every menu to be compared (about
 * 1 % of a turn's CPU). Plain data (strings, finite numbers, booleans, null, arrays, objects) is walked; a value JSON
 * writes in its own way (an object with toJSON, a boxed primitive, a bigint, a top-level undefined or function) is
 * compared through JSON itself.
 */

/** What JSON leaves out of an object (and writes as null in an array). */
const skipped = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** A value compared through JSON itself: written in its own way. */
function ownWay(v: unknown): boolean {
  if (typeof v === 'bigint' || skipped(v)) return true;
  if (typeof v !== 'object' || v === null) return false;
  return typeof (v as { toJSON?: unknown }).toJSON === 'function' || v instanceof Number || v instanceof String || v instanceof Boolean;
}

/** A number as JSON writes it: a non-finite one is null. */
const asWritten = (v: unknown): unknown => (typeof v === 'number' && !Number.isFinite(v) ? null : v);

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (ownWay(a) || ownWay(b)) return JSON.stringify(a) === JSON.stringify(b);
  const x = asWritten(a);
  const y = asWritten(b);
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  if (Array.isArray(x)) {
    const other = y as unknown[];
    if (x.length !== other.length) return false;
    for (let i = 0; i < x.length; i += 1) {
      const v: unknown = x[i];
      const w: unknown = other[i];
      if (!equal(skipped(v) ? null : v, skipped(w) ? null : w)) return false;
    }
    return true;
  }
  return sameFields(x as Record<string, unknown>, y as Record<string, unknown>);
}

/** The same keys written, in the same order, with values written the same. */
function sameFields(x: Record<string, unknown>, y: Record<string, unknown>): boolean {
  const xs = Object.keys(x);
  const ys = Object.keys(y);
  let j = 0;
  for (const key of xs) {
    const v = x[key];
    if (skipped(v)) continue;
    while (j < ys.length && skipped(y[ys[j] as string])) j += 1;
    if (j >= ys.length || ys[j] !== key || !equal(v, y[key])) return false;
    j += 1;
  }
  while (j < ys.length && skipped(y[ys[j] as string])) j += 1;
  return j === ys.length;
}

/** JSON.stringify(a) === JSON.stringify(b), without the texts (a value with a cycle throws, as JSON does, though as a RangeError). */
export function sameJson(a: unknown, b: unknown): boolean {
  return equal(a, b);
}

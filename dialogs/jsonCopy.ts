/**
 * A copy of a value as JSON would write it out and read it back (JSON.parse(JSON.stringify(v))), made without the text:
 * a task's dialogs put aside are copied so (pausedTasks.ts), a sixth to a seventh of the round trip's cost for a
 * calendar's. Values JSON writes in its own way (an object with toJSON, a boxed primitive, a bigint) are copied through
 * JSON itself.
 */

/** What JSON leaves out of an object (and writes as null in an array). */
const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function copy(value: unknown): unknown {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value + 0 : null;
  if (typeof value !== 'object') return JSON.parse(JSON.stringify(value) ?? 'null') as unknown;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i += 1) out[i] = skipped(value[i]) ? null : copy(value[i]);
    return out;
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function' || value instanceof Number || value instanceof String || value instanceof Boolean) {
    return JSON.parse(JSON.stringify(value) ?? 'null') as unknown;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (skipped(v)) continue;
    if (key === '__proto__') Object.defineProperty(out, key, { value: copy(v), enumerable: true, writable: true, configurable: true });
    else out[key] = copy(v);
  }
  return out;
}

/** The value as JSON would read it back; a top-level value JSON cannot write (undefined, a function) throws as JSON.parse does. */
export function jsonCopy<T>(value: T): T {
  if (skipped(value)) return JSON.parse(JSON.stringify(value)) as T;
  return copy(value) as T;
}

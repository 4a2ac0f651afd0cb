/**
 * A card template with nothing to evaluate, expanded without the templating library: every binding
 * is a whole value naming a field (`"${hint}"`, `"${labels.next}"`), and `"$data": "${items}"`
 * repeats an element of a list for each item of an array. The menu card is one: the welcome sends
 * it, and loading the library (with adaptive-expressions and its parser, a fifth of a start's CPU)
 * then parsing the first template waited before the server could listen (src/index.ts).
 *
 * Such a template gives what the library gives, value for value (test/cards/plainTemplate.test.ts):
 * a whole binding is the field's value whatever its type, the `$data` element is repeated with each
 * item's fields and its key dropped, an empty array leaves no element. Whatever else the library
 * decides (a field missing, `$data` that is not an array, an item that is not an object, text around
 * a binding, `$when`, expressions) is left to it: `expand` then answers undefined.
 */

/** A whole-value binding of a field or a field's field. */
const BINDING = /^\$\{([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\}$/;
/** The template's keys the library reads or keeps as they are: `$schema` is kept, `$data` repeats. */
const KEPT_KEYS = new Set(['$schema']);

/** Why not: some value or key of the template needs the library. */
class NeedsLibrary extends Error {}

/** True when every binding of the template is plain (see above). */
export function isPlainTemplate(template: unknown, inList = false): boolean {
  if (typeof template === 'string') return !template.includes('${') || BINDING.test(template);
  if (Array.isArray(template)) return template.every((element) => isPlainTemplate(element, true));
  if (template === null || typeof template !== 'object') return true;
  return Object.entries(template).every(([key, value]) => {
    if (key === '$data') return inList && typeof value === 'string' && BINDING.test(value);
    if (key.startsWith('$') && !KEPT_KEYS.has(key)) return false;
    return !key.includes('${') && isPlainTemplate(value);
  });
}

function lookUp(path: string, scope: unknown): unknown {
  let value = scope;
  for (const field of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, field)) throw new NeedsLibrary();
    value = (value as Record<string, unknown>)[field];
  }
  // Only what JSON holds: the card is sent as JSON.
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') throw new NeedsLibrary();
  return value;
}

function expandValue(template: unknown, scope: unknown): unknown {
  if (typeof template === 'string') {
    const binding = BINDING.exec(template);
    return binding ? lookUp(binding[1] as string, scope) : template;
  }
  if (Array.isArray(template)) {
    const out: unknown[] = [];
    for (const element of template) {
      const data = element !== null && typeof element === 'object' ? (element as Record<string, unknown>).$data : undefined;
      if (typeof data !== 'string') {
        out.push(expandValue(element, scope));
        continue;
      }
      const items = lookUp((BINDING.exec(data) as RegExpExecArray)[1] as string, scope);
      if (!Array.isArray(items)) throw new NeedsLibrary();
      const { $data: _repeat, ...rest } = element as Record<string, unknown>;
      for (const item of items) {
        if (item === null || typeof item !== 'object' || Array.isArray(item)) throw new NeedsLibrary();
        out.push(expandValue(rest, item));
      }
    }
    return out;
  }
  if (template === null || typeof template !== 'object') return template;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(template)) out[key] = expandValue(value, scope);
  return out;
}

/** The card, as the library would expand this plain template with `data`; undefined when only the library can say. */
export function expandPlain(template: unknown, data: Record<string, unknown>): Record<string, unknown> | undefined {
  try {
    // A copy: the card shares no object with the data it was made from.
    return JSON.parse(JSON.stringify(expandValue(template, data))) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof NeedsLibrary) return undefined;
    throw e;
  }
}

/**
 * A card template with nothing to evaluate but a few plain tests, expanded without the templating
 * library: every binding is a whole value naming a field (`"${hint}"`, `"${labels.next}"`), or the
 * item itself in a repeated element (`"${$data}"`, a list of texts); `"$data": "${items}"` repeats
 * an element of a list for each item of an array; `"$when"` on an element of a list keeps it or
 * leaves it out on a field compared with a text (`${kind == 'toggle'}`, `${previous != ''}`) or a
 * list's count compared with a number (`${count(weeks) == 0}`). The menu card is one: the welcome
 * sends it, and loading the library (with adaptive-expressions and its parser, a fifth of a start's
 * CPU) then parsing the first template waited before the server could listen (src/index.ts). The
 * calendar is another: the library's expansion of it was a sixth of a calendar turn's CPU.
 *
 * Such a template gives what the library gives, value for value (test/cards/plainTemplate.test.ts):
 * a whole binding is the field's value whatever its type, the `$data` element is repeated with each
 * item's fields and its key dropped, an empty array leaves no element, a test that holds keeps its
 * element without its key. Whatever else the library decides (a field missing, `$data` that is not
 * an array, an item that is neither an object nor a text, number or boolean, a tested field that is
 * not a text or a counted one not an array, text around a binding, other expressions) is left to it:
 * `expand` then answers undefined.
 */

const FIELD = '[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*';
/** A whole-value binding of a field or a field's field, or of the repeated item itself. */
const BINDING = new RegExp(`^\\$\\{(\\$data|${FIELD})\\}$`);
/** What `$data` names: a field. */
const LIST = new RegExp(`^\\$\\{(${FIELD})\\}$`);
/** `$when`: a field compared with a text (no quote or backslash in it). */
const TEXT_TEST = new RegExp(`^\\$\\{(${FIELD}) (==|!=) '([^'\\\\]*)'\\}$`);
/** `$when`: a list's count compared with a number. */
const COUNT_TEST = new RegExp(`^\\$\\{count\\((${FIELD})\\) (==|!=) (\\d+)\\}$`);
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
    if (key === '$data') return inList && typeof value === 'string' && LIST.test(value);
    if (key === '$when') return inList && typeof value === 'string' && (TEXT_TEST.test(value) || COUNT_TEST.test(value));
    if (key.startsWith('$') && !KEPT_KEYS.has(key)) return false;
    return !key.includes('${') && isPlainTemplate(value);
  });
}

/** Where bindings are read: the data, or an item of a repeated element (`item`: `${$data}` names it). */
interface Scope {
  fields: unknown;
  item: boolean;
}

function lookUp(path: string, scope: Scope): unknown {
  let value = scope.fields;
  if (path === '$data') {
    if (!scope.item) throw new NeedsLibrary();
  } else {
    for (const field of path.split('.')) {
      if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, field)) throw new NeedsLibrary();
      value = (value as Record<string, unknown>)[field];
    }
  }
  // Only what JSON holds: the card is sent as JSON.
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') throw new NeedsLibrary();
  return value;
}

/** Whether a `$when` test holds in this scope. */
function holds(test: string, scope: Scope): boolean {
  const text = TEXT_TEST.exec(test);
  if (text) {
    const value = lookUp(text[1] as string, scope);
    if (typeof value !== 'string') throw new NeedsLibrary();
    return (value === text[3]) === (text[2] === '==');
  }
  const counted = COUNT_TEST.exec(test);
  if (!counted) throw new NeedsLibrary();
  const list = lookUp(counted[1] as string, scope);
  if (!Array.isArray(list)) throw new NeedsLibrary();
  return (list.length === Number(counted[3])) === (counted[2] === '==');
}

/** The scopes an element of a list is expanded in: each item of its `$data`, or the list's own. */
function scopesOf(data: unknown, scope: Scope): Scope[] {
  if (data === undefined) return [scope];
  const list = LIST.exec(String(data));
  if (!list) throw new NeedsLibrary();
  const items = lookUp(list[1] as string, scope);
  if (!Array.isArray(items)) throw new NeedsLibrary();
  return items.map((item: unknown) => {
    if (item === null || Array.isArray(item) || !['object', 'string', 'number', 'boolean'].includes(typeof item)) throw new NeedsLibrary();
    return { fields: item, item: true };
  });
}

/** A bound value as the card's JSON holds it (a number that JSON cannot hold is null; an object or array, a copy of its JSON). */
function asJson(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value + 0 : null;
  if (value === null || typeof value !== 'object') return value;
  return JSON.parse(JSON.stringify(value)) as unknown;
}

function expandValue(template: unknown, scope: Scope): unknown {
  if (typeof template === 'string') {
    const binding = BINDING.exec(template);
    return binding ? asJson(lookUp(binding[1] as string, scope)) : template;
  }
  if (Array.isArray(template)) {
    const out: unknown[] = [];
    for (const element of template) {
      const fields = element !== null && typeof element === 'object' ? (element as Record<string, unknown>) : undefined;
      if (fields?.$data === undefined && fields?.$when === undefined) {
        out.push(expandValue(element, scope));
        continue;
      }
      const { $data: data, $when: test, ...rest } = fields;
      for (const itemScope of scopesOf(data, scope)) if (test === undefined || holds(String(test), itemScope)) out.push(expandValue(rest, itemScope));
    }
    return out;
  }
  if (template === null || typeof template !== 'object') return template;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(template)) out[key] = expandValue(value, scope);
  return out;
}

/**
 * The card, as the library would expand this plain template with `data`; undefined when only the library can say. Built
 * as its JSON would read back, without writing it out: its objects are its own (a bound object or array is copied), the
 * texts shared (they cannot change).
 */
export function expandPlain(template: unknown, data: Record<string, unknown>): Record<string, unknown> | undefined {
  try {
    return expandValue(template, { fields: data, item: false }) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof NeedsLibrary) return undefined;
    throw e;
  }
}

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

/** A `$when` test read once: a field compared with a text, or a list's count compared with a number (else: the library's). */
type Test = { text: true; path: string; equal: boolean; value: string } | { text: false; path: string; equal: boolean; count: number } | undefined;

function readTest(test: string): Test {
  const text = TEXT_TEST.exec(test);
  if (text) return { text: true, path: text[1] as string, equal: text[2] === '==', value: text[3] as string };
  const counted = COUNT_TEST.exec(test);
  return counted ? { text: false, path: counted[1] as string, equal: counted[2] === '==', count: Number(counted[3]) } : undefined;
}

/** Whether a `$when` test holds in this scope. */
function holds(test: Test, scope: Scope): boolean {
  if (!test) throw new NeedsLibrary();
  if (test.text) {
    const value = lookUp(test.path, scope);
    if (typeof value !== 'string') throw new NeedsLibrary();
    return (value === test.value) === test.equal;
  }
  const list = lookUp(test.path, scope);
  if (!Array.isArray(list)) throw new NeedsLibrary();
  return (list.length === test.count) === test.equal;
}

/** The scopes an element of a list is expanded in: each item of its `$data` (the field it names; undefined: not a field), or the list's own. */
function scopesOf(repeated: boolean, listPath: string | undefined, scope: Scope): Scope[] {
  if (!repeated) return [scope];
  if (listPath === undefined) throw new NeedsLibrary();
  const items = lookUp(listPath, scope);
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

/**
 * A template read once into what expanding it does (the same steps, in the same order, as reading the template each
 * time): a text bound or kept as it is, an object's keys, a list's elements with their `$data` and `$when` read.
 * Expanding the calendar read every text of the template with a pattern and listed every object's keys, each time.
 */
type Compiled =
  | { kind: 'binding'; path: string }
  | { kind: 'value'; value: unknown }
  | { kind: 'object'; keys: string[]; values: Compiled[] }
  | { kind: 'list'; elements: Element[] };

interface Element {
  /** Plain: expanded in the list's scope; else repeated over `$data` (`listPath`) and kept where `$when` holds. */
  plain: boolean;
  repeated: boolean;
  listPath: string | undefined;
  tested: boolean;
  test: Test;
  body: Compiled;
}

const compiledTemplates = new WeakMap<object, Compiled>();

function compile(template: unknown): Compiled {
  if (typeof template === 'string') {
    const binding = BINDING.exec(template);
    return binding ? { kind: 'binding', path: binding[1] as string } : { kind: 'value', value: template };
  }
  if (Array.isArray(template)) {
    const elements = template.map((element: unknown): Element => {
      const fields = element !== null && typeof element === 'object' ? (element as Record<string, unknown>) : undefined;
      if (fields?.$data === undefined && fields?.$when === undefined) return { plain: true, repeated: false, listPath: undefined, tested: false, test: undefined, body: compile(element) };
      const { $data: data, $when: test, ...rest } = fields;
      const list = data === undefined ? null : LIST.exec(String(data));
      return { plain: false, repeated: data !== undefined, listPath: list ? (list[1] as string) : undefined, tested: test !== undefined, test: test === undefined ? undefined : readTest(String(test)), body: compile(rest) };
    });
    return { kind: 'list', elements };
  }
  if (template === null || typeof template !== 'object') return { kind: 'value', value: template };
  const entries = Object.entries(template);
  return { kind: 'object', keys: entries.map(([key]) => key), values: entries.map(([, value]) => compile(value)) };
}

function expandCompiled(template: Compiled, scope: Scope): unknown {
  switch (template.kind) {
    case 'binding':
      return asJson(lookUp(template.path, scope));
    case 'value':
      return template.value;
    case 'object': {
      const out: Record<string, unknown> = {};
      const { keys, values } = template;
      for (let i = 0; i < keys.length; i += 1) out[keys[i] as string] = expandCompiled(values[i] as Compiled, scope);
      return out;
    }
    case 'list': {
      const out: unknown[] = [];
      for (const element of template.elements) {
        if (element.plain) {
          out.push(expandCompiled(element.body, scope));
          continue;
        }
        for (const itemScope of scopesOf(element.repeated, element.listPath, scope)) if (!element.tested || holds(element.test, itemScope)) out.push(expandCompiled(element.body, itemScope));
      }
      return out;
    }
  }
}

/**
 * The card, as the library would expand this plain template with `data`; undefined when only the library can say. Built
 * as its JSON would read back, without writing it out: its objects are its own (a bound object or array is copied), the
 * texts shared (they cannot change).
 */
export function expandPlain(template: unknown, data: Record<string, unknown>): Record<string, unknown> | undefined {
  let compiled = template !== null && typeof template === 'object' ? compiledTemplates.get(template) : undefined;
  if (!compiled) {
    compiled = compile(template);
    if (template !== null && typeof template === 'object') compiledTemplates.set(template, compiled);
  }
  try {
    return expandCompiled(compiled, { fields: data, item: false }) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof NeedsLibrary) return undefined;
    throw e;
  }
}

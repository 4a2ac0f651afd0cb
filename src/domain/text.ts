/** Text helpers shared by the domain and the understanding layer. */

/** « mdr », « lol », « ptdr », « haha », « xD »: a laugh beside words, which it does not change (« mdr ok » is « ok »). */
const LAUGHS = /(?<=^|\s)(?:mdr+|lol+|ptdr+|xd+|jpp|(?:ha){2,}h?|(?:ah){2,}|(?:hi){2,}h?|(?:he){2,}h?)(?=\s|$)/g;

/** The words without the laughs beside them (a laugh alone stays: it is all that was said). */
export const withoutLaughs = (text: string): string => text.replace(LAUGHS, ' ').replace(/\s+/g, ' ').trim() || text;

/** Longer texts (a message of 10,000 characters) are not kept. */
const KEPT_LONGEST = 2000;

/**
 * A function of a text with its results kept for the texts it was given lately (at most `max`, all let
 * go at once beyond; a text longer than KEPT_LONGEST is not kept): a turn folds the same texts many
 * times (the message in each check of it, the options' labels and the menu's items at each question),
 * and each time ran every pattern again.
 */
export function keptResults(fn: (text: string) => string, max = 256): (text: string) => string {
  const kept = new Map<string, string>();
  return (text) => {
    const known = kept.get(text);
    if (known !== undefined) return known;
    const result = fn(text);
    if (text.length > KEPT_LONGEST) return result;
    if (kept.size >= max) kept.clear();
    kept.set(text, result);
    return result;
  };
}

/** Lower case, no accents, apostrophes and punctuation turned into spaces, spaces folded, laughs beside words left out. */
export const normalize = keptResults(normalizeNow, 1024);

function normalizeNow(text: string): string {
  return withoutLaughs(
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[’'`´]/g, ' ')
      .replace(/[^a-z0-9@.\s-]/g, ' ')
      .replace(/[-.]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** True when a and b are at most one slip apart (Damerau-Levenshtein distance ≤ 1). */
export function oneSlipApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const [restA, restB] = [a.slice(i + 1), b.slice(i + 1)];
  if (a.length === b.length) return restA === restB || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Characters that must never be stored from a resident's text: C0 controls but tab and line feed
 * (carriage returns go too, so line ends are \n), DEL, C1 controls, and the bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that reorder what an agent reads.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_ONE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The text without control and bidi-override characters (\r\n and a lone \r become \n first). */
export const stripControls = (text: string): string => text.replace(/\r\n?/g, '\n').replace(UNSAFE, '');

/** Whether the text holds a character stripControls would remove (tab and line feed are not). */
export const hasControls = (text: string): boolean => UNSAFE_ONE.test(text);

/** Nesting kept by stripControlsDeep: deeper parts of a value (no form nests so deep) are dropped. */
export const MAX_CLEAN_DEPTH = 32;

/** stripControls on every string of a JSON-like value (objects, arrays), keys included; the rest unchanged. */
export function stripControlsDeep<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return stripControls(value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_CLEAN_DEPTH) return undefined as T;
  if (Array.isArray(value)) return value.map((v: unknown) => stripControlsDeep(v, depth + 1)) as T;
  if (Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [stripControls(k), stripControlsDeep(v, depth + 1)])) as T;
  }
  return value;
}

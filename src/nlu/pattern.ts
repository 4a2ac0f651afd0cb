/**
 * Regular expressions written where they are read, built once: pattern`\\b${WD}\\b` is new RegExp(`\\b${WD}\\b`),
 * kept by its place in the code (a tagged template's strings are the same object at every call) and built again
 * only when a value put in it is another. The date reader's passes name their patterns where they read them
 * (texts of up to 2 KB, of the word lists): built at every message, each was written out again and hashed to find
 * its compiled code. One object serves every call: only for patterns without the 'y' flag, and with the 'g' flag
 * only where replace or matchAll reads them (both start from the text's start and leave lastIndex at 0).
 */
interface Built {
  values: readonly unknown[];
  re: RegExp;
}

const builtByFlags = new Map<string, WeakMap<TemplateStringsArray, Built>>();

function build(flags: string, strings: TemplateStringsArray, values: readonly unknown[]): RegExp {
  let built = builtByFlags.get(flags);
  if (!built) builtByFlags.set(flags, (built = new WeakMap()));
  const kept = built.get(strings);
  if (kept && kept.values.length === values.length && kept.values.every((v, i) => v === values[i])) return kept.re;
  let source = strings[0] as string;
  for (let i = 0; i < values.length; i += 1) source += `${String(values[i])}${strings[i + 1] as string}`;
  const re = new RegExp(source, flags);
  built.set(strings, { values, re });
  return re;
}

/** new RegExp(`…`), built once per place in the code. */
export const pattern = (strings: TemplateStringsArray, ...values: unknown[]): RegExp => build('', strings, values);

/** new RegExp(`…`, 'g'), built once per place in the code: for replace and matchAll only. */
export const globalPattern = (strings: TemplateStringsArray, ...values: unknown[]): RegExp => build('g', strings, values);

/**
 * The texts a question was written with, kept with it so that it can be asked again in another
 * language. A question is stored rendered (an activity, in the prompt's state); « english » or
 * « en français » in the middle of a task would repeat it in the old language. So each turn
 * records the locale texts it renders (key, parameters, text); when a prompt is asked, the ones
 * its activities contain are kept in the prompt's state; after a change of language, each is
 * rendered again in the new one and put in place of the old text (parameters that were texts
 * themselves, « pour vos factures », first), in the prompts and in the options the question offers.
 */
import type { Activity, TurnContext } from 'botbuilder-core';
import { SUPPORTED_LOCALES, type Locale, type Translate } from '../src/i18n';
import { dayWordsIn } from '../src/domain/formats';
import { noteSource, type Rendered } from './keptTexts';

export type { Rendered } from './keptTexts';

const RENDERED = Symbol('renderedTexts');
/** Texts shorter than this (« 1. », « h ») are not looked for in a question. */
const MIN_LENGTH = 3;

/** The translate function, recording what it renders in this turn; `by`: its tag (textsTag), for a prompt to keep its texts without them. */
export function recording(ctx: TurnContext, t: Translate, by?: string): Translate {
  return (key, params) => {
    const text = t(key, params);
    if (text) {
      let list = ctx.turnState.get(RENDERED) as Rendered[] | undefined;
      if (!list) ctx.turnState.set(RENDERED, (list = []));
      const stored = params ? storable(params) : undefined;
      const rendered: Rendered = stored ? { key, params: stored.params, text } : { key, text };
      noteSource(rendered, by, stored?.exact !== false);
      list.push(rendered);
    }
    return text;
  };
}

/** The locale text rendered last in this turn as exactly `text` (an option's label), or undefined. */
export function renderedAs(ctx: TurnContext, text: string): Rendered | undefined {
  return ((ctx.turnState.get(RENDERED) as Rendered[] | undefined) ?? []).findLast((r) => r.text === text);
}

/** The parameters as JSON would store them; flat ones (strings, numbers: nearly all) copied without JSON (`exact`: the copy renders the same text). */
function storable(params: Record<string, unknown>): { params: Record<string, unknown>; exact: boolean } {
  if (Object.getPrototypeOf(params) === Object.prototype) {
    const copy: Record<string, unknown> = {};
    let flat = true;
    // A parameter left undefined is not stored: the text is kept, in case its absence reads otherwise.
    let exact = true;
    // for…in lists the keys without an array of pairs (a plain object: no inherited keys to skip but Object.prototype's, none enumerable).
    for (const k in params) {
      if (!Object.hasOwn(params, k)) continue;
      const v = params[k];
      if (k === '__proto__') flat = false;
      else if (typeof v === 'string' || typeof v === 'boolean' || v === null) copy[k] = v;
      else if (typeof v === 'number' && Number.isFinite(v)) copy[k] = v + 0;
      else if (v === undefined) exact = false;
      else flat = false;
    }
    if (flat) return { params: copy, exact };
  }
  try {
    return { params: JSON.parse(JSON.stringify(params)) as Record<string, unknown>, exact: false };
  } catch {
    return { params: {}, exact: false };
  }
}

/** The strings of an activity a resident reads or hears: its text, speech, options and cards. */
function mapStrings(tree: unknown, change: (s: string) => string): unknown {
  if (typeof tree === 'string') return change(tree);
  if (Array.isArray(tree)) return tree.map((v) => mapStrings(v, change));
  if (tree && typeof tree === 'object') return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, mapStrings(v, change)]));
  return tree;
}

/** Each string of the tree, in order (mapStrings' strings, without copying the tree). */
function eachString(tree: unknown, visit: (s: string) => void): void {
  if (typeof tree === 'string') visit(tree);
  else if (Array.isArray(tree)) for (const v of tree) eachString(v, visit);
  else if (tree && typeof tree === 'object') for (const k in tree) if (Object.hasOwn(tree, k)) eachString((tree as Record<string, unknown>)[k], visit);
}

const READ_PARTS = ['text', 'speak', 'suggestedActions', 'attachments'] as const;

function partsOf(activity: Partial<Activity> | string | undefined): unknown[] {
  if (typeof activity === 'string') return [activity];
  return activity ? READ_PARTS.map((p) => activity[p]) : [];
}

/** The texts recorded in this turn that these activities show, and the short ones their parameters hold (« ou » in « 1, 2 ou 3 »), in the order rendered. */
export function rendersIn(ctx: TurnContext, activities: ReadonlyArray<Partial<Activity> | string | undefined>): Rendered[] {
  const recorded = (ctx.turnState.get(RENDERED) as Rendered[] | undefined) ?? [];
  // The strings shown, once each (a text is repeated in the text, the speech and the card), none too short to hold a text.
  const shown = new Set<string>();
  for (const a of activities) eachString(partsOf(a), (s) => s.length >= MIN_LENGTH && shown.add(s));
  // One text to look in: a locale text holds no NUL, so none is found across two strings.
  const shownText = [...shown].join('\0');
  // Each text is looked for once, however many times the turn rendered it (a day's name on a calendar).
  const shownByText = new Map<string, boolean>();
  const isShown = (text: string) => {
    let found = shownByText.get(text);
    if (found === undefined) shownByText.set(text, (found = shown.has(text) || (text.includes('\0') ? [...shown].some((s) => s.includes(text)) : shownText.includes(text))));
    return found;
  };
  const seen = new Map<string, Set<string>>();
  const see = (r: Rendered) => {
    const texts = seen.get(r.key);
    if (texts?.has(r.text)) return false;
    if (texts) texts.add(r.text);
    else seen.set(r.key, new Set([r.text]));
    return true;
  };
  const wasSeen = (r: Rendered) => seen.get(r.key)?.has(r.text) === true;
  const kept = new Set(recorded.filter((r) => !wasSeen(r) && r.text.length >= MIN_LENGTH && isShown(r.text) && see(r)));
  const params = [...kept].flatMap((r) => Object.values(r.params ?? {}).filter((v): v is string => typeof v === 'string'));
  if (!params.length) return recorded.filter((r) => kept.has(r));
  const inParams = new Map<string, boolean>();
  const inAParam = (text: string) => {
    let found = inParams.get(text);
    if (found === undefined) inParams.set(text, (found = params.some((p) => p !== text && wordIn(p, text))));
    return found;
  };
  return recorded.filter((r) => kept.has(r) || (!wasSeen(r) && inAParam(r.text) && see(r)));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A text as a whole word: built once per text and flags ('gu' for replace, which starts from the text's
 * start and leaves lastIndex at 0; 'u' for test), not at every turn: a pattern of letter classes is
 * compiled again each time it is built (a tenth of a booking's turn).
 */
const wordPatterns = new Map<string, RegExp>();
const WORD_PATTERNS_KEPT = 500;
function wordPattern(text: string, flags: 'gu' | 'u' = 'gu'): RegExp {
  const key = `${flags}\0${text}`;
  let re = wordPatterns.get(key);
  if (!re) {
    if (wordPatterns.size >= WORD_PATTERNS_KEPT) wordPatterns.clear();
    wordPatterns.set(key, (re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(text)}(?![\\p{L}\\p{N}])`, flags)));
  }
  return re;
}
const wordIn = (s: string, text: string) => s.includes(text) && wordPattern(text, 'u').test(s);

/** A string with each old text put in place by its new one, whole words only, the longest first. */
function replaceAll(s: string, pairs: ReadonlyArray<readonly [string, string]>): string {
  let out = s;
  for (const [from, to] of [...pairs].sort((x, y) => y[0].length - x[0].length)) if (from !== to && out.includes(from)) out = out.replace(wordPattern(from), () => to);
  return out;
}

/**
 * Each text rendered again with `t`, the texts its parameters hold (« pour vos factures », « ou ») rendered again first;
 * `locale`: the new language, whose words the days in the parameters take (« 7 janvier » becomes « 7 January »).
 */
export function rerender(renders: readonly Rendered[], t: Translate, locale?: Locale): Rendered[] {
  const done: Array<readonly [string, string]> = [];
  const days = (v: string) => (locale ? dayWordsIn(v, locale, SUPPORTED_LOCALES) : v);
  return renders.map((r) => {
    const params = r.params && Object.fromEntries(Object.entries(r.params).map(([k, v]) => [k, typeof v === 'string' ? days(replaceAll(v, done)) : v]));
    let text = r.text;
    let again = false;
    try {
      text = t(r.key, params);
      again = true;
    } catch {
      // A key no longer known: the text stays as it was.
    }
    done.push([r.text, text]);
    const out: Rendered = { key: r.key, ...(params ? { params } : {}), text };
    if (again) noteSource(out, undefined, true);
    return out;
  });
}

/** Puts the new texts in place of the old ones in a string (the short ones only inside parameters, already done). */
export function replacer(before: readonly Rendered[], after: readonly Rendered[]): (s: string) => string {
  const pairs = before.map((b, i) => [b.text, after[i]?.text ?? b.text] as const).filter(([from]) => from.length >= MIN_LENGTH);
  return (s) => replaceAll(s, pairs);
}

/** The activity (or the text) with its read parts changed. */
export function relocalized<A extends Partial<Activity> | string | undefined>(activity: A, change: (s: string) => string): A {
  if (!activity) return activity;
  if (typeof activity === 'string') return change(activity) as A;
  const copy: Record<string, unknown> = { ...activity };
  for (const part of READ_PARTS) if (copy[part] !== undefined) copy[part] = mapStrings(copy[part], change);
  return copy as A;
}

/** The locale texts rendered so far in this turn, in order (said, or made ready to be said: a prompt's retry). */
export function renderedThisTurn(ctx: TurnContext): readonly Rendered[] {
  return (ctx.turnState.get(RENDERED) as Rendered[] | undefined) ?? [];
}

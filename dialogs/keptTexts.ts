/**
 * The locale texts a question keeps with it, to be asked again in another language (promptTexts.ts): each as its
 * key and parameters, rendered again when needed by the translator the question was asked with, rather than
 * its text, which would be written and read with the conversation's state at every turn until it is answered.
 */
import { SUPPORTED_LOCALES, type Locale, type Translate } from '../src/i18n';

/** One locale text as rendered: its key, its parameters (as stored: JSON) and the text. */
export interface Rendered {
  key: string;
  params?: Record<string, unknown>;
  text: string;
}

/**
 * A locale text as a prompt keeps it (AskState): its key and parameters, rendered again when needed by the
 * translator the question was asked with (its `by`, textsBy). The text itself only where that would not give
 * it back: another translator rendered it, or its parameters were not plain values (copied through JSON).
 */
export interface KeptText {
  key: string;
  params?: Record<string, unknown>;
  text?: string;
}

/** Which texts a translator renders: the locale, « langage simple », the short (SMS) texts (src/i18n.ts, Texts.for). */
export const textsTag = (locale: string, plain: boolean, short: boolean): string => `${locale}${plain ? '.simple' : ''}${short ? '.sms' : ''}`;

/** The translator a tag names, from the texts of the process. */
export function textsBy(texts: { for(locale?: Locale, plain?: boolean, short?: boolean): Translate }, tag: string): Translate | undefined {
  const [locale, ...variants] = tag.split('.');
  if (!SUPPORTED_LOCALES.includes(locale as Locale)) return undefined;
  return texts.for(locale as Locale, variants.includes('simple'), variants.includes('sms'));
}

/**
 * What the turn's record knows of each text besides: which translator rendered it, and whether its stored parameters
 * render it again. Kept on the text itself under a symbol, which JSON (the stored state) and Object.keys leave out:
 * a WeakMap entry for each text rendered (hundreds on a calendar) cost more than the rendering, and its collector's
 * work besides.
 */
const SOURCE = Symbol('renderedBy');
type Noted = Rendered & { [SOURCE]?: { by?: string; exact: boolean } };
const sourceOf = (r: Rendered) => (r as Noted)[SOURCE];

/** The notes, made once for each translator's tag and exactness and shared by the texts (only read: sourceOf). */
const notes = new Map<string | undefined, { exact: Readonly<{ by?: string; exact: boolean }>; inexact: Readonly<{ by?: string; exact: boolean }> }>();

/** Notes, for a text of the turn's record, the translator that rendered it (`by`) and whether its stored parameters render it again. */
export function noteSource(rendered: Rendered, by: string | undefined, exact: boolean): void {
  const tag = by || undefined;
  let made = notes.get(tag);
  if (!made) notes.set(tag, (made = { exact: Object.freeze(tag ? { by: tag, exact: true } : { exact: true }), inexact: Object.freeze(tag ? { by: tag, exact: false } : { exact: false }) }));
  (rendered as Noted)[SOURCE] = exact ? made.exact : made.inexact;
}

/**
 * The texts a prompt keeps (`renders`) and the translator they were asked with (`by`): each text kept as its key and
 * parameters, its text only where `by` would not render it again (rendered by another, or with parameters copied through JSON).
 */
export function keptTexts(renders: readonly Rendered[]): { by?: string; renders: KeptText[] } {
  const by = renders.map((r) => sourceOf(r)?.by).findLast((b) => b !== undefined);
  const kept = renders.map((r): KeptText => {
    const source = sourceOf(r);
    if (by !== undefined && source?.by === by && source.exact) return r.params ? { key: r.key, params: r.params } : { key: r.key };
    return r;
  });
  return { ...(by !== undefined ? { by } : {}), renders: kept };
}

/** The kept texts with their texts again, rendered by `t` (the translator they were asked with) where not kept; those it cannot render are left out. */
export function textsOf(kept: readonly KeptText[], t: Translate | undefined): Rendered[] {
  const out: Rendered[] = [];
  for (const k of kept) {
    if (k.text !== undefined) {
      out.push(k as Rendered);
      continue;
    }
    if (!t) continue;
    try {
      out.push({ ...k, text: t(k.key, k.params) });
    } catch {
      // A key no longer known: its text cannot be found in the question.
    }
  }
  return out;
}

/** Texts rendered again by rerender() with the translator tagged `by`, as a prompt keeps them: without the texts it rendered. */
export function keptAgain(after: readonly Rendered[], by: string): { by: string; renders: KeptText[] } {
  return { by, renders: after.map((r) => (sourceOf(r)?.exact === true ? (r.params ? { key: r.key, params: r.params } : { key: r.key }) : r)) };
}


/**
 * Secrets that residents type in a chat — one-time codes, family keys, tokens, passwords after
 * « mot de passe » or typed alone — replaced by ••• wherever text may be kept: logs, stored state and the web
 * chat's history. What counts as a code or a key is decided in one place, src/domain/secretShapes.ts,
 * which the checkers read too: every spelling a checker accepts is hidden here.
 */
import { looksLikePassword } from './domain/passwordShape';
import { normalizeCode, normalizeFamilyKey, secretSpans } from './domain/secretShapes';

/** Tokens and passwords written after their name. */
const NAMED = /\b((?:token|jeton|password|mot de passe|mdp)\s*[:=]?\s*)\S+/gi;
/** An e-mail address, the one answer to a secret question that is not hidden (the sign-in question asks for one). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export const REDACTED = '•••';
/** The key the bot's own questions give as an example (locales): public, and kept so that a question asked again still shows it. */
export const EXAMPLE_KEY = 'ABCD-2345-EFGH-JKMN';

/**
 * Texts already read and found to hold no secret: the same texts come back at every turn (the
 * dialog stack's prompts and cards in the stored state), and reading one is the costly part of
 * saving a state. Only clean texts are kept, so no secret stays here. They are kept in two
 * generations of at most half the size each: when the newer is full it becomes the older, and the
 * older is dropped whole. Dropping the oldest text one by one, once the cache was full, cost each new
 * text a walk over the Set's deleted entries (V8 skips them from the start at each `values().next()`):
 * tens of microseconds, several times a turn.
 */
let clean = new Set<string>();
let cleanBefore = new Set<string>();
const CLEAN_SIZE = 20_000;
const CLEAN_LONGEST = 4_000;

export function redact(text: string): string {
  if (clean.has(text) || cleanBefore.has(text)) return text;
  const out = hide(text);
  if (out === text && text.length <= CLEAN_LONGEST) {
    clean.add(text);
    if (clean.size >= CLEAN_SIZE / 2) {
      cleanBefore = clean;
      clean = new Set();
    }
  }
  return out;
}

/** How many clean texts are kept (tests: the cache stays within its size). */
export const cleanTextsKept = (): number => clean.size + cleanBefore.size;

function hide(text: string): string {
  // A password typed alone (« MotDePasse!2026 »): hidden whole.
  if (looksLikePassword(text)) return REDACTED;
  let out = '';
  let at = 0;
  for (const span of secretSpans(text)) {
    if (text.slice(span.start, span.end) === EXAMPLE_KEY) continue;
    if (span.start < at) {
      // Overlapping spans (a key of 12 inside one of 16, two keys sharing words): hidden together.
      at = Math.max(at, span.end);
      continue;
    }
    out += text.slice(at, span.start) + REDACTED;
    at = span.end;
  }
  out += text.slice(at);
  return out.replace(NAMED, (_match: string, name: string) => `${name}${REDACTED}`);
}

/** A copy of a JSON-like value with every string redacted. */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v)])) as T;
  return value;
}

/**
 * The value itself when no string in it holds a secret (nothing copied: saving a state reads it at
 * every turn), else a copy with the secrets hidden, sharing the parts that held none.
 */
export function redactKept<T>(value: T): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i += 1) {
      const v: unknown = value[i];
      const out = redactKept(v);
      if (out !== v) (copy ??= value.slice())[i] = out;
    }
    return (copy ?? value) as T;
  }
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    let copy: Record<string, unknown> | undefined;
    // for…in lists the keys without an array of them (JSON's objects have no inherited keys to skip).
    for (const k in object) {
      if (!Object.hasOwn(object, k)) continue;
      const v = object[k];
      const out = redactKept(v);
      if (out !== v) (copy ??= { ...object })[k] = out;
    }
    return (copy ?? value) as T;
  }
  return value;
}

/** Small words of a sentence (« nan en fait vendredi », « je l'ai pas reçu », « i dont know my email »): never in a code, key or password. */
const SENTENCE_WORD = /^(?:je|j|tu|il|elle|on|nous|vous|le|la|les|l|un|une|de|du|des|d|en|et|ou|a|à|au|pas|ne|n|non|nan|oui|mon|ma|mes|pour|c|est|ce|qui|que|qu|plus|the|my|i|is|to|of|and|not|no|yes|it|me|moi|dont|don|t)$/;
const LETTERS_ONLY = /^[\p{L}'’]+[,.!?]*$/u;

/**
 * A sentence in words, not a secret: three words or more, letters only, one of them a small word of a sentence, and not
 * four groups of four letters (a family key typed in letters).
 */
function sentenceInWords(trimmed: string): boolean {
  const words = trimmed.split(/\s+/);
  if (words.length < 3 || !words.every((w) => LETTERS_ONLY.test(w))) return false;
  if (words.length === 4 && words.every((w) => w.replace(/[,.!?]+$/, '').length === 4)) return false;
  return words.some((w) => w.toLowerCase().replace(/[,.!?]+$/, '').split(/['’]/).some((part) => SENTENCE_WORD.test(part)));
}

/**
 * What the resident answered to a question that asked for a secret (a code, a key): hidden as a
 * whole — a near miss (a key with a typo) is as secret as the key — unless it is an e-mail address,
 * or a sentence in words (« nan en fait vendredi » at the e-mail question: the resident's own words,
 * shown as said, not as •••).
 */
export function redactAnswer(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return text;
  // Before the key's shape: « i dont know my email » is sixteen letters, as a key typed in groups of any size.
  if (sentenceInWords(trimmed)) return redact(text);
  if (EMAIL.test(trimmed) && !normalizeCode(trimmed) && !normalizeFamilyKey(trimmed)) return redact(text);
  return REDACTED;
}

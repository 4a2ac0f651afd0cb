/**
 * What a resident may type as a secret — a 6-digit one-time code or a family key — in every
 * spelling the checkers accept. The checkers (accounts.ts, passwordAccess.ts) read what was typed
 * with codeIn and familyKeyIn; redaction (src/redact.ts) hides every span that secretSpans finds.
 * The two go together: a spelling accepted here is a spelling redacted everywhere.
 *
 * Two readings:
 * - a whole answer (the resident was asked for the code or the key): separators (spaces, dots,
 *   dashes, underscores) and case do not matter, O stands for 0, and for keys I and L for 1, as
 *   Crockford's base32 reads them. Such an answer is secret as a whole where it is stored (the
 *   Direct Line history knows the bot was waiting for a secret).
 * - spans in free text (a first message, a log line): the same spellings, but words must also look
 *   like a secret, so that what residents say stays readable: a date (« 12.03.26 », « 1.3.2026 »),
 *   a phone number (« 06 12 34 56 78 »), an amount (« 123 456,78 € »), a postal code (5 digits), an
 *   invoice number or a request reference (« CSP-FAC-2026-000001 », « csp 2026 12 ») is not a code;
 *   « mars 2026 avec » and French words (« inscriptions ») are not a key. A code is a run of 6
 *   digits (and O) in groups joined by spaces, dots, dashes or underscores, standing alone; a key
 *   is 12 or 16 characters in groups of 4 (or 8, 12, 16) that are written with a dash, a dot or an
 *   underscore, or that hold a digit (and no year-like group of 4 digits unless a group mixes letters
 *   and digits), or a group of 4 letters without a vowel.
 * A key written as lower-case words with a vowel in each group of 4 and no digit is a secret only as
 * a whole answer, or in free text right after the key's name (« ma clé enfance est kqza abby ynxy
 * pahb », « code famille : … »): elsewhere in free text it reads as French.
 */

/** Separators a resident may put inside a code or a key. */
const SEPARATORS = /[\s\-‐‑–—_.]/g;
/** Inside one word: a dash, a dot or an underscore (spaces are between words). */
const PART_SEPARATOR = /[-‐‑–—_.]/;
const KEY_CHARS = /^[0-9A-HJKMNP-TV-Z]*$/;
const KEY_LENGTHS = [12, 16];

/** A key as typed as a whole answer → its 16 (or 12) canonical characters, or undefined. */
export function normalizeFamilyKey(input: string): string | undefined {
  const key = input.toUpperCase().replace(SEPARATORS, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return KEY_LENGTHS.includes(key.length) && KEY_CHARS.test(key) ? key : undefined;
}

/** A code as typed as a whole answer → its 6 digits, or undefined. */
export function normalizeCode(input: string): string | undefined {
  const code = input.replace(SEPARATORS, '').replace(/[oO]/g, '0');
  return /^\d{6}$/.test(code) ? code : undefined;
}

export type SecretKind = 'code' | 'key';

export interface SecretSpan {
  kind: SecretKind;
  start: number;
  end: number;
  /** The canonical value: 6 digits, or the key's 12 or 16 characters. */
  value: string;
}

/** The code in an answer: the whole answer, or the one code said in a sentence (« mon code est 042 917 »). */
export function codeIn(answer: string): string | undefined {
  return normalizeCode(answer.trim()) ?? onlyOne(secretSpans(answer), 'code');
}

/**
 * The family key in an answer: the whole answer, or the one key said in a sentence. In a sentence,
 * a key of 16 written in groups (« voici ma clé : ABCD EFGH JKMN PQRS ») also holds spans of 12
 * (the older form): only the outermost spans count, so the 16 characters are the key.
 */
export function familyKeyIn(answer: string): string | undefined {
  return (typedInGroups(answer) ? normalizeFamilyKey(answer.trim()) : undefined) ?? onlyOne(outermost(secretSpans(answer)), 'key');
}

/** Typed in one piece, or in groups of 4 (or 8, 12): « ma cle enfance » (2, 3 and 7 letters) is words, not a key. */
const typedInGroups = (answer: string): boolean => answer.trim().split(/[\s\-‐‑–—_.]+/).every((group, _, all) => all.length === 1 || group.length % 4 === 0);

/** The spans that no other span of the same kind contains. */
function outermost(spans: SecretSpan[]): SecretSpan[] {
  return spans.filter((s) => !spans.some((o) => o !== s && o.kind === s.kind && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start));
}

function onlyOne(spans: SecretSpan[], kind: SecretKind): string | undefined {
  const values = new Set(spans.filter((s) => s.kind === kind).map((s) => s.value));
  return values.size === 1 ? [...values][0] : undefined;
}

interface Word {
  start: number;
  end: number;
  parts: string[];
  /** Joined to the previous word by spaces (or a lone dash) only. */
  joined: boolean;
}

/**
 * Words: what lies between spaces and sentence punctuation, without leading or trailing dots and
 * dashes. A word with anything but ASCII letters, digits and inner separators (an e-mail, a URL,
 * « n° », an accent) is not a word here: it breaks the runs that codes and keys are read from.
 */
function words(text: string): Array<Word | null> {
  const out: Array<Word | null> = [];
  let previousEnd = -1;
  for (const m of text.matchAll(/[^\s,;:!?()[\]{}"'«»=]+/g)) {
    const raw = m[0];
    const lead = /^[-‐‑–—_.]*/.exec(raw)?.[0].length ?? 0;
    const core = raw.slice(lead).replace(/[-‐‑–—_.]+$/, '');
    const start = (m.index ?? 0) + lead;
    if (!core) {
      if (!/^[-‐‑–—]$/.test(raw)) out.push(null);
      continue; // a lone dash between two groups: « 042 - 917 »
    }
    if (!/^[A-Za-z0-9]+(?:[-‐‑–—_.][A-Za-z0-9]+)*$/.test(core)) {
      out.push(null);
      previousEnd = -1;
      continue;
    }
    const gap = previousEnd < 0 ? '' : text.slice(previousEnd, start);
    const joined = previousEnd >= 0 && /^(?:\s+|\s*[-‐‑–—]\s*)$/.test(gap);
    out.push({ start, end: start + core.length, parts: core.split(PART_SEPARATOR), joined });
    previousEnd = start + core.length;
  }
  return out;
}

/** Runs of words joined by spaces: codes and keys are read inside one run. */
function runs(text: string): Word[][] {
  const out: Word[][] = [];
  let run: Word[] = [];
  for (const w of words(text)) {
    if (!w || !w.joined) {
      if (run.length) out.push(run);
      run = [];
    }
    if (w) run.push(w);
  }
  if (run.length) out.push(run);
  return out;
}

const isYear = (part: string): boolean => /^(?:19|20)\d\d$/.test(part);
const inRange = (n: string, low: number, high: number): boolean => Number(n) >= low && Number(n) <= high;

/** « 12.03.26 », « 1.3.2026 », « 2026-3-1 »: a date, not a code. */
function dateLike(parts: string[]): boolean {
  if (parts.length !== 3) return false;
  const [a, b, c] = parts as [string, string, string];
  const dayMonth = a.length <= 2 && b.length <= 2 && inRange(a, 1, 31) && inRange(b, 1, 12) && (c.length === 2 || isYear(c));
  const yearFirst = isYear(a) && b.length <= 2 && c.length <= 2 && inRange(b, 1, 12) && inRange(c, 1, 31);
  return dayMonth || yearFirst;
}

function codeSpans(text: string, run: Word[]): SecretSpan[] {
  const out: SecretSpan[] = [];
  const isCodeWord = (w: Word) => w.parts.every((p) => /^[0-9Oo]+$/.test(p)) && /\d/.test(w.parts.join(''));
  for (let i = 0; i < run.length; i += 1) {
    if (!isCodeWord(run[i] as Word)) continue;
    let j = i;
    while (j + 1 < run.length && isCodeWord(run[j + 1] as Word)) j += 1;
    const group = run.slice(i, j + 1);
    const parts = group.flatMap((w) => w.parts.map((p) => p.replace(/[oO]/g, '0')));
    const value = parts.join('');
    const start = (group[0] as Word).start;
    const end = (group.at(-1) as Word).end;
    // An amount: « 123 456,78 », « 123 456 € ».
    const amount = /\d,$/.test(text.slice(0, start)) || /^(?:,\d|\s?(?:€|eur\b|euros?\b))/i.test(text.slice(end));
    if (value.length === 6 && !dateLike(parts) && !parts.some((p) => p.length === 5 || isYear(p)) && !amount) out.push({ kind: 'code', start, end, value });
    i = j;
  }
  return out;
}

function keyShaped(group: Word[]): boolean {
  const parts = group.flatMap((w) => w.parts);
  // Written with a dash, a dot or an underscore: a key, unless it reads as a compound name (« Jean-Baptiste », « Jean-Philippe »:
  // letters only, a vowel in each part, not the key's groups of 4), which is kept readable in what is stored.
  const compoundName = parts.every((p) => /^[A-Za-z]+$/.test(p) && /[aeiouy]/i.test(p)) && !parts.every((p) => p.length === 4);
  if (group.some((w) => w.parts.length > 1) && !compoundName) return true;
  // Copied as shown: groups of four capitals of the keys' alphabet, without I, L, O nor U (« ECMR YXSD PEJG MAVP »),
  // a key even without a digit; words in capitals nearly always have one of those letters (« ELLE SERA AVEC MOIS »).
  if (parts.length >= 3 && parts.every((p) => /^[0-9A-HJKMNP-TV-Z]{4}$/.test(p))) return true;
  const joined = parts.join('');
  const mixed = parts.some((p) => /\d/.test(p) && /[A-Za-z]/.test(p));
  if (parts.some(isYear) && !mixed) return false;
  const chunks = joined.match(/.{4}/g) ?? [];
  return /\d/.test(joined) || chunks.some((c) => /^[A-Za-z]+$/.test(c) && !/[aeiouy]/i.test(c));
}

/** The key named just before (« clé enfance est », « code famille : », « my key is »). */
const KEY_NAMED = /(?:cl[ée]s?|code|key)(?:\s+(?:enfance|famille|family))?(?:\s+(?:est|c['’]est|is|=)|\s*:)?\s*$/i;

function keySpans(text: string, run: Word[]): SecretSpan[] {
  const out: SecretSpan[] = [];
  const isKeyWord = (w: Word) => w.parts.every((p) => p.length % 4 === 0 && /^[0-9A-TV-Z]+$/i.test(p));
  for (let i = 0; i < run.length; i += 1) {
    let length = 0;
    for (let j = i; j < run.length && isKeyWord(run[j] as Word); j += 1) {
      length += (run[j] as Word).parts.join('').length;
      if (length > 16) break;
      const group = run.slice(i, j + 1);
      const value = normalizeFamilyKey(group.flatMap((w) => w.parts).join(''));
      const start = (group[0] as Word).start;
      if (value && (keyShaped(group) || KEY_NAMED.test(text.slice(Math.max(0, start - 40), start)))) out.push({ kind: 'key', start, end: (run[j] as Word).end, value });
    }
  }
  return out;
}

/** Every span of the text that a checker would take for a code or a key, in text order. */
export function secretSpans(text: string): SecretSpan[] {
  const found = runs(text).flatMap((run) => [...codeSpans(text, run), ...keySpans(text, run)]);
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

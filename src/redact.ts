/**
 * Secrets that residents type in a chat — one-time codes, family keys, tokens, passwords after
 * « mot de passe » — replaced by ••• wherever text may be kept: logs and stored state.
 */
const PATTERNS: RegExp[] = [
  // A family key: 16 (or 12) characters of Crockford base32, with or without separators.
  /\b[0-9A-HJKMNP-TV-Z]{4}([\s-]?)[0-9A-HJKMNP-TV-Z]{4}\1[0-9A-HJKMNP-TV-Z]{4}(?:\1[0-9A-HJKMNP-TV-Z]{4})?\b/gi,
  // A one-time code: 6 digits, or 3 and 3, standing alone (not part of a phone number or a longer number).
  /(?<![\d.-])\b\d{6}\b(?![.-]?\d)/g,
  /(?<!\d[\s.-]?)\b\d{3} \d{3}\b(?![\s.-]?\d)/g,
  // Tokens and passwords written after their name.
  /\b((?:token|jeton|password|mot de passe|mdp)\s*[:=]?\s*)\S+/gi,
];

export const REDACTED = '•••';

export function redact(text: string): string {
  return PATTERNS.reduce(
    (t, re) => t.replace(re, (match: string, group?: unknown) => (typeof group === 'string' && group.trim() !== '' && match.startsWith(group) ? `${group}${REDACTED}` : REDACTED)),
    text,
  );
}

/** A copy of a JSON-like value with every string redacted. */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v)])) as T;
  return value;
}

/**
 * Stored text printed in the agents' terminal: control characters (C0, DEL, C1) and bidi
 * embeddings, overrides and isolates are shown as escapes (`\x1b`, `\u202e`, `\n`) instead of
 * being sent raw, so what a resident typed can neither drive the terminal nor hide or reorder text.
 */
// eslint-disable-next-line no-control-regex
const SHOWN_ESCAPED = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r' };

const escapeOne = (c: string): string => {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
};

/** The text with every control and bidi-override character escaped, except those in `keep` (for example '\n'). */
export const escapeControls = (text: string, keep = ''): string => text.replace(SHOWN_ESCAPED, (c) => (keep.includes(c) ? c : escapeOne(c)));

/**
 * What an SMS costs, and how to make it cost less without changing what it says.
 *
 * An SMS is billed by segments. A message written only with the GSM-7 alphabet holds 160
 * characters (153 a segment once split); a single character outside it (« », ’, ê, â, î, ô, û, ç,
 * À, œ, a non-breaking space) turns the whole message into UCS-2: 70 characters (67 a segment).
 * GSM-7 has é è ù à ì ò É Ç Ä Ö Ü ä ö ü ñ, and € ^ { } [ ] ~ | \ as two characters each.
 *
 * toGsm7 writes French the way a careful person would by SMS: straight quotes and apostrophes,
 * letters outside GSM-7 without their accent (« fenêtre » → « fenetre »), œ as oe, « n° » as
 * « numero », × as x. What has no
 * GSM-7 form (an emoji, another script) is kept as is: the message then goes in UCS-2 rather
 * than lose a word. smsBody joins the replies of one turn into one message (each reply sent apart
 * costs at least a segment of its own), split only past Twilio's 1,600 characters, at a line.
 */

const BASIC = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENDED = '^{}\\[~]|€\f';
const GSM7 = new Set([...BASIC, ...EXTENDED]);

const REPLACEMENTS: Record<string, string> = {
  '«': '"', '»': '"', '“': '"', '”': '"', '„': '"', '‘': "'", '’': "'", '‚': "'", '…': '...', '–': '-', '—': '-', '‑': '-',
  '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ', '\u2007': ' ', '•': '*', '·': '.',
  'â': 'a', 'ê': 'e', 'î': 'i', 'ô': 'o', 'û': 'u', 'ë': 'e', 'ï': 'i', 'ÿ': 'y', 'ç': 'c', 'á': 'a', 'í': 'i', 'ó': 'o', 'ú': 'u',
  'À': 'A', 'Â': 'A', 'È': 'E', 'Ê': 'E', 'Ë': 'E', 'Î': 'I', 'Ï': 'I', 'Ô': 'O', 'Ù': 'U', 'Û': 'U', 'Ÿ': 'Y',
  'œ': 'oe', 'Œ': 'OE', '\t': ' ', '×': 'x', '°': 'o', '→': '->', '←': '<-', '≥': '>=', '≤': '<=', '½': '1/2', 'º': 'o', '′': "'", '″': '"',
};

/** A letter outside GSM-7 with its accent taken off (« ã », « ő », « ș »), when what is left is GSM-7. */
function withoutAccent(ch: string): string | undefined {
  const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
  return base && base !== ch && [...base].every((c) => GSM7.has(c)) ? base : undefined;
}

/** The text in GSM-7 where the meaning is kept. */
export function toGsm7(text: string): string {
  let out = '';
  // « mot » is written "mot" (the spaces inside French guillemets go with them).
  // « n° 15646 » is « numero 15646 » (the degree sign alone would make the whole message UCS-2).
  const words = text.replace(/«[\s\u00a0\u202f]*/g, '«').replace(/[\s\u00a0\u202f]*»/g, '»').replace(/\b([nN])[°º](\s?)/g, (_, n: string) => (n === 'N' ? 'Numero ' : 'numero '));
  for (const ch of words) out += GSM7.has(ch) ? ch : (REPLACEMENTS[ch] ?? withoutAccent(ch) ?? ch);
  return out;
}

export const isGsm7 = (text: string): boolean => [...text].every((ch) => GSM7.has(ch));

/** Segments a message is billed as, by the GSM-7 / UCS-2 rules. */
export function segments(text: string): number {
  if (text.length === 0) return 0;
  if (isGsm7(text)) {
    const septets = [...text].reduce((n, ch) => n + (EXTENDED.includes(ch) ? 2 : 1), 0);
    return septets <= 160 ? 1 : Math.ceil(septets / 153);
  }
  // UCS-2 counts UTF-16 code units (an emoji is two).
  return text.length <= 70 ? 1 : Math.ceil(text.length / 67);
}

/** Twilio's limit for one message body. */
export const MAX_SMS_CHARS = 1600;

/** The replies of one turn as SMS bodies: one message in GSM-7, split at a line only past the limit. */
export function smsBody(replies: readonly string[]): string[] {
  const text = toGsm7(replies.map((r) => r.trim()).filter(Boolean).join('\n'));
  if (text.length <= MAX_SMS_CHARS) return text ? [text] : [];
  const messages: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    for (let rest = line; ; ) {
      const room = MAX_SMS_CHARS - (current ? current.length + 1 : 0);
      if (rest.length <= room) {
        current = current ? `${current}\n${rest}` : rest;
        break;
      }
      if (current) {
        messages.push(current);
        current = '';
        continue;
      }
      messages.push(rest.slice(0, MAX_SMS_CHARS));
      rest = rest.slice(MAX_SMS_CHARS);
      if (!rest) break;
    }
  }
  if (current) messages.push(current);
  return messages;
}

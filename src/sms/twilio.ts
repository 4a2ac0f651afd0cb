/**
 * Twilio's webhook signature: HMAC-SHA1, base64, keyed with the account's auth token, over the
 * full URL Twilio called followed by every POST parameter sorted by name, each name immediately
 * followed by its value (X-Twilio-Signature header).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export function twilioSignature(url: string, params: Record<string, string>, authToken: string): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + key + params[key], url);
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

export function validTwilioSignature(url: string, params: Record<string, string>, authToken: string, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(twilioSignature(url, params, authToken));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** The TwiML answer: one SMS per reply. */
export function twiml(messages: string[]): string {
  const body = messages.map((m) => `<Message>${m.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c)}</Message>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><Response>${body}</Response>`;
}

/**
 * SMS the bot sends on its own (reminders to a resident whose last conversation was by SMS),
 * through Twilio's Messages API: POST /2010-04-01/Accounts/{sid}/Messages.json, form-encoded
 * To, From, Body, with the account SID and auth token as HTTP Basic credentials. Twilio answers
 * 201 with the message; anything else (or no answer within 10 s) is a refusal, never a throw.
 */
import type { Logger } from '../logger';
import { MAX_SMS_CHARS, toGsm7 } from './smsText';

export interface SmsSenderOptions {
  accountSid: string;
  authToken: string;
  /** The commune's Twilio number (E.164) or a Messaging Service SID (MG…). */
  from: string;
  /** https://api.twilio.com, or a stand-in in tests. */
  apiUrl: string;
  timeoutMs?: number;
}

/** A French number as Twilio wants it: 06 12 34 56 78, 0033 6…, +33 (0)6… → +33612345678. Undefined when it is not a number. */
export function toE164(phone: string): string | undefined {
  const trimmed = phone.trim();
  let digits = trimmed.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (trimmed.startsWith('+')) return /^\d{8,15}$/.test(digits) ? `+${digits}` : undefined;
  if (digits.startsWith('00')) digits = digits.slice(2);
  else if (/^0\d{9}$/.test(digits)) digits = `33${digits.slice(1)}`;
  return /^\d{8,15}$/.test(digits) && digits.length > 10 ? `+${digits}` : undefined;
}

export class TwilioSender {
  constructor(
    private readonly options: SmsSenderOptions,
    private readonly logger: Logger,
  ) {}

  async send(phone: string, body: string): Promise<boolean> {
    const to = toE164(phone);
    if (!to) {
      this.logger.warn('sms.badNumber', {});
      return false;
    }
    const { accountSid, authToken, from, apiUrl } = this.options;
    const form = new URLSearchParams({ To: to, Body: toGsm7(body).slice(0, MAX_SMS_CHARS) });
    form.set(from.startsWith('MG') ? 'MessagingServiceSid' : 'From', from);
    try {
      const res = await fetch(`${apiUrl.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
      if (res.status === 201 || res.status === 200) return true;
      // Twilio's error code only: its message may quote the number, which stays out of the logs.
      const code = ((await res.json().catch(() => ({}))) as { code?: unknown }).code;
      this.logger.warn('sms.refused', { status: res.status, code: typeof code === 'number' ? code : undefined });
      return false;
    } catch (e) {
      this.logger.warn('sms.failed', { error: e instanceof Error ? e.message : String(e) });
      return false;
    }
  }
}

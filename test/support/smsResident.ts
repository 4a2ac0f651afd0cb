/**
 * A resident writing by SMS through the SMS adapter, as the webhook does: a function that sends one message and returns the
 * turn's bodies (one SMS each), and what bodies cost in segments (GSM-7 or UCS-2 rules, src/sms/smsText.ts).
 */
import { settableClock } from '../../src/domain/clock';
import { buildBot } from '../../src/index';
import { SmsAdapter } from '../../src/sms/smsAdapter';
import { segments, smsBody } from '../../src/sms/smsText';
import { startChat, type Chat } from './harness';

/** `commune`: the commune of the number written to (undefined: none, the bot asks); `at`: the clock's time (the harness's day without it). */
export function smsResident(chats: Chat[], commune: string | undefined, from: string, at?: string): (text: string) => Promise<string[]> {
  const c = startChat({ channelId: 'sms', ...(at ? { clock: settableClock(at) } : {}) });
  chats.push(c);
  const bot = buildBot(c.core);
  const adapter = new SmsAdapter();
  return async (text: string) => smsBody(await adapter.receive(from, text, commune, (ctx) => bot.run(ctx)));
}

/** The segments the bodies cost, one SMS each. */
export const smsCost = (bodies: string[]): number => bodies.reduce((n, b) => n + segments(b), 0);

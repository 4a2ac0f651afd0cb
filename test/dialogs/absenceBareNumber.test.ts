/**
 * « 1 » after an absence said for a Sunday: Hugo booked on Monday 7 and Tuesday 8 December, « Le signaler pour lundi 7 ? »
 * (Oui / Non) is asked: « 1 » is « Oui » (Monday 7 recorded), not 1 January.
 * The clock is Wednesday 18 November 2026, 15:00 in Paris, moved to Saturday 5 December, 10:00.
 */
import { signInAgain } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const absentDays = (c: Chat) => (c.core.db.$client.prepare('select day from absences order by day').all() as Array<{ day: string }>).map((a) => a.day);

/** The reason and the certificate, when asked. */
async function reasonGiven(c: Chat, replies: Awaited<ReturnType<Chat['say']>>) {
  if (offered(replies).length === 2 && !offered(replies).includes('Oui')) replies = await c.say('maladie');
  if (offered(replies).length === 1) await c.say('plus tard');
}

describe('« 1 » after an absence said for a Sunday', () => {
  it.each(['webchat', 'sms'])('%s: the next booked day offered, « 1 » is yes', async (channel) => {
    const { c, clock } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Hugo les 7 et 8 décembre');
    await c.say('oui');
    // From Wednesday 18 November, 15:00 to Saturday 5 December, 10:00.
    clock.advance(16 * 24 * 60 + 19 * 60);
    await signInAgain(c);
    await c.say('Hugo sera absent');
    expect(offered(await c.say('dimanche'))).toHaveLength(2);
    await reasonGiven(c, await c.say('1'));
    expect(absentDays(c)).toEqual(['2026-12-07']);
  });
});

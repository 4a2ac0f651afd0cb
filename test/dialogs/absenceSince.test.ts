/**
 * « Hugo est malade depuis hier »: the absence runs from yesterday to today (both stored), and how to add tomorrow is
 * said. Hugo is booked at the canteen on Monday 7, Tuesday 8 and Thursday 10 December; the clock is then moved to Tuesday 8 December, 9:00 in Paris.
 */
import { signInAgain } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const absentDays = (c: Chat) => (c.core.db.$client.prepare('select day from absences order by day').all() as Array<{ day: string }>).map((a) => a.day);

async function onTuesday(channelId: string): Promise<Chat> {
  const { c, clock } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  await c.say('réserver la cantine pour Hugo les 7, 8 et 10 décembre');
  await c.say('oui');
  // From Wednesday 18 November, 15:00 to Tuesday 8 December, 9:00.
  clock.advance(19 * 24 * 60 + 18 * 60);
  await signInAgain(c);
  return c;
}

describe('an absence « depuis » a past day', () => {
  it.each(table([['hugo est malade depuis hier'], ['Hugo malade dpuis hier'], ['hugo est absent depuis lundi, il a de la fièvre']]))('%s: « %s »: yesterday and today stored, tomorrow offered', async (channel, phrasing) => {
    const c = await onTuesday(channel);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    let replies = await c.say(phrasing);
    // Without an illness said, the reason is asked; on Web Chat the certificate may follow (« Plus tard »).
    if (offered(replies).length === 2) replies = await c.say('maladie');
    if (offered(replies).length === 1) replies = await c.say('plus tard');
    expect(absentDays(c)).toEqual(['2026-12-07', '2026-12-08']);
    expect(c.text(replies)).toContain(t('absence.untilToday'));
  });

  it.each(['webchat', 'sms'])('%s: « Hugo était absent hier » stays yesterday alone', async (channel) => {
    const c = await onTuesday(channel);
    let replies = await c.say('Hugo était absent hier, il était malade');
    if (offered(replies).length === 1) replies = await c.say('plus tard');
    expect(absentDays(c)).toEqual(['2026-12-07']);
  });
});

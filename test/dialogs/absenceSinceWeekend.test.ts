/**
 * « Hugo est malade depuis hier » said on Saturday 5 December: Friday 4 is recorded (Saturday has no school), and how to
 * add Monday is said (« absence.untilNextDay »), not « et demain aussi » (a Sunday); « lundi aussi » then records Monday 7.
 * Hugo is booked at the canteen on 3, 4 and 7 December; the clock is then moved to Saturday 5 December, 22:00 in Paris.
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

describe('an absence « depuis hier » said on a Saturday', () => {
  it.each(['webchat', 'sms'])('%s: Friday recorded, Monday offered by its name', async (channel) => {
    const { c, clock } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    await c.say('réserver la cantine pour Hugo les 3, 4 et 7 décembre');
    await c.say('oui');
    // From Wednesday 18 November, 15:00 to Saturday 5 December, 22:00.
    clock.advance(17 * 24 * 60 + 7 * 60);
    await signInAgain(c);
    let replies = await c.say('hugo est malade depuis hier');
    if (offered(replies).length === 1) replies = await c.say('plus tard');
    expect(absentDays(c)).toEqual(['2026-12-04']);
    expect(c.text(replies)).toContain(t('absence.untilNextDay', { day: 'lundi 7 décembre', weekday: 'lundi' }));
    replies = await c.say('lundi aussi');
    if (offered(replies).length === 1) await c.say('plus tard');
    expect(absentDays(c)).toEqual(['2026-12-04', '2026-12-07']);
  });
});

/**
 * « Hugo est malade demain » on Saturday 5 December (Sunday), Hugo booked next on Tuesday 5 January only: no day a month
 * on is offered (« absence.offerNextDay »), the days are asked (« absence.askDays »); « oui » records nothing then.
 * The clock is Wednesday 18 November 2026, 15:00 in Paris, moved to Saturday 5 December, 10:00.
 */
import { signInAgain } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const statuses = (c: Chat) => c.core.db.$client.prepare('select day, status from reservations order by day').all();

describe('an absence for a Sunday, the next booking a month on', () => {
  it.each(['webchat', 'sms'])('%s: the days asked, nothing offered nor cancelled', async (channel) => {
    const { c, clock } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    await c.say('réserver la cantine pour Hugo le 5 janvier');
    await c.say('oui');
    clock.advance(16 * 24 * 60 + 19 * 60);
    await signInAgain(c);
    const replies = c.text(await c.say('Hugo est malade demain'));
    expect(replies).toContain(t('absence.askDays'));
    await c.say('oui');
    expect(statuses(c)).toEqual([{ day: '2027-01-05', status: 'confirmed' }]);
  });
});

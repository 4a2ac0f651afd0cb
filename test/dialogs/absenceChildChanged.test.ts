/**
 * The child changed at the days' question of an absence (« en fait c'est Léa pas Hugo »): said so (« C'est noté : pour Léa »), the days asked again, then the
 * absence recorded for Léa only. Web Chat and SMS; asserts the locale key asked and the reservations' status.
 * The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const rows = (c: Chat) => c.core.db.$client.prepare(`select c.first_name as name, r.status from reservations r join children c on c.id = r.child_id order by c.first_name`).all();

describe('the child changed at the days asked', () => {
  it.each([
    ['webchat', "en fait c'est Léa pas Hugo"],
    ['sms', "en fait c'est Léa pas Hugo"],
    ['webchat', 'non plutôt léa'],
  ])('%s: « %s » then « le 7 décembre »', async (channel, instead) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    await c.say('réserver la cantine pour Léa et Hugo le 7 décembre');
    await c.say('oui');
    expect(c.text(await c.say('signaler une absence pour Hugo'))).toContain(t('absence.askDays'));
    const replies = await c.say(instead);
    expect(c.text(replies)).toContain(t('absence.askDays'));
    expect(c.text(replies)).toContain(t('booking.forChildren', { names: 'Léa' }));
    expect(c.text(replies)).not.toContain(t('booking.daysNotUnderstood'));
    await c.say('le 7 décembre');
    expect(rows(c)).toEqual([
      { name: 'Hugo', status: 'confirmed' },
      { name: 'Léa', status: 'cancelled' },
    ]);
  });
});

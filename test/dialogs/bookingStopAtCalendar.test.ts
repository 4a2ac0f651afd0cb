/**
 * « annule ça », « annuler » at the booking's calendar, nothing chosen yet: the booking stops (« commands.cancelled »), not
 * « je n'ai pas compris les jours »; a day said after it books nothing. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const rows = (c: Chat) => c.core.db.$client.prepare('select day from reservations').all();

describe('a stop at the booking calendar', () => {
  it.each(table([['annule ça'], ['annuler'], ['annulez ça svp'], ['non annule tout ça']]))('%s: « %s » stops the booking', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    await c.say('je veux réserver la cantine');
    await c.say('Hugo');
    const replies = c.text(await c.say(phrasing));
    expect(replies).toContain(t('commands.cancelled'));
    expect(replies).not.toContain(t('booking.daysNotUnderstood'));
    await c.say('le 8');
    await c.say('oui');
    expect(rows(c)).toEqual([]);
  });
});

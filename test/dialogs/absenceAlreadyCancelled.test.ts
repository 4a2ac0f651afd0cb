/**
 * An absence reported again for a day whose booking an earlier absence already cancelled (free of charge, before
 * the deadline): both children absent on 11 January when Léa was reported absent that day. Léa's day is said to be
 * already cancelled (not « nothing booked »), Hugo's absence is recorded. Web Chat and SMS; the rows assert the
 * reservations and the keys said.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});
const onEleventh = (c: Chat) =>
  c.core.db.$client.prepare("select c.first_name as child, r.status from reservations r join children c on c.id = r.child_id where r.day = '2027-01-11' order by c.first_name").all();

describe('a day already cancelled by an absence', () => {
  it.each(CHANNELS)('%s: « Léa et Hugo seront absents le 11 janvier » after Léa\'s absence that day', async (channelId) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    await c.say('réserver la cantine le 11 janvier pour Léa et Hugo');
    await c.say('oui');
    await c.say('Léa sera absente le 11 janvier');
    expect(onEleventh(c)).toEqual([{ child: 'Hugo', status: 'confirmed' }, { child: 'Léa', status: 'cancelled' }]);
    const replies = c.text(await c.say('Léa et Hugo seront absents le 11 janvier'));
    expect(replies).toContain(t('absence.alreadyCancelled', { name: 'Léa', days: '11 janvier' }));
    expect(replies).not.toContain(t('absence.noneBooked', { name: 'Léa', days: '11 janvier' }));
    expect(replies).toContain(t('absence.saved', { name: 'Hugo' }));
    expect(onEleventh(c)).toEqual([{ child: 'Hugo', status: 'cancelled' }, { child: 'Léa', status: 'cancelled' }]);
  });
});

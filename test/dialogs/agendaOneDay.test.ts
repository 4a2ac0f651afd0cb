/**
 * The bookings of one day asked (« est-ce que lea mange a la cantine lundi 23 ? »): the title names that day, not « du
 * lundi 23 novembre au lundi 23 novembre ». Asserts the locale keys said. The clock is Wednesday 18 November 2026; Léa
 * is booked at the canteen on Monday 23 November.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { heard } from '../support/heard';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the bookings of one day', () => {
  it.each(['webchat', 'sms'])('%s: the title is the day', async (channelId) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    await c.say('inscrire Léa à la cantine lundi');
    await c.say('oui');
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    const said = heard(await c.say('est-ce que lea mange a la cantine lundi 23 ?'));
    expect(said).toContain(t('agenda.title', { period: 'lundi 23 novembre' }));
    expect(said).not.toContain(t('agenda.period', { from: 'lundi 23 novembre', to: 'lundi 23 novembre' }));
  });
});

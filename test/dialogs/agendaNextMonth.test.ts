/**
 * « mes réservations » with nothing booked this month but some next month: that month is shown, said so, instead of
 * « Rien de réservé sur cette période ». A month asked by name stays that month. Asserts the locale keys said and
 * the month named in the title. The clock is Wednesday 18 November 2026.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { heard } from '../support/heard';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the next month with bookings', () => {
  it.each(['webchat', 'sms'])('%s: « mes réservations » shows January when November and December hold none', async (channelId) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa le 12 janvier');
    await c.say('oui');
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    const said = heard(await c.say('mes réservations'));
    expect(said).toContain(t('agenda.nothingThisMonth', { month: 'novembre 2026' }));
    expect(said).toContain(t('agenda.title', { period: 'janvier 2027' }));
    expect(said).not.toContain(t('agenda.title', { period: 'novembre 2026' }));
  });

  it('« mes réservations de décembre » stays December, nothing booked (SMS: the card in words)', async () => {
    const { c } = await signedInChat(chats, { channelId: 'sms', linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa le 12 janvier');
    await c.say('oui');
    const t = c.core.texts.for('fr', false, true);
    const said = heard(await c.say('mes réservations de décembre'));
    expect(said).toContain(t('agenda.nothing'));
    expect(said).not.toContain(t('agenda.title', { period: 'janvier 2027' }));
  });

  it('nothing booked in the next three months: « Rien de réservé » for this month (SMS)', async () => {
    const { c } = await signedInChat(chats, { channelId: 'sms', linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, true);
    const said = heard(await c.say('mes réservations'));
    expect(said).toContain(t('agenda.nothing'));
    expect(said).toContain(t('agenda.title', { period: 'novembre 2026' }));
  });
});

/**
 * At the activity question of a request for Léa (« le centre de loisirs pour Léa pendant les vacances de février », she is
 * not enrolled in it), a whole request for Hugo (« réserver la cantine de hugo le 10 décembre », « annuler la cantine de
 * hugo le 10 décembre »): read as that request, Hugo's day booked or cancelled. It was read as the activity's answer for
 * Léa, the day in February. Web Chat and SMS; the rows stored are asserted.
 */
import { signedInChat } from '../support/accounts';
import { bookedByChild } from '../support/booking';
import type { Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const HOLIDAYS = 'je veux reserver le centre de loisirs pour lea pendant les vacances de fevrier';

describe("another child's request at the activity question", () => {
  it.each(CHANNELS)('%s: « réserver la cantine de hugo le 10 décembre »: Hugo booked that day, nothing for Léa', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(c.text(await c.say(HOLIDAYS))).toContain(t('booking.askActivity'));
    await c.say('reserver la cantine de hugo le 10 decembre');
    await c.say('confirmer');
    expect(bookedByChild(c)).toEqual([{ child: 'Hugo', code: 'canteen', day: '2026-12-10' }]);
  });

  it.each(CHANNELS)('%s: « annuler la cantine de hugo le 10 décembre »: Hugo’s day cancelled', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine de Hugo le 10 décembre');
    await c.say('confirmer');
    expect(bookedByChild(c)).toEqual([{ child: 'Hugo', code: 'canteen', day: '2026-12-10' }]);
    await c.say(HOLIDAYS);
    await c.say('annuler la cantine de hugo le 10 decembre');
    await c.say('confirmer');
    expect(bookedByChild(c)).toEqual([]);
  });

  // No child named before (« réserver », then the activity asked): a request naming one is read whole. « garderie du soir pour
  // léa jeudi » booked Hugo (the evening care's only child) in Léa's place; Léa is not enrolled in it: nothing booked.
  it.each(CHANNELS)('%s: « réserver », then « garderie du soir pour léa jeudi »: nobody booked in her place', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver');
    await c.say('garderie du soir pour léa jeudi');
    await c.say('confirmer');
    await c.say('1');
    expect((bookedByChild(c) as Array<{ code: string }>).filter((b) => b.code === 'evening')).toEqual([]);
  });

  it.each(CHANNELS)('%s: « réserver », then « la cantine pour léa le 10 décembre »: Léa booked', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver');
    await c.say('la cantine pour léa le 10 décembre');
    await c.say('confirmer');
    expect(bookedByChild(c)).toEqual([{ child: 'Léa', code: 'canteen', day: '2026-12-10' }]);
  });

  it.each(CHANNELS)('%s: « annuler une réservation », then « la cantine de hugo le 10 décembre »: Hugo’s day cancelled', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine de Hugo le 10 décembre');
    await c.say('confirmer');
    await c.say('annuler une réservation');
    await c.say('la cantine de hugo le 10 decembre');
    await c.say('confirmer');
    expect(bookedByChild(c)).toEqual([]);
  });
});

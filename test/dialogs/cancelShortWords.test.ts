/**
 * Cancelling said short, as by SMS (« supp cantine », « supr la cantine de léa le 3 décembre »): a cancellation, the day
 * booked cancelled. It was read as a booking (« supp » unknown). And the weather told at the activity's question
 * (« il fait trop froid ajd »): not a day kept for the booking (it was « C'est noté pour le 18 novembre »).
 * Asserts the rows stored and the locale keys said; the clock is Wednesday 18 November 2026.
 */
import { signedInChat } from '../support/accounts';
import { bookedByChild } from '../support/booking';
import type { Chat } from '../support/harness';
import { CHANNELS, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('cancelling in short words', () => {
  it.each(table<string[]>([['supp la cantine de léa le 3 décembre'], ['supr cantine léa jeudi 3 décembre'], ['supp cantine', 'léa', 'le 3 décembre']]))('%s: « %s »…: Léa’s day cancelled', async (channel, ...says) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour léa le 3 décembre');
    await c.say('oui');
    expect(bookedByChild(c)).toHaveLength(1);
    for (const said of says) await c.say(said);
    await c.say('oui');
    expect(bookedByChild(c)).toEqual([]);
  });
});

describe('« supp » after a quantity: « supplémentaire »', () => {
  it.each(table<[]>([['réserver un jour supp de cantine pour léa le 3 décembre'], ['cantine en supp pour léa le 3 décembre svp']]))('%s: « %s »: a booking, not a cancellation', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say(said);
    await c.say('oui');
    expect(bookedByChild(c)).toHaveLength(1);
  });
});

describe('the weather told at the activity’s question', () => {
  it.each(CHANNELS)('%s: « il fait trop froid ajd » keeps no day: the question again', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver');
    const said = c.text(await c.say('il fait trop froid ajd'));
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(said).not.toContain(t('booking.daysNoted', { days: '18 novembre' }));
    expect(said).toContain(t('choice.again', { task: t('choice.task.booking') }));
  });
});

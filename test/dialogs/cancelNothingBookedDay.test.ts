/**
 * « jv annulé cantine lundi », nothing booked that Monday for any child: said at once (no child asked), and what to
 * do next; a child booked that day is still asked about as before. Web Chat and SMS. The clock is Wednesday 18 November 2026.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('cancelling a day nothing is booked on', () => {
  it.each(table([['jv annulé cantine lundi'], ['annuler la cantine le 23 novembre'], ['cancel canteen monday']]))('%s: « %s »: nothing booked said at once, no child asked', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const text = c.text(await c.say(said));
    expect(text).toContain(textBefore('booking.cancel.nothingBooked'));
    expect(text).not.toContain(textBefore('booking.askChildren'));
  });

  it.each(table([['jv annulé cantine lundi']]))('%s: « %s », Hugo booked that Monday: Hugo’s day to cancel, nothing said of an empty day', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Hugo le 23 novembre');
    await c.say('oui');
    await c.say('menu');
    const text = c.text(await c.say(said));
    expect(text).not.toContain(textBefore('booking.cancel.nothingBooked'));
    await c.say('oui');
    const left = c.core.db.$client.prepare("select count(*) as n from reservations where day = '2026-11-23' and status in ('confirmed', 'pending')").get() as { n: number };
    expect(left.n).toBe(0);
  });
});

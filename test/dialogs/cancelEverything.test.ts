/**
 * « en fait annule tout » in a booking while another booking was put aside: before, only the booking under way stopped, and the
 * one put aside came back into the next basket (« J'ai repris les jours que vous aviez gardés »: its day booked though the
 * resident had given everything up). Now every task is given up. « annuler » alone still keeps the one put aside.
 * Outcome: the rows booked by the next booking. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import { BASKET, bookedByChild } from '../support/booking';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function putAsideThenStopped(channel: string, stop: string): Promise<Chat> {
  const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
  expect(offered(await c.say('réserver la cantine pour Léa le 7 décembre'))).toEqual(BASKET);
  // Another task: the booking put aside (topicSwitch.ts), then a booking of another care.
  await c.say('mes factures');
  await c.say("réserver l'accueil du soir pour Hugo");
  await c.say(stop);
  expect(offered(await c.say('réserver la cantine pour Léa le 8 décembre'))).toEqual(BASKET);
  await c.say('Confirmer');
  return c;
}

describe('everything given up', () => {
  it.each(table([['en fait annule tout'], ['non on annule tout']]))('%s: « %s »: the booking put aside is given up too', async (channel, stop) => {
    const c = await putAsideThenStopped(channel, stop);
    expect(bookedByChild(c)).toEqual([{ child: 'Léa', code: 'canteen', day: '2026-12-08' }]);
  });

  it('« annuler » alone: the booking put aside is kept, its day joins the next basket', async () => {
    const c = await putAsideThenStopped('webchat', 'annuler');
    expect(bookedByChild(c)).toEqual([
      { child: 'Léa', code: 'canteen', day: '2026-12-07' },
      { child: 'Léa', code: 'canteen', day: '2026-12-08' },
    ]);
  });
});

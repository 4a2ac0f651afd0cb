/**
 * « en fait annule tout » (« laisse tout tomber », « oublie tout ») in a booking while another booking was put aside: before, only the booking under way stopped, and the
 * one put aside came back into the next basket (« J'ai repris les jours que vous aviez gardés »: its day booked though the
 * resident had given everything up). Now every task is given up. « annuler » alone still keeps the one put aside.
 * Outcome: the rows booked by the next booking. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import { BASKET, bookedByChild } from '../support/booking';
import type { Chat } from '../support/harness';
import { pausedDialogs } from '../support/dialogStack';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** `at`: the other booking's request, stopped at its calendar (no day said) or at its basket (a day said). */
async function putAsideThenStopped(channel: string, stop: string, at = "réserver l'accueil du soir pour Hugo"): Promise<Chat> {
  const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
  expect(offered(await c.say('réserver la cantine pour Léa le 7 décembre'))).toEqual(BASKET);
  // Another task: the booking put aside (topicSwitch.ts), then a booking of another care.
  await c.say('mes factures');
  await c.say(at);
  await c.say(stop);
  expect(offered(await c.say('réserver la cantine pour Léa le 8 décembre'))).toEqual(BASKET);
  await c.say('Confirmer');
  return c;
}

describe('everything given up', () => {
  it.each(table([['en fait annule tout'], ['non on annule tout'], ['laisse tout tomber'], ['oublie tout'], ['on laisse tout tomber']]))('%s: « %s »: the booking put aside is given up too', async (channel, stop) => {
    const c = await putAsideThenStopped(channel, stop);
    expect(bookedByChild(c)).toEqual([{ child: 'Léa', code: 'canteen', day: '2026-12-08' }]);
  });

  // « laisse tout tomber » read as days not understood at the calendar; at the basket, « oublie tout » gave up that basket only.
  it.each(table([['laisse tout tomber'], ['oublie tout'], ['en fait annule tout']]))('%s: « %s » at the other booking\'s basket: the booking put aside is given up too', async (channel, stop) => {
    const c = await putAsideThenStopped(channel, stop, "réserver l'accueil du soir pour Hugo le 9 décembre");
    expect(bookedByChild(c)).toEqual([{ child: 'Léa', code: 'canteen', day: '2026-12-08' }]);
  });

  // At the menu, the booking put aside offered back (« reprendre »): it was kept (« D'accord. », « Il n'y a rien en cours à annuler »).
  it.each(table([['oublie tout'], ['laisse tout tomber'], ['en fait annule tout']]))('%s: « %s » at the menu offering the booking put aside: it is given up', async (channel, stop) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa le 7 décembre');
    await c.say('mes factures');
    await c.say(stop);
    expect(pausedDialogs(c)).toEqual([]);
    expect(offered(await c.say('réserver la cantine pour Léa le 8 décembre'))).toEqual(BASKET);
    await c.say('Confirmer');
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

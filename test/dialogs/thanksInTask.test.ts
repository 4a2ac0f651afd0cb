/**
 * « merci » at a task's question, before anything is saved (the calendar of the days to book): the
 * thanks are taken, the resident is told nothing is saved yet and the same question is asked again
 * (not « je n'ai pas compris les jours »); the task then goes on to its end. The reservations stored
 * are asserted.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, labels, offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const BASKET = labels('booking.basket.confirm', 'booking.basket.modify', 'booking.basket.abandon');
const booked = (c: Chat) => c.core.db.$client.prepare("select day from reservations where status != 'cancelled'").all();

describe('thanks said in the middle of a booking', () => {
  it.each(table([['merci'], ['merci beaucoup'], ['ok merci']]))('%s: at the calendar, « %s »: not done yet, the calendar again', async (channel, thanks) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa');
    const replies = await c.say(thanks);
    expect(c.text(replies)).toContain(fr['topics.notDoneYet']);
    expect(c.text(replies)).not.toContain(fr['booking.daysNotUnderstood']);
    expect(booked(c)).toEqual([]);
    expect(offered(await c.say('le 7 décembre'))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(booked(c)).toEqual([{ day: '2026-12-07' }]);
  });
});

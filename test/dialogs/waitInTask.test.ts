/**
 * « att », « un instant », « attendez je regarde » at a task's question, on every channel: the question waits
 * and is asked again (not « je n'ai pas compris », not taken for an answer, not the menu); the next message
 * answers it and the task goes on to its end. The reservations stored are asserted.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, labels, offered, table } from '../support/prompts';
import { normalize } from '../../src/domain/text';
import { asksToWait } from '../../src/nlu/waitWords';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const BASKET = labels('booking.basket.confirm', 'booking.basket.modify', 'booking.basket.abandon');
const booked = (c: Chat) => c.core.db.$client.prepare("select day from reservations where status != 'cancelled'").all();

describe('asking for time in the middle of a task', () => {
  it.each(table([['att'], ['un instant svp'], ['attendez je regarde']]))('%s: at the calendar, « %s »: the calendar waits, then the days given book', async (channel, wait) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa');
    const replies = await c.say(wait);
    expect(c.text(replies)).toContain(fr['topics.wait']);
    expect(c.text(replies)).not.toContain(fr['booking.daysNotUnderstood']);
    expect(booked(c)).toEqual([]);
    expect(offered(await c.say('le 7 décembre'))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(booked(c)).toEqual([{ day: '2026-12-07' }]);
  });

  it.each(table([['att']]))('%s: at a yes/no question, « %s » is neither yes nor no: the question waits', async (channel, wait) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa');
    await c.say('le 7 décembre');
    expect(c.text(await c.say(wait))).toContain(fr['topics.wait']);
    expect(booked(c)).toEqual([]);
    await c.say('Confirmer');
    expect(booked(c)).toEqual([{ day: '2026-12-07' }]);
  });
});

describe('what is not asking for time', () => {
  it.each(['je cherche un acte de naissance', 'je regarde les horaires', 'ok', 'att 12', 'merci'])('« %s »', (text) => {
    expect(asksToWait(normalize(text))).toBe(false);
  });
  it.each(['att', 'Attendez, je la cherche !', 'un instant svp', 'hold on, I\'m looking', '2 min', 'je reviens'])('« %s » is', (text) => {
    expect(asksToWait(normalize(text))).toBe(true);
  });
});

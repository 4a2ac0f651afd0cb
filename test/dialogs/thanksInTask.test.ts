/**
 * « merci » at a task's question, before anything is saved (the calendar of the days to book): the
 * thanks are taken, the resident is told nothing is saved yet and the same question is asked again
 * (not « je n'ai pas compris les jours »); the task then goes on to its end. « att », « un instant »
 * (asking for time, the whole message) keep the question waiting the same way, at any question. The
 * reservations stored are asserted.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, offered, table } from '../support/prompts';
import { normalize } from '../../src/domain/text';
import { asksToWait } from '../../src/nlu/waitWords';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const booked = (c: Chat) => c.core.db.$client.prepare("select day from reservations where status != 'cancelled'").all();

describe('thanks, or asking for time, in the middle of a booking', () => {
  it.each(table([
    ['merci', 'topics.notDoneYet'], ['merci beaucoup', 'topics.notDoneYet'], ['ok merci', 'topics.notDoneYet'],
    ['att', 'topics.wait'], ['un instant svp', 'topics.wait'], ['attendez je regarde', 'topics.wait'], ['att je regarde le calendrier', 'topics.wait'],
  ]))('%s: at the calendar, « %s »: %s, the calendar again, then the days given book', async (channel, said, answer) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa');
    const replies = await c.say(said);
    expect(c.text(replies)).toContain(fr[answer]);
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

  it.each(table([['merci'], ['merci beaucoup'], ['mrc']]))('%s: at the basket (its options yes and no), « %s » is thanks: nothing booked, the basket again, then « Confirmer » books', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa');
    await c.say('le 7 décembre');
    const replies = await c.say(said);
    expect(c.text(replies)).toContain(fr['topics.notDoneYet']);
    expect(offered(replies)).toEqual(BASKET);
    expect(booked(c)).toEqual([]);
    await c.say('Confirmer');
    expect(booked(c)).toEqual([{ day: '2026-12-07' }]);
  });

  it.each(table([['ok merci'], ['oui merci']]))('%s: at the basket, « %s » is a yes: booked', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa');
    await c.say('le 7 décembre');
    await c.say(said);
    expect(booked(c)).toEqual([{ day: '2026-12-07' }]);
  });

  it.each(table([['au revoir'], ['merci au revoir']]))('%s: at the basket, « %s » puts the booking aside: nothing booked, « reprendre » shows the basket again', async (channel, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa');
    await c.say('le 7 décembre');
    await c.say(said);
    expect(booked(c)).toEqual([]);
    expect(offered(await c.say('reprendre'))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(booked(c)).toEqual([{ day: '2026-12-07' }]);
  });
});

describe('what is not asking for time', () => {
  it.each(['je cherche un acte de naissance', 'je regarde les horaires', 'ok', 'att 12', 'merci', 'att je regarde le 12'])('« %s »', (text) => {
    expect(asksToWait(normalize(text))).toBe(false);
  });
  it.each(['att', 'Attendez, je la cherche !', 'un instant svp', 'hold on, I\'m looking', '2 min', 'je reviens', 'att je regarde le calendrier', 'un instant je vérifie'])('« %s » is', (text) => {
    expect(asksToWait(normalize(text))).toBe(true);
  });
});

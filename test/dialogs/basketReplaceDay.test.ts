/**
 * At the basket, a day replaced by another in so many words (« remplace le 8 par le 10 », « change le 8 pour le 10 »,
 * « le 10 à la place du 8 »): the 8th leaves the basket, the 10th joins it, the other days stay. It was the basket
 * replaced by the days said (the 7th lost, the 8th kept), or « à la place du 8 » read as 8 January.
 * Asserts the days booked once confirmed. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const booked = (c: Chat) => (c.core.db.$client.prepare("select day from reservations where status <> 'cancelled' order by day").all() as Array<{ day: string }>).map((r) => r.day);

describe('a day of the basket replaced by another', () => {
  it.each(table([['remplace le 8 par le 10'], ['change le 8 pour le 10'], ['le 10 à la place du 8'], ['vous pouvez remplacer le mardi 8 par le jeudi 10 ?']]))('%s: « %s »: the 7th and the 10th booked', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa les 7 et 8 décembre');
    await c.say(phrasing);
    await c.say('oui');
    expect(booked(c)).toEqual(['2026-12-07', '2026-12-10']);
  });

  // In English: « replace the 8th with the 10th » read as a payment put the booking aside (« the 10th » was no day after « with »).
  it.each(table([['replace the 8th with the 10th'], ['change the 8th to the 10th']]))('%s: « %s » in English: the 7th and the 10th booked, the booking not put aside', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('english');
    await c.say('book the canteen for Léa on December 7 and 8');
    await c.say(phrasing);
    await c.say('Confirm');
    expect(booked(c)).toEqual(['2026-12-07', '2026-12-10']);
  });
});

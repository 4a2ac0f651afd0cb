/**
 * A request taken back in the same message (« réserver le 15, non en fait annulez tout »): the resident gives it up.
 * It was read as a cancellation of the 15th (« rien à annuler »). Nothing is stored and the bot says it stops.
 * At a question of a booking (the calendar, the basket, the activity) it stops the booking as « annuler » (its « annul… »
 * words were read as days to cancel). Web Chat and SMS; asserts the rows stored and the locale key said. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { bookedByChild } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('a request taken back in its own message', () => {
  it.each(table([
    ['réserver le 15, non en fait annulez tout'],
    ['réserver la cantine le 15 décembre, non finalement laissez tomber'],
    ['je veux inscrire Léa à la cantine le 15 décembre... en fait non, oubliez'],
  ]))('%s: « %s »: nothing stored, the bot stops', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const reply = c.text(await c.say(phrasing));
    expect(reply).toContain(fr['commands.stopped']);
    await c.say('oui');
    await c.say('1');
    expect(bookedByChild(c)).toEqual([]);
  });
});

describe('a request taken back at a question of the booking', () => {
  it.each(table([
    ['réserver la cantine pour Léa'],
    ['réserver la cantine pour Léa le 14 décembre'],
    ['réserver'],
  ]))('%s: after « %s », « réserver le 15, non en fait annulez tout »: the booking stops, nothing stored', async (channel, first) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say(first);
    expect(c.text(await c.say('réserver le 15, non en fait annulez tout'))).toContain(fr['commands.cancelled']);
    await c.say('1');
    expect(bookedByChild(c)).toEqual([]);
  });
});

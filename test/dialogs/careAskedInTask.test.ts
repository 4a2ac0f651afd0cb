/**
 * The care questions the menu answers (no more SMS, the papers to enrol, who may collect a child, a diet, an item lost),
 * asked in the middle of a task: answered in place, the question asked again, what was entered kept. Before, the calendar
 * read them as days not understood, the basket as « pas compris » (the papers got the périscolaire's contact), and « il a
 * perdu son doudou à la garderie » changed the basket's activity to the garderie. Outcome: the booking made afterwards
 * (its activity and day), the answer's locale key. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import { BASKET, confirmedRows } from '../support/booking';
import { startChat, type Chat } from '../support/harness';
import { offered, table, textBeforeOn } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const ASKED: Array<[string, string]> = [
  ['jveux plus recevoir les sms', 'reminders.smsOptOut'],
  ['ya un papier à fournir pour inscrire à la cantine ?', 'enrolment.papers'],
  ['ma voisine peut la récupérer au centre ?', 'care.pickup'],
  ['ma fille mange sans porc, c possible ?', 'care.diet'],
  ['il a perdu son doudou à la garderie', 'care.lost'],
];

describe('a care question in the middle of a booking', () => {
  it.each(table(ASKED))('%s: « %s » at the calendar and at the basket: %s, then the canteen booked on the day given', async (channel, question, key) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa');
    expect(c.text(await c.say(question))).toContain(textBeforeOn(key, channel));
    expect(offered(await c.say('le 7 décembre'))).toEqual(BASKET);
    const atBasket = await c.say(question);
    expect(c.text(atBasket)).toContain(textBeforeOn(key, channel));
    expect(offered(atBasket)).toEqual(BASKET);
    await c.say('Confirmer');
    expect(confirmedRows(c)).toEqual([{ code: 'canteen', child: 'Léa', day: '2026-12-07' }]);
  });

  it.each(table([['ma voisine peut la récupérer au centre ?', 'care.pickup'], ['jveux plus recevoir les sms', 'reminders.smsOptOut']]))('%s: « %s » where the booking asks to sign in: %s, the e-mail asked again', async (channel, question, key) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(c.text(await c.say('je veux réserver la cantine pour Léa'))).toContain(t('signIn.askEmail'));
    const replies = c.text(await c.say(question));
    expect(replies).toContain(textBeforeOn(key, channel));
    expect(replies).toContain(t('signIn.askEmail'));
  });
});

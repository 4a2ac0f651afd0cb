/**
 * A booking put aside (« retour », « menu », « back » at its basket: « Ce que vous avez donné est gardé »), then a new
 * booking asked from the menu for another day: the days kept come back into the new basket (said so), and both are
 * booked once confirmed. A booking put aside for another child stays aside and is offered back after the new one.
 * Web Chat and SMS, in French and English; the reservations stored are asserted. The clock is Wednesday 18 November 2026.
 */
import path from 'node:path';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { readLocaleFile } from '../../src/i18n';
import { fr, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const booked = (c: Chat) => (c.core.db.$client.prepare("select c.first_name as name, r.day from reservations r join children c on c.id = r.child_id where r.status = 'confirmed' order by r.day").all() as Array<{ name: string; day: string }>).map((r) => `${r.name} ${r.day}`);
/** The days in the basket shown last (the newest basket stored). */
const basketDays = (c: Chat) => {
  const row = c.core.db.$client.prepare('select changes from baskets order by id desc limit 1').get() as { changes: string };
  return (JSON.parse(row.changes) as Array<{ day: string }>).map((x) => x.day).sort();
};
const en = readLocaleFile(path.join(__dirname, '../../locales'), 'en');
const TAKEN_BACK = fr['booking.basket.keptTakenBack'] as string;

describe('a booking set aside, then a new booking for the same child and activity: the kept days join the new basket', () => {
  it.each([
    ['sms', 'retour'],
    ['webchat', 'retour'],
    ['sms', 'menu'],
    ['webchat', 'retour au menu'],
  ])('%s: « %s » at the basket of the 12th, then the 14th asked', async (channel, back) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('inscrire hugo a la garderie du soir le 12 janvier');
    expect(c.text(await c.say(back))).toContain(fr['topics.pausedKept']);
    const basket = c.text(await c.say('inscrire hugo a la garderie du soir le 14 janvier'));
    expect(basket).toContain(TAKEN_BACK);
    expect(basketDays(c)).toEqual(['2027-01-12', '2027-01-14']);
    await c.say('Confirmer');
    expect(booked(c)).toEqual(['Hugo 2027-01-12', 'Hugo 2027-01-14']);
    // Its days booked, the booking set aside is not offered back.
    expect(c.text(await c.say('reprendre'))).toContain(textBefore('topics.nothingPaused'));
  });

  it('in English: « back » at the basket of the 12th, then the 14th asked', async () => {
    const { c } = await signedInChat(chats, { channelId: 'sms', linkFile: 'CSP-F-000101' });
    await c.say('english');
    await c.say('book the canteen for Hugo on 12 January');
    await c.say('back');
    expect(c.text(await c.say('book the canteen for Hugo on 14 January'))).toContain(en['booking.basket.keptTakenBack']);
    expect(basketDays(c)).toEqual(['2027-01-12', '2027-01-14']);
    await c.say('Confirm');
    expect(booked(c)).toEqual(['Hugo 2027-01-12', 'Hugo 2027-01-14']);
  });
});

describe('a booking set aside for another child: kept aside, offered back once the new booking ends', () => {
  it.each([['sms'], ['webchat']])('%s: Hugo on the 12th set aside, Léa on the 14th booked', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('inscrire hugo a la garderie du soir le 12 janvier');
    await c.say('retour');
    const basket = c.text(await c.say('inscrire lea a la cantine le 14 janvier'));
    expect(basket).not.toContain(TAKEN_BACK);
    expect(c.text(await c.say('Confirmer'))).toContain(textBefore('topics.offer'));
    expect(booked(c)).toEqual(['Léa 2027-01-14']);
    await c.say('reprendre');
    await c.say('Confirmer');
    expect(booked(c)).toEqual(['Hugo 2027-01-12', 'Léa 2027-01-14']);
  });
});

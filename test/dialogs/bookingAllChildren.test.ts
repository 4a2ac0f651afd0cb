/**
 * Every child said in the first message (« pour les deux enfants », « pour tous les enfants »,
 * « inscrire mes enfants », « pour Hugo et Léa »): one basket for both, each child read back by
 * name, « Pour quel enfant ? » not asked; said as its answer (« mes deux enfants ») or at the basket
 * (« non, pour les deux enfants », « pour Hugo aussi »): the same. Web Chat and SMS; each row asserts the basket read back
 * and the reservations stored. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET, bookedByChild } from '../support/booking';
import { allChildrenSaid } from '../../dialogs/allChildrenSaid';
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { signedInChat } from '../support/accounts';
import { ROOT } from '../support/harness';
import type { Chat } from '../support/harness';
import { labels, offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const booked = bookedByChild;
const en = readLocaleFile(path.join(ROOT, 'locales'), 'en');
const EN_BASKET = ['booking.basket.confirm', 'booking.basket.modify', 'booking.basket.abandon'].map((k) => en[k]);
const BOTH = [{ child: 'Hugo', code: 'canteen', day: '2027-01-12' }, { child: 'Léa', code: 'canteen', day: '2027-01-12' }];

describe('both children said up front', () => {
  it.each(table([
    ['réserver la cantine pour les deux enfants le 12 janvier'],
    ['réserver la cantine pour mes deux enfants le 12 janvier'],
    ['réserver la cantine pour tous les enfants le 12 janvier'],
    ['je veux inscrire mes enfants à la cantine le 12 janvier'],
    ['réserver la cantine pour Hugo et Léa le 12 janvier'],
    ['cantine le 12 janvier pour nos enfants'],
  ]))('%s: « %s » → one basket for Léa and Hugo, confirmed', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const replies = await c.say(phrasing);
    expect(offered(replies)).toEqual(BASKET);
    expect(c.text(replies)).toContain('Léa');
    expect(c.text(replies)).toContain('Hugo');
    await c.say('oui');
    expect(booked(c)).toEqual(BOTH);
  });
});

describe('both children said by a word before the day', () => {
  it.each(table([['cantin for both 3 decembre'], ['canteen for both 3 december'], ['cantine pour les enfants 3 décembre'], ['cantine for all my kids 3 dec']]))('%s: « %s » → one basket for Léa and Hugo, the child not asked', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    // Said in English, the basket may be asked in English.
    expect([BASKET, EN_BASKET]).toContainEqual(offered(await c.say(phrasing)));
    await c.say('1');
    expect(booked(c)).toEqual([{ child: 'Hugo', code: 'canteen', day: '2026-12-03' }, { child: 'Léa', code: 'canteen', day: '2026-12-03' }]);
  });
});

describe('both children said later', () => {
  it.each(table([['mes deux enfants'], ['les enfants'], ['pour tous les enfants']]))('%s: « Pour quel enfant ? » answered « %s » → one basket for both, confirmed', async (channel, answer) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('réserver la cantine le 12 janvier'))).toEqual(['Léa', 'Hugo', ...labels('booking.allChildren')]);
    expect(offered(await c.say(answer))).toEqual(BASKET);
    await c.say('oui');
    expect(booked(c)).toEqual(BOTH);
  });

  it.each(table([['non, pour les deux enfants'], ['pour Hugo aussi'], ['non pour les deux']]))('%s: a basket for Léa, « %s » → the same day for both, confirmed', async (channel, answer) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('réserver la cantine pour Léa le 12 janvier'))).toEqual(BASKET);
    const replies = await c.say(answer);
    expect(offered(replies)).toEqual(BASKET);
    expect(c.text(replies)).toContain('Hugo');
    expect(booked(c)).toEqual([]);
    await c.say('oui');
    expect(booked(c)).toEqual(BOTH);
  });

  it.each(table([["non c'est pour Hugo"]]))('%s: a basket for Léa, « %s » → Hugo’s instead, confirmed', async (channel, answer) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('réserver la cantine pour Léa le 12 janvier'))).toEqual(BASKET);
    expect(offered(await c.say(answer))).toEqual(BASKET);
    await c.say('oui');
    expect(booked(c)).toEqual([{ child: 'Hugo', code: 'canteen', day: '2027-01-12' }]);
  });
});

describe('allChildrenSaid', () => {
  it.each([
    ['pour tous les enfants', true],
    ['inscrire mes enfants à la cantine', true],
    ['réserver les deux enfants mardi', true],
    ['pour nos enfants', true],
    // A list of days, not the children.
    ['réserver pour les 2 et 3 mars', false],
    ['réserver pour les 2 décembre', false],
    ['cantine pour tous les 3 premiers jours', false],
    ['cantin for both decembre 3', true],
    ['inscrire Léa à la cantine', false],
  ])('« %s » → %p', (text, all) => {
    expect(allChildrenSaid(text)).toBe(all);
  });
});

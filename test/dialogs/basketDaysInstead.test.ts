/**
 * « non finalement les jeudis » at the basket of Mondays: the basket becomes the Thursdays (not « pas dans votre panier »),
 * booked on « oui »; at the calendar of days to book, the same words book those days. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET, confirmedRows } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const days = (c: Chat) => confirmedRows(c).map((r) => r.day);
const THURSDAYS = ['2027-01-07', '2027-01-14', '2027-01-21', '2027-01-28'];

describe('other days said with a « non » at the basket', () => {
  it.each(table([['non finalement les jeudis'], ['non finalement les jeudis de janvier'], ['ah non en fait plutôt les jeudis']]))('%s: « %s » makes the basket the Thursdays', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Hugo les lundis de janvier');
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('oui');
    expect(days(c)).toEqual(THURSDAYS);
  });

  it.each(['webchat', 'sms'])('%s: « non finalement les jeudis de janvier » at the calendar books them', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Hugo');
    expect(offered(await c.say('non finalement les jeudis de janvier'))).toEqual(BASKET);
    await c.say('oui');
    expect(days(c)).toEqual(THURSDAYS);
  });
});

describe('other weekdays said at a basket that runs over two months', () => {
  it.each(['webchat', 'sms'])('%s: « non finalement les jeudis » at the Tuesdays of 5 January to 2 February makes them the Thursdays of those weeks (not February\'s)', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Hugo les mardis du 5 janvier au 2 février');
    expect(offered(await c.say('non finalement les jeudis'))).toEqual(BASKET);
    await c.say('oui');
    expect(days(c)).toEqual([...THURSDAYS, '2027-02-04']);
  });
});

describe('« abandonner » said of a day, with another day', () => {
  it.each(['webchat', 'sms'])('%s: « je préfère abandonner ce jour-là, mettez plutôt jeudi » changes the basket to the Thursday, it does not give it up', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Hugo le mardi 5 janvier');
    expect(offered(await c.say("je préfère abandonner ce jour-là, mettez plutôt jeudi"))).toEqual(BASKET);
    await c.say('oui');
    expect(days(c)).toEqual(['2027-01-07']);
  });
});

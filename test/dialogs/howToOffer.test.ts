/**
 * How a task goes, asked with its days (« et pour reserver le mercredi comment on fait »): explained and offered, nothing
 * started; « oui » next does it with the question's words; « non » leaves it. Asserts the locale key said, the options
 * asked next and the bookings stored. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const booked = (c: Chat) => (c.core.db.$client.prepare("select day from reservations where status != 'cancelled' order by day").all() as Array<{ day: string }>).map((r) => r.day);

describe('how to book, asked with the days', () => {
  it.each(table([['et pour reserver le mercredi comment on fait'], ['comment je fais pour réserver la cantine de Léa lundi ?'], ['reserver cantine lundi pr léa cmt on fait']]))('%s: « %s »: explained, the booking offered, nothing started', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    const replies = await c.say(phrasing);
    expect(c.text(replies)).toContain(t('howTo.offer.booking'));
    expect(offered(replies)).not.toEqual(BASKET);
    expect(booked(c)).toEqual([]);
  });

  it.each(['webchat', 'sms'])('%s: the offer is the last thing said, no menu after it', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    const replies = await c.say('comment on fait pour réserver mercredi ?');
    expect(c.text(replies).trim().endsWith(t('howTo.offer.booking'))).toBe(true);
    expect(c.text(replies)).not.toContain(t('menu.again'));
    expect(c.text(replies)).not.toContain(t('menu.afterAnswer'));
  });

  it.each(['webchat', 'sms'])('%s: « oui » then books the day asked about', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('comment je fais pour réserver la cantine de Léa lundi ?');
    expect(offered(await c.say('oui'))).toEqual(BASKET);
    await c.say('oui');
    expect(booked(c)).toEqual(['2026-11-23']);
  });

  it.each(['webchat', 'sms'])('%s: « non » then books nothing', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('comment je fais pour réserver la cantine de Léa lundi ?');
    expect(offered(await c.say('non'))).not.toEqual(BASKET);
    expect(booked(c)).toEqual([]);
  });
});

// Neither a booking (« annuler ») nor a new absence is offered: « oui » would have cancelled or recorded the day.
describe('an absence taken back, asked how', () => {
  it.each(table([["comment je fais pour annuler l'absence de Léa lundi ?"], ['comment on annule une absence signalée pour lundi']]))('%s: « %s »: no booking explained nor offered', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    const replies = await c.say(phrasing);
    expect(c.text(replies)).not.toContain(t('howTo.offer.booking'));
    expect(c.text(replies)).not.toContain(t('commands.help.booking'));
    expect(c.text(replies)).not.toContain(t('howTo.offer.absence'));
  });
});

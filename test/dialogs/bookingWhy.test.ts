/**
 * « pourquoi ? » or a question about the late surcharge during a booking: the commune's deadlines and
 * surcharge are said where they are asked, the basket or the calendar shown again and kept (they
 * opened « Vos factures », the learned model reading « pourquoi ? » as an invoice question, and the
 * booking was dropped). Outside a booking, « pourquoi ? » alone is never an invoice request, and a
 * question about the surcharge is answered by the deadlines. Web Chat and SMS; the reservations stored
 * are asserted. The clock is Wednesday 18 November 2026, 15:00 in Paris: Friday 20 November is late.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { fr, offered, table, deadlinesIntro } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const booked = (c: Chat) => (c.core.db.$client.prepare("select day from reservations where status != 'cancelled' order by day").all() as Array<{ day: string }>).map((r) => r.day);
const invoicesShown = (c: Chat, text: string) => text.includes(fr['invoices.title'] as string) || text.includes(fr['invoices.signInFirst'] as string);

async function chat(channelId: string): Promise<Chat> {
  return (await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' })).c;
}

describe('why, or the surcharge, asked at a basket', () => {
  it.each(table([
    ['pourquoi ?'], ['pk ?'], ['mais pourquoi ?'],
    ['c\'est combien la majoration si je reserve en retard ?'], ['il y a une majoration de combien ?'], ['ya une majoration si c en retard ?'],
  ]))('%s: a late basket, « %s »: the deadlines and the 20 % surcharge, the basket again, « Confirmer » books', async (channel, question) => {
    const c = await chat(channel);
    expect(offered(await c.say('réserver la cantine pour Léa le vendredi 20 novembre'))).toEqual(BASKET);
    const replies = await c.say(question);
    const text = c.text(replies);
    expect(text).toContain(deadlinesIntro(channel));
    expect(text).toContain('20 %');
    expect(invoicesShown(c, text)).toBe(false);
    expect(offered(replies)).toEqual(BASKET);
    expect(booked(c)).toEqual([]);
    await c.say('Confirmer');
    expect(booked(c)).toEqual(['2026-11-20']);
  });

  it.each(table([['pourquoi ?']]))('%s: at the calendar, « %s »: the deadlines, then the days given are the basket', async (channel, question) => {
    const c = await chat(channel);
    expect(offered(await c.say('réserver la cantine pour Léa'))).not.toEqual(BASKET);
    const text = c.text(await c.say(question));
    expect(text).toContain(deadlinesIntro(channel));
    expect(invoicesShown(c, text)).toBe(false);
    expect(offered(await c.say('le 7 décembre'))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(booked(c)).toEqual(['2026-12-07']);
  });
});

describe('outside a booking', () => {
  it.each(table([['pourquoi ?'], ['pk ?']]))('%s: not signed in, « %s » is not an invoice request', async (channel, question) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    expect(invoicesShown(c, c.text(await c.say(question)))).toBe(false);
  });

  it.each(table([['il y a une majoration de combien ?'], ['ya une majoration si c en retard ?']]))('%s: signed in, « %s »: the deadlines and the surcharge, no invoice', async (channel, question) => {
    const c = await chat(channel);
    const text = c.text(await c.say(question));
    expect(text).toContain(deadlinesIntro(channel));
    expect(text).toContain('20 %');
    expect(invoicesShown(c, text)).toBe(false);
  });
});

/**
 * A request for another task typed where the list of one invoice asks « Voulez-vous voir cette facture ? »
 * (« cantine pour hugo vendredi 11 decembre »): the booking is made, no invoice opened nor paid. Web Chat and SMS;
 * the clock is Wednesday 18 November 2026 (« absent vendredi 27 »: nothing booked that day, said so).
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { labels, offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const payments = (c: Chat) => c.core.db.$client.prepare('select invoice_id as invoice from payments').all();
const booked = (c: Chat) => (c.core.db.$client.prepare("select day from reservations where status = 'confirmed' order by day").all() as Array<{ day: string }>).map((r) => r.day);
const DETAIL = labels('invoices.payShort', 'invoices.back', 'invoices.menu');

it.each(table([['cantine pour hugo vendredi 11 decembre'], ['reserver la cantine pour Hugo le 11 décembre'], ['hugo sera absent vendredi 27']]))('%s: « %s » at the list of one invoice opens no invoice', async (channel, said) => {
  const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
  await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour 1', 7380, '2026-12-15', 'agent');
  await c.say('mes factures');
  const r = await c.say(said);
  
  expect(offered(r)).not.toEqual(DETAIL);
  expect(payments(c)).toEqual([]);
  if (said.includes('cantine')) {
    expect(offered(r)).toEqual(BASKET);
    await c.say('oui');
    expect(booked(c)).toEqual(['2026-12-11']);
  }
});

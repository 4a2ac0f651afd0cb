/**
 * The list of invoices asks which invoice to see (« Voulez-vous voir cette facture ? » when it shows only
 * one). « confirmer », « je valide » answer no question of it: nothing is opened, nothing paid, the list
 * asked again — and the basket's « Confirmer » typed after « mes factures » (the booking put aside) pays
 * nothing either; the booking, taken back, is confirmed. « oui » opens the one invoice, whose « Voulez-vous
 * payer cette facture ? » a « confirmer » answers. Web Chat and SMS; the payments and reservations stored
 * are asserted. The clock is Wednesday 18 November 2026.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { labels, offered, table } from '../support/prompts';
import { heard } from '../support/heard';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const payments = (c: Chat) => c.core.db.$client.prepare('select invoice_id as invoice, amount_cents as amount from payments order by id').all();
const booked = (c: Chat) => (c.core.db.$client.prepare("select day from reservations where status = 'confirmed' order by day").all() as Array<{ day: string }>).map((r) => r.day);
/** The actions of an invoice shown: « Payer », « Mes factures », « Menu ». */
const DETAIL = labels('invoices.payShort', 'invoices.back', 'invoices.menu');

async function oneInvoice(channelId: string) {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  const invoice = await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour 1', 7380, '2026-12-15', 'agent');
  return { c, invoice };
}

describe('a word of another question at the list of one invoice', () => {
  it.each(table([['confirmer'], ['je confirme'], ['valider']]))('%s: « %s » twice at the list: nothing opened, nothing paid', async (channel, said) => {
    const { c } = await oneInvoice(channel);
    await c.say('mes factures');
    expect(offered(await c.say(said))).not.toEqual(DETAIL);
    expect(offered(await c.say(said))).not.toEqual(DETAIL);
    expect(payments(c)).toEqual([]);
  });

  it.each(table([['oui'], ['1']]))('%s: « %s » at the list opens the invoice; « confirmer » then answers « Voulez-vous payer ? »', async (channel, said) => {
    const { c, invoice } = await oneInvoice(channel);
    await c.say('mes factures');
    expect(offered(await c.say(said))).toEqual(DETAIL);
    await c.say('confirmer');
    expect(payments(c)).toEqual([{ invoice: invoice.id, amount: 7380 }]);
  });

  it.each(table([['Confirmer']]))('%s: « mes factures » at a basket, then the basket\'s « %s »: no payment; « reprendre » brings the basket back, confirmed', async (channel, said) => {
    const { c } = await oneInvoice(channel);
    expect(offered(await c.say('réserver la cantine pour Léa le 12 janvier'))).toEqual(BASKET);
    await c.say('mes factures');
    await c.say(said);
    await c.say(said);
    expect(payments(c)).toEqual([]);
    expect(offered(await c.say('reprendre'))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(booked(c)).toEqual(['2027-01-12']);
    expect(payments(c)).toEqual([]);
  });
});

describe('an invoice of the list asked in words', () => {
  it.each(table([['c quoi la 1ere', 0], ['montre moi la 2', 1], ['je veux voir la deuxième', 1]]))('%s: « %s » opens that invoice of the list', async (channel, said, index) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const first = await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour 1', 7380, '2026-12-15', 'agent');
    const second = await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour 2', 4500, '2026-12-16', 'agent');
    await c.say('mes factures');
    const shown = heard(await c.say(said));
    // The list shows the newest first.
    const wanted = [second, first][index as number]!;
    const other = [second, first][1 - (index as number)]!;
    expect(shown).toContain(wanted.number);
    expect(shown).not.toContain(other.number);
  });
});

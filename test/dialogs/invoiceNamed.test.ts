/**
 * The invoice named in the first message is shown at once, and « oui » pays it: by its label
 * (« régler la facture du séjour », « payer la photo de classe »), its number, its amount or its
 * month; a message that names none, or names two, shows the list. Web Chat and SMS; each row
 * asserts the payment attempt made (its amount) or none.
 */
import { invoiceNamed } from '../../dialogs/invoiceNamed';
import type { Invoice } from '../../src/domain/types';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { labels, offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** Two invoices to pay: the trip (73,80 €, CSP-FAC-2026-000001), then the photo (12 €, CSP-FAC-2026-000002). */
async function withInvoices(channelId: string) {
  const signed = await signedInChat(chats, { linkFile: 'CSP-F-000101', channelId });
  const invoices = signed.c.core.service.invoices;
  await invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', '7916 - Séjour CT 3 (Ecole du PARC)', 7380, '2026-12-15', 'agent');
  await invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Photo de classe', 1200, '2026-12-20', 'agent');
  return signed.c;
}
const payments = (c: Chat) => c.core.db.$client.prepare('select amount_cents as amount from payments').all();
const ACTIONS = labels('invoices.payShort', 'invoices.back', 'invoices.menu');

describe('the invoice named up front', () => {
  it.each(table([
    ['je veux régler la facture du séjour', 7380], ['regler la facture du sejour', 7380], ['payer le sejour', 7380], ['je veux payer la photo de classe par carte', 1200],
    ['payer la photo', 1200], ['voir la facture CSP-FAC-2026-000002', 1200], ['payer la facture 000001', 7380], ['je veux payer la facture de 73,80 €', 7380],
    ['payer ma facture de 12 euros', 1200], ['régler la fature du séjour', 7380],
  ]))('%s: « %s » shows that invoice at once, « oui » pays %s cents', async (channel, phrasing, amount) => {
    const c = await withInvoices(channel);
    expect(offered(await c.say(phrasing))).toEqual(ACTIONS);
    expect(payments(c)).toEqual([]);
    await c.say('oui');
    expect(payments(c)).toEqual([{ amount }]);
  });

  it.each(table([['payer ma facture'], ['mes factures'], ['payer la facture de cantine'], ['payer le séjour et la photo']]))('%s: « %s » names no one invoice: the list, and « oui » pays nothing', async (channel, phrasing) => {
    const c = await withInvoices(channel);
    expect(offered(await c.say(phrasing))).not.toEqual(ACTIONS);
    await c.say('oui');
    expect(payments(c)).toEqual([]);
  });

  it.each(table([['mes factures'], ['voir mes factures']]))('%s: one invoice in the list: « %s », « oui » chooses it, « oui » pays it', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101', channelId: channel });
    await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Photo de classe', 1200, '2026-12-20', 'agent');
    expect(offered(await c.say(phrasing))).not.toEqual(ACTIONS);
    expect(offered(await c.say('oui'))).toEqual(ACTIONS);
    await c.say('oui');
    expect(payments(c)).toEqual([{ amount: 1200 }]);
  });
});

describe('invoiceNamed', () => {
  const invoice = (id: number, label: string, totalCents: number, periodStart: string | null = null): Invoice =>
    ({ id, number: `CSP-FAC-2026-${String(id).padStart(6, '0')}`, label, totalCents, periodStart, status: 'issued' }) as unknown as Invoice;
  const ALL = [invoice(1, 'Séjour neige', 7380), invoice(2, 'Photo de classe', 1200), invoice(3, 'Facturation unique — octobre 2026', 4550, '2026-10-01'), invoice(4, 'Facturation unique — novembre 2026', 3210, '2026-11-01')];

  it.each([
    ['régler la facture du séjour', 1], ['payer la photo', 2], ['la facture d octobre', 3], ['payer novembre', 4], ['45,50 €', 3], ['32.10 euros', 4], ['73 € 80', 1],
    ['CSP-FAC-2026-000002', 2], ['la 000004', 4], ['le sejours', 1],
    ['payer ma facture', undefined], ['mes factures', undefined], ['la facturation unique', undefined], ['payer le séjour et la photo', undefined], ['facture de 2026', undefined],
  ])('« %s » names invoice %s', (text, id) => {
    expect(invoiceNamed(text, ALL)?.id).toBe(id);
  });
});

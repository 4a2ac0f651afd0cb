/**
 * A receipt asked in English (« I need a receipt for my invoice », « proof of payment please »): the paid invoice said
 * with its printable link, as « un reçu » in French. It showed the invoice and asked « Do you want to see this invoice? ».
 */
import { asksForReceiptInEnglish } from '../../dialogs/receiptInEnglish';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const FILE = 'CSP-F-000101';

describe('a receipt asked in English', () => {
  it.each([
    ['I need a receipt for my invoice', true],
    ['reciept pls', true],
    ['proof of payment please', true],
    ['the receipt of my request', false],
    ['my invoices', false],
  ])('« %s » asks for a receipt: %s', (said, asked) => {
    expect(asksForReceiptInEnglish(said)).toBe(asked);
  });

  it.each([['I need a receipt for my invoice'], ['proof of payment please']])('« %s »: the paid invoice and its link, not its detail asked', async (said) => {
    const { c } = await signedInChat(chats, { linkFile: FILE });
    const trip = await c.core.service.invoices.createOneOff('carrieres-sous-poissy', FILE, 'Séjour neige', 7380, '2026-12-15', 'agent');
    c.core.db.$client.prepare("update invoices set status = 'paid', paid_at = '2026-11-18T10:00:00Z' where id = ?").run(trip.id);
    await c.say('english');
    const t = c.core.texts.for('en', false, false);
    const reply = c.text(await c.say(said));
    expect(reply).toContain(t('invoices.receipt.paid', { number: 'CSP-FAC-2026-000001', label: 'Séjour neige', date: 'November 18, 2026' }));
    expect(reply).toContain(t('invoices.pdfLink', { url: '' }).split('(')[0]);
    expect(reply).not.toContain(t('invoices.whichOne'));
  });
});

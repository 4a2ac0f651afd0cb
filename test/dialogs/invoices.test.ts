/**
 * « Mes factures » in the chat: the list and the detail as cards with the same words, by number
 * on SMS, « Payer » giving the payment link; wrong numbers, another family's invoice and a paid
 * invoice answered in French.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr } from '../support/prompts';
import { heard } from '../support/heard';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

async function withInvoices(channelId?: string) {
  const signed = await signedInChat(chats, { linkFile: 'CSP-F-000101', ...(channelId ? { channelId } : {}) });
  const invoices = signed.c.core.service.invoices;
  const trip = await invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', '7916 - Séjour CT 3 (Ecole du PARC)', 7380, '2026-12-15', 'agent');
  const photo = await invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Photo de classe', 1200, '2026-12-20', 'agent');
  return { ...signed, trip, photo };
}

it('on SMS: the list numbered in words, an invoice by its number, « Payer » gives the link', async () => {
  const { c } = await withInvoices('sms');
  const list = plain(c.text(await c.say('mes factures')));
  expect(list).toContain('Vos factures');
  // One line an invoice by SMS (familySegments.test.ts): its label, reference, amount and state.
  expect(list).toContain('7916 - Séjour CT 3 (Ecole du PARC) (CSP-FAC-2026-000001) : 73,80 €, à payer avant le 15/12/2026');
  expect(list).toContain(plain(c.core.texts.for('fr', false, true)('invoices.which', { count: 2 })));
  // A number not in the list: said so, the list kept.
  expect(plain(c.text(await c.say('7')))).toContain('Pour vos factures : je n\'ai pas compris votre réponse.');
  const detail = plain(c.text(await c.say('000001')));
  expect(detail).toContain('Facture CSP-FAC-2026-000001');
  expect(detail).toContain('Total : 73,80 €');
  expect(detail).toContain('1. Payer');
  // The PDF's link on request (familySegments.test.ts: its 120 characters made each detail 3 segments).
  expect(plain(c.text(await c.say('pdf')))).toContain(plain(c.core.texts.for('fr', false, true)('invoices.pdfLink', { url: 'http://' })));
  const pay = plain(c.text(await c.say('1')));
  expect(pay).toMatch(/CSP-FAC-2026-000001 \(73,80 €\)[^]*http:\/\/\S+\/paiement\/\S+/);
  expect(c.core.db.$client.prepare('select status, amount_cents as amount from payments').all()).toEqual([{ status: 'pending', amount: 7380 }]);
});

it('« payer ma facture » with one invoice left to pay goes straight to it; once paid, nothing to pay', async () => {
  const { c, trip, photo } = await withInvoices();
  c.core.db.$client.prepare("update invoices set status = 'paid', paid_at = '2026-11-18T10:00:00Z' where id = ?").run(photo.id);
  const text = plain(heard(await c.say('je veux payer ma facture')));
  expect(text).toContain('Facture CSP-FAC-2026-000001');
  expect(text).toContain('Vérifiez le montant. Voulez-vous payer cette facture ?');
  c.core.db.$client.prepare("update invoices set status = 'paid' where id = ?").run(trip.id);
  expect(c.text(await c.say('Payer'))).toContain('La facture CSP-FAC-2026-000001 est déjà réglée. Vous n\'avez rien à payer.');
  expect(c.text(await c.say('payer ma facture'))).toContain('Toutes vos factures sont réglées.');
});

it('a card forged to show or pay another family’s invoice is refused in French and audited', async () => {
  const { c } = await withInvoices();
  const other = await c.core.service.invoices.createOneOff('chanteloup-les-vignes', 'CLV-F-000042', 'Séjour', 1000, undefined, 'agent');
  await c.say('mes factures');
  expect(c.text(await c.say({ text: '', value: { invoice: String(other.id) } }))).toContain('Je n\'ai pas trouvé cette facture.');
  await c.say('1');
  expect(c.text(await c.say({ text: '', value: { invoiceAction: 'pay', invoice: String(other.id) } }))).toContain('Je ne trouve pas cette facture dans votre dossier.');
  expect(c.core.db.$client.prepare("select count(*) as n from audit_log where action = 'payment.refused'").get()).toEqual({ n: 1 });
  expect(c.core.db.$client.prepare('select count(*) as n from payments').get()).toEqual({ n: 0 });
});

it('without a linked family file, asks its key there and then (invoicesKeyFirst.test.ts)', async () => {
  const signed = await signedInChat(chats);
  expect(signed.c.text(await signed.c.say('mes factures'))).toContain(fr['familyFile.linkFirst']);
});

/**
 * Another task of the same area asked for at a task's question: « je veux recevoir mes factures par mail » at the
 * list of invoices, « payer ma facture » at the e-invoice offer, « je veux envoyer un justificatif » at « mes
 * coordonnées ». Each is its own task (the e-invoice, the invoices, the documents), started; it was read as an
 * answer of the task under way, « je n'ai pas compris » again and again. Web Chat and SMS.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { CHANNELS, textBefore } from '../support/prompts';
import { heard } from '../support/heard';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const eInvoiceOf = (c: Chat) => (c.core.db.$client.prepare("select e_invoice as online from households where file_number = 'CSP-F-000101'").get() as { online: number }).online;

async function withInvoice(channelId: string) {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101', phone: '0612345678' });
  await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour 1', 7380, '2026-12-15', 'agent');
  return c;
}

describe.each(CHANNELS)('another task of the same area (%s)', (channelId) => {
  it('« je veux recevoir mes factures par mail » at the list of invoices: the e-invoice offered, « oui » stores it', async () => {
    const c = await withInvoice(channelId);
    await c.say('mes factures');
    const said = c.text(await c.say('je veux recevoir mes factures par mail'));
    expect(said).toContain(textBefore('eInvoice.ask'));
    expect(said).not.toContain(textBefore('choice.again'));
    await c.say('oui');
    expect(eInvoiceOf(c)).toBe(1);
  });

  it('« payer ma facture » at the e-invoice offer: the invoice to pay, nothing changed to the e-invoice', async () => {
    const c = await withInvoice(channelId);
    await c.say('factures en ligne');
    const said = heard(await c.say('je veux payer ma facture'));
    expect(said).not.toContain(textBefore('eInvoice.ask'));
    expect(said).toContain('CSP-FAC-2026-000001');
    expect(eInvoiceOf(c)).toBe(0);
  });

  it('« je veux envoyer un justificatif » at « mes coordonnées »: the documents (by SMS: where to send the file)', async () => {
    const c = await withInvoice(channelId);
    await c.say('mes coordonnées');
    const said = c.text(await c.say('je veux envoyer un justificatif'));
    expect(said).toContain(textBefore(channelId === 'sms' ? 'documents.noFilesHere' : 'documents.askKind'));
  });
});

/**
 * The online invoice asked while the invoices are open (Web Chat and SMS): « je veux recevoir mes factures par mail » at an
 * invoice's question (« Payer, Mes factures, Menu ») starts the online invoice (the invoices, only consulted, not kept), not the list (its words hold « mes
 * factures »); at its question, « c'est gratuit ? » is answered (free, as the paper one) and the question asked again,
 * then « oui » saves it. Before: the list again, then « pas compris » at the price question. The household stored is asserted.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';
import { runningDialogs } from '../support/dialogStack';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const FILE = 'CSP-F-000101';

describe.each(CHANNELS)('the online invoice asked at the invoices (%s)', (channelId) => {
  it('at an invoice: the online invoice asked, « c\'est gratuit ? » answered, « oui » saves it', async () => {
    const { c } = await signedInChat(chats, { channelId, linkFile: FILE });
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    const households = c.core.service.deps.repos.households;
    const household = (await households.findByFileNumber('carrieres-sous-poissy', FILE))!;
    await households.setEInvoice(household.id, false);
    await c.core.service.invoices.createOneOff('carrieres-sous-poissy', FILE, 'Photo de classe', 1200, '2026-12-20', 'agent');
    await c.say('mes factures');
    await c.say('1');
    expect(runningDialogs(c)).toContain('invoices');
    await c.say('je veux recevoir mes factures par mail');
    expect(runningDialogs(c)).toContain('eInvoice');
    const free = c.text(await c.say("c'est gratuit ?"));
    expect(free).toContain(t('eInvoice.free'));
    expect(runningDialogs(c)).toContain('eInvoice');
    await c.say('oui');
    expect((await households.findByFileNumber('carrieres-sous-poissy', FILE))?.eInvoice).toBe(true);
  });
});

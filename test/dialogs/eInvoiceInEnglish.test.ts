/**
 * The way the invoices come, asked in English (« I want paper bills again », « go paperless »): the online-invoice
 * choice, then « yes » sets it. It showed an invoice's detail (« Do you want to see this invoice? »). The household stored is asserted.
 */
import { asksForInvoiceWayInEnglish } from '../../dialogs/eInvoiceInEnglish';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const FILE = 'CSP-F-000101';

describe('the way the invoices come, in English', () => {
  it.each([
    ['I want paper bills again', true],
    ['go paperless', true],
    ['invoices by email please', true],
    ['pay my bill online', false],
    ['resend that invoice by email', false],
    ['my invoices', false],
  ])('« %s » asks for the way: %s', (said, asked) => {
    expect(asksForInvoiceWayInEnglish(said)).toBe(asked);
  });

  it.each([
    ['I want paper bills again', true, false],
    ['go paperless', false, true],
  ])('« %s » (online before: %s), then « yes »: online is %s', async (said, before, after) => {
    const { c } = await signedInChat(chats, { linkFile: FILE });
    const households = c.core.service.deps.repos.households;
    const household = await households.findByFileNumber('carrieres-sous-poissy', FILE);
    await households.setEInvoice(household!.id, before);
    await c.core.service.invoices.createOneOff('carrieres-sous-poissy', FILE, 'Séjour neige', 7380, '2026-12-15', 'agent');
    await c.say('english');
    const t = c.core.texts.for('en', false, false);
    const asked = c.text(await c.say(said));
    expect(asked).toContain(t(before ? 'eInvoice.askPaper' : 'eInvoice.ask'));
    expect(asked).not.toContain(t('invoices.whichOne'));
    await c.say('yes');
    expect((await households.findByFileNumber('carrieres-sous-poissy', FILE))?.eInvoice).toBe(after);
  });
});

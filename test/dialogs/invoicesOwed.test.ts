/**
 * « combien je dois en tout ? », « il me reste combien à payer ? »: what is left to pay, the unpaid invoices added up
 * (`invoices.owedMany` with the total), at the menu and at the list of invoices; all paid: `invoices.allPaid`. The list
 * alone came back, to add up by hand. Web Chat and SMS.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function twoInvoices(channelId: string) {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Cantine', 7380, '2026-12-15', 'agent');
  await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Périscolaire', 1250, '2026-12-15', 'agent');
  return c;
}

describe('what is left to pay', () => {
  it.each(table([['combien je dois en tout ?'], ['il me reste combien à payer'], ['le total à payer svp']]))('%s: « %s » at the menu: the total of the unpaid invoices', async (channelId, asked) => {
    const c = await twoInvoices(channelId);
    const said = c.text(await c.say(asked));
    expect(said).toContain(textBefore('invoices.owedMany'));
    expect(said).toMatch(/86,30\s€/);
  });

  it.each(table([['combien je dois au total ?']]))('%s: « %s » at the list of invoices: the total', async (channelId, asked) => {
    const c = await twoInvoices(channelId);
    await c.say('mes factures');
    const said = c.text(await c.say(asked));
    expect(said).toContain(textBefore('invoices.owedMany'));
    expect(said).toMatch(/86,30\s€/);
  });
});

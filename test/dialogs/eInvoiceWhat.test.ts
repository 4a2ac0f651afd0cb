/**
 * « facture en ligne », then « c'est quoi ? », « c quoi la différence », « pourquoi ? », « je comprends pas »: what the
 * online invoice is (eInvoice.why), the same question again, nothing saved; then « oui » saves it. It was « je n'ai pas
 * compris votre réponse » with no explanation. Web Chat and SMS; each row asserts the household stored.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { labels, offered, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('what the online invoice is, asked at its question', () => {
  it.each(table([['euh c quoi la différence'], ['c quoi ?'], ['ça change quoi ?'], ['pourquoi ?'], ['je comprends pas']]))('%s: « %s »: explained, asked again; « oui » then saves it', async (channel, asked) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const households = c.core.service.deps.repos.households;
    const before = await households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
    await households.setEInvoice(before!.id, false);
    expect(offered(await c.say('facture en ligne'))).toEqual(labels('eInvoice.yes', 'eInvoice.no'));
    const replies = await c.say(asked);
    expect(c.text(replies)).toContain(textBefore('eInvoice.why').slice(0, 30));
    expect(offered(replies)).toEqual(labels('eInvoice.yes', 'eInvoice.no'));
    expect((await households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101'))?.eInvoice).toBe(false);
    await c.say('oui');
    expect((await households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101'))?.eInvoice).toBe(true);
  });
});

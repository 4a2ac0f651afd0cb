/**
 * « la dernière » (the latest invoice) said right after the invoices were asked, the resident having none yet: it said the
 * commune's contacts. Now it says there is no invoice yet and when the month's invoice comes (invoices.none), with
 * nothing else opened; with invoices, that invoice is shown. Web Chat and SMS.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('« la dernière » after the invoices, none yet', () => {
  it.each(table([['la dernière'], ['la derniere svp'], ['et la plus récente ?']]))('%s: « %s » says there is no invoice yet', async (channelId, said) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    expect(c.text(await c.say('mes factures'))).toContain(t('invoices.none'));
    const reply = c.text(await c.say(said));
    expect(reply).toContain(t('invoices.none'));
    expect(reply).not.toContain(t('info.intro', { commune: 'Carrières-sous-Poissy' }));
  });
});

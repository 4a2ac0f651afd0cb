/**
 * The online invoice given up when asking for it: « je veu plus les factures par mail », « arrêtez la facture en ligne svp »,
 * « je veux le papier » say paper is kept when on paper (asked « revenir au papier ? » when online); a « ouai » after it never turns the invoices online (it did:
 * the bot asked « Voulez-vous recevoir vos factures en ligne ? »). « plus de factures papier » still offers the online invoice.
 * Web Chat and SMS; the household stored is asserted.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const FILE = 'CSP-F-000101';

async function household(channel: string, online: boolean) {
  const { c } = await signedInChat(chats, { channelId: channel, linkFile: FILE });
  const households = c.core.service.deps.repos.households;
  await households.setEInvoice((await households.findByFileNumber('carrieres-sous-poissy', FILE))!.id, online);
  const stored = async () => (await households.findByFileNumber('carrieres-sous-poissy', FILE))?.eInvoice;
  return { c, stored };
}

describe('the online invoice given up when asked for', () => {
  it.each(table([['je veu plus les factures par mail'], ['arrêtez la facture en ligne svp'], ['je veux le papier pour les factures']]))('%s: « %s » then « ouai », on paper: stays on paper', async (channel, said) => {
    const { c, stored } = await household(channel, false);
    await c.say(said);
    await c.say('ouai');
    expect(await stored()).toBe(false);
  });

  it.each(table([['je veu plus les factures par mail'], ['désactiver la facture en ligne']]))('%s: « %s », online: « revenir au papier ? », « ouai » sets paper', async (channel, said) => {
    const { c, stored } = await household(channel, true);
    await c.say(said);
    await c.say('ouai');
    expect(await stored()).toBe(false);
  });

  it.each(table([['plus de factures papier svp'], ['zero papier svp'], ['sans papier les factures']]))('%s: « %s » on paper: the online invoice offered, « oui » sets it', async (channel, said) => {
    const { c, stored } = await household(channel, false);
    await c.say(said);
    await c.say('oui');
    expect(await stored()).toBe(true);
  });
});

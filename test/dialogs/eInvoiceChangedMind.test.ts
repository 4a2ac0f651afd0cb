/**
 * Right after the online invoices were chosen (or paper kept), a change of mind at the menu: « en fait non je préfère le
 * papier finalement », « non finalement par mail », « actually no, paper please » sets the other way at once (it was
 * « D'accord. » and the choice stayed); « oups en fait non » asks the question again; other words go their own way.
 * Web Chat and SMS; the household stored is asserted.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const FILE = 'CSP-F-000101';

async function chosen(channel: string, online: boolean, english = false) {
  const { c } = await signedInChat(chats, { channelId: channel, linkFile: FILE });
  if (english) await c.say('english');
  const households = c.core.service.deps.repos.households;
  const household = await households.findByFileNumber('carrieres-sous-poissy', FILE);
  await households.setEInvoice(household!.id, !online);
  await c.say(english ? 'I want my invoices by e-mail' : online ? 'je veux les factures par mail' : 'je veux revenir aux factures papier');
  await c.say('ouais');
  const stored = async () => (await households.findByFileNumber('carrieres-sous-poissy', FILE))?.eInvoice;
  expect(await stored()).toBe(online);
  return { c, stored };
}

describe('a change of mind right after the online invoices chosen', () => {
  it.each(table([['en fait non je préfère le papier finalement'], ['non finalement par courrier'], ['plutôt le papier']]))('%s: « %s » after choosing online: paper, at once', async (channel, said) => {
    const { c, stored } = await chosen(channel, true);
    await c.say(said);
    expect(await stored()).toBe(false);
  });

  it.each(table([['non finalement par mail'], ['en fait je les veux en ligne']]))('%s: « %s » after going back to paper: online, at once', async (channel, said) => {
    const { c, stored } = await chosen(channel, false);
    await c.say(said);
    expect(await stored()).toBe(true);
  });

  it.each(table([['oups en fait non'], ['non finalement']]))('%s: « %s »: the question again, « 1 » goes back to paper', async (channel, said) => {
    const { c, stored } = await chosen(channel, true);
    expect(c.text(await c.say(said))).toContain(fr['eInvoice.askPaper']);
    expect(await stored()).toBe(true);
    await c.say('1');
    expect(await stored()).toBe(false);
  });

  it('in English: « actually no, paper please » goes back to paper', async () => {
    const { c, stored } = await chosen('webchat', true, true);
    await c.say('actually no, paper please');
    expect(await stored()).toBe(false);
  });

  it.each(table([['non'], ['non merci']]))('%s: « %s » next is no more to do, the choice kept', async (channel, said) => {
    const { c, stored } = await chosen(channel, true);
    expect(c.text(await c.say(said))).not.toContain(fr['eInvoice.askPaper']);
    expect(await stored()).toBe(true);
  });

  // A question, or words that name the other way without choosing it, never changes the choice.
  it.each(table([['je vais recevoir un courrier de confirmation ?'], ["est-ce que j'aurai encore les factures papier ce mois-ci ?"], ['le courrier de la cantine arrive quand ?']]))('%s: « %s » after choosing online: online kept', async (channel, said) => {
    const { c, stored } = await chosen(channel, true);
    await c.say(said);
    expect(await stored()).toBe(true);
  });

  it.each(table([['comment je change mon adresse mail ?'], ["quel est l'e-mail de la régie"], ['vous avez bien mon mail ?']]))('%s: « %s » after keeping paper: paper kept', async (channel, said) => {
    const { c, stored } = await chosen(channel, false);
    await c.say(said);
    expect(await stored()).toBe(false);
  });

  it('« mes factures » next is the invoices, the choice kept', async () => {
    const { c, stored } = await chosen('webchat', true);
    expect(c.text(await c.say('mes factures'))).not.toContain(fr['eInvoice.askPaper']);
    expect(await stored()).toBe(true);
  });
});

/**
 * « c'est quoi la facture en ligne ? » from the menu: what the online invoice is (eInvoice.why) and the offer to choose it,
 * not an invoice's detail with the régie's contacts (it was read as « why this amount? »). Signed in: the offer, then
 * « oui » saves it. Not signed in: what it is, then the sign-in; once signed in, the offer without the explanation again.
 * Web Chat and SMS; the household stored is asserted.
 */
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { fr, labels, offered, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const FILE = 'CSP-F-000101';

describe('what the online invoice is, asked from the menu', () => {
  it.each(table([["c'est quoi la facture en ligne ?"], ['c koi la facture en ligne'], ['ça sert à quoi la facture dématérialisée ?']]))('%s: « %s » signed in: explained and offered; « oui » saves it', async (channel, asked) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: FILE });
    const households = c.core.service.deps.repos.households;
    const before = await households.findByFileNumber('carrieres-sous-poissy', FILE);
    await households.setEInvoice(before!.id, false);
    const replies = await c.say(asked);
    expect(c.text(replies)).toContain(textBefore('eInvoice.why').slice(0, 30));
    expect(c.text(replies)).toContain(fr['eInvoice.ask']);
    expect(c.text(replies)).not.toContain(fr['invoices.askRegie']);
    expect(offered(replies)).toEqual(labels('eInvoice.yes', 'eInvoice.no'));
    await c.say('ouais');
    expect((await households.findByFileNumber('carrieres-sous-poissy', FILE))?.eInvoice).toBe(true);
  });

  it.each(table([["c'est quoi la facture en ligne ?"]]))('%s: « %s » not signed in: explained, then the sign-in, then the offer', async (channel, asked) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    const repos = c.core.service.deps.repos;
    const email = 'francoise.durand@example.org';
    const account = await repos.accounts.create({ communeId: 'carrieres-sous-poissy', email, civility: 'madame', firstName: 'Françoise', lastName: 'Durand', phone: null, address: null });
    const household = await repos.households.findByFileNumber('carrieres-sous-poissy', FILE);
    await repos.accounts.linkHousehold(account.id, household!.id);
    await repos.households.setEInvoice(household!.id, false);
    await c.join({ commune: 'carrieres-sous-poissy' });
    expect(c.text(await c.say(asked))).toContain(fr['eInvoice.whyThenSignIn']);
    await c.say(email);
    const after = c.text(await c.say(lastCode(c.core.config.outboxDir, email)));
    expect(after).toContain(fr['eInvoice.ask']);
    expect(after).not.toContain(textBefore('eInvoice.why').slice(0, 30));
    await c.say('1');
    expect((await repos.households.findByFileNumber('carrieres-sous-poissy', FILE))?.eInvoice).toBe(true);
  });

  it.each(table([["c'est quoi la facture en ligne ?"]]))('%s: « %s » signed in without a family file: explained, then how to link it', async (channel, asked) => {
    const { c } = await signedInChat(chats, { channelId: channel });
    const reply = c.text(await c.say(asked));
    expect(reply).toContain(textBefore('eInvoice.why').slice(0, 30));
    expect(reply).toContain(textBefore('familyFile.notLinked').slice(0, 30));
  });
});

describe('what the online invoice is, asked at another question', () => {
  it.each(table([["c'est quoi la facture en ligne ?"], ['c koi la facture en ligne']]))('%s: « %s » at the invoices list: what it is, the list question again, not the régie', async (channel, asked) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: FILE });
    const invoices = c.core.service.invoices;
    await invoices.createOneOff('carrieres-sous-poissy', FILE, 'Séjour neige', 7380, '2026-12-15', 'agent');
    await invoices.createOneOff('carrieres-sous-poissy', FILE, 'Photo de classe', 1200, '2026-12-20', 'agent');
    // The list's question as the channel asks it (shorter by SMS).
    const which = c.core.texts.for('fr', false, channel === 'sms')('invoices.which', { count: 2 });
    expect(c.text(await c.say('mes factures'))).toContain(which);
    const reply = c.text(await c.say(asked));
    expect(reply).toContain(textBefore('eInvoice.whyAside').slice(0, 30));
    expect(reply).toContain(which);
    expect(reply).not.toContain('regie@');
  });
});

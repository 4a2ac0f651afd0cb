/**
 * « je veux payer ma facture » with an account not linked to its family file: the family key is asked there and then
 * (as a booking does), and once it is accepted the invoice is shown and paid, in the same conversation. It ended with
 * « Tapez saisir ma clé », the request lost; the welcome said « écrivez Clé Enfance » just before. By SMS, where the key
 * is never asked, where to type it is said and the account stays unlinked.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const householdOf = async (c: Chat, email: string) => (await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', email))?.householdId ?? null;

describe('invoices asked by an account not linked yet', () => {
  it.each([['je veux payer ma facture'], ['mes factures'], ['combien je dois pour la cantine ?']])('webchat: « %s »: the key asked, then the invoice paid in the same conversation', async (request) => {
    const { c, account } = await signedInChat(chats, { channelId: 'webchat' });
    await c.core.service.invoices.createOneOff('carrieres-sous-poissy', 'CSP-F-000101', 'Séjour neige', 7380, '2026-12-15', 'agent');
    expect(c.text(await c.say(request))).toContain(textBefore('familyKey.ask'));
    const { key } = await c.core.service.issueFamilyKey('carrieres-sous-poissy', 'CSP-F-000101');
    await c.say(key);
    expect(await householdOf(c, account.email)).not.toBeNull();
    // « oui » at each question (see it, pay it): the payment link within two answers.
    let paid = '';
    for (let i = 0; i < 2 && !/\/paiement\//.test(paid); i += 1) paid = c.text(await c.say('oui'));
    expect(paid).toMatch(/\/paiement\/CSP-FAC-\d{4}-\d{6}-/);
  });

  it('sms: « mes factures »: where to type the key; the account stays unlinked', async () => {
    const { c, account } = await signedInChat(chats, { channelId: 'sms' });
    expect(c.text(await c.say('mes factures'))).toContain(textBefore('familyFile.linkFirstElsewhere').slice(0, 30));
    expect(await householdOf(c, account.email)).toBeNull();
  });
});

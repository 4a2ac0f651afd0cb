/**
 * Whether a day missed is billed, asked at the menu (« c facturé si je previens pas ? »): the absence's billing rule, not
 * the invoices; « payer ma facture » still goes to the invoices; « mon compte » (the account), « payer par carte » (how to pay) ask no billing rule. Asserts the locale key said.
 * Asked at another task's question (creating the space, a civil-status act): the same rule, the question asked again
 * (it was the régie's contact). The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('a day missed, billed?', () => {
  it.each(table([['c facturé si je previens pas ?', true], ["est-ce que je paie s'il est absent ?", true], ['si elle mange pas c payé ?', true], ['payer ma facture', false], ["je n'arrive pas à accéder à mon compte quand je veux annuler la cantine", false], ['est-ce que je peux payer par carte si j\'annule ?', false], ["est-ce que ça compte si elle est absente ?", true]]))('%s: « %s »: the billing rule said: %s', async (channel, phrasing, rule) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(c.text(await c.say(phrasing)).includes(t('absence.rule'))).toBe(rule);
  });

  it.each(table([['créer mon espace', 'createAccount.ask.civility'], ["un acte de naissance", 'civilAct.ask.format']]))('%s: at « %s »\'s question, « c est facture si elle est malade ? »: the rule, the question again', async (channel, start, key) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(c.text(await c.say(start))).toContain(t(key));
    const replies = c.text(await c.say('c est facture si elle est malade ?'));
    expect(replies).toContain(t('absence.rule'));
    expect(replies).toContain(t(key));
  });
});

/**
 * « Mes coordonnées » only looked at: « rien », « non c'est bon », « je voulais juste voir », « nothing » at « Que voulez-vous
 * changer ? » end the task, nothing changed (it was « je n'ai pas compris » forever). A detail named still changes it.
 * Web Chat and SMS; each row asserts the locale text said and the account stored.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'francoise.durand@example.org';
const phoneOf = async (c: Chat) => (await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', EMAIL))?.phone;

describe('nothing to change in « mes coordonnées »', () => {
  it.each(table([['rien'], ["non c'est bon"], ['nan rien merci'], ['je voulais juste voir'], ['nothing'], ['non']]))('%s: « %s »: nothing changed, the task ends', async (channel, answer) => {
    const { c } = await signedInChat(chats, { channelId: channel, email: EMAIL, phone: '0612345678', address: '1 rue de la Demo 78955 Carrières-sous-Poissy' });
    expect(c.text(await c.say('mes coordonnées'))).toContain(textBefore('contact.which'));
    const said = c.text(await c.say(answer));
    expect(said).not.toContain(textBefore('contact.which'));
    // « D'accord, vos coordonnées ne changent pas. » (« non c'est bon » is already read as « annuler » before the task).
    expect([textBefore('contact.nothingChanged'), textBefore('commands.cancelled')].some((k) => said.includes(k))).toBe(true);
    expect(await phoneOf(c)).toBe('0612345678');
    // Then a detail named is changed as before.
    await c.say('mes coordonnées');
    await c.say('le 2');
    await c.say('07 11 22 33 44');
    expect(await phoneOf(c)).toBe('0711223344');
  });
});

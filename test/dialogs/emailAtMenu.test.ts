/**
 * An e-mail address typed alone at the menu, not signed in: what it is for is said (the sign-in, or creating the space),
 * and the sign-in goes on with it: the code is asked, typed, and the resident is signed in. It was « je n'ai pas compris ».
 * « créer mon espace » then, for an address without a space: the account's creation. Web Chat and SMS.
 */
import { signedInChat } from '../support/accounts';
import { lastCode } from '../support/outbox';
import { table } from '../support/prompts';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('an e-mail address typed at the menu', () => {
  it.each(table([['{email}'], ["mon mail c'est {email}"]]))('%s: « %s »: said what it is for, the code asked, signed in with it', async (channel, typed) => {
    const { c, account } = await signedInChat(chats, { channelId: channel, signIn: false });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    const reply = c.text(await c.say(typed.replace('{email}', account.email)));
    expect(reply).toContain(t('menu.emailGiven'));
    expect(reply).not.toContain(t('menu.notUnderstood'));
    expect(reply).toContain(t('signIn.askCode'));
    expect(c.text(await c.say(lastCode(c.core.config.outboxDir, account.email)))).toContain(t('signIn.welcome', { name: 'Madame DURAND' }));
  });

  it.each(table([['personne@example.org']]))('%s: « %s », no space with it: « créer mon espace » then starts the creation', async (channel, typed) => {
    const { c } = await signedInChat(chats, { channelId: channel, signIn: false });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(c.text(await c.say(typed))).toContain(t('menu.emailGiven'));
    expect(c.text(await c.say('créer mon espace'))).toContain(t('createAccount.ask.civility'));
  });
});

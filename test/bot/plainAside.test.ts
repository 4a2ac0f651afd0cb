/**
 * « bonjour moi pas bien parler français. moi vouloir compte pour cantine enfants »: simple French asked for beside a
 * request, the wording never chosen: simple French from then on (said once), and the request served (the account's
 * questions). Once « langage courant » was chosen, such a sentence changes nothing. Web Chat and SMS; the keys said are asserted.
 */
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});
const CSP = { commune: 'carrieres-sous-poissy' };

const SAID: [string][] = [['bonjour moi pas bien parler francais. moi vouloir compte pour cantine enfants'], ['je parle pas bien le francais, je veux creer un compte']];

describe('simple French asked beside a request', () => {
  it.each(table(SAID))('%s: « %s »: simple French said and kept, the account asked', async (channel, phrasing) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join(CSP);
    const sms = channel === 'sms';
    const t = c.core.texts.for('fr', false, sms);
    const plain = c.core.texts.for('fr', true, sms);
    const replies = c.text(await c.say(phrasing));
    expect(replies).toContain(t('commands.plain.on'));
    expect(replies).toContain(t('createAccount.ask.civility'));
    await c.say('annuler');
    expect(c.text(await c.say('aide'))).toContain(plain('commands.help.menu'));
  });

  it('webchat: « langage courant » chosen before: the sentence changes nothing', async () => {
    const c = startChat({ channelId: 'webchat' });
    chats.push(c);
    await c.join(CSP);
    const t = c.core.texts.for('fr', false, false);
    await c.say('langage courant');
    expect(c.text(await c.say(SAID[0]?.[0] as string))).not.toContain(t('commands.plain.on'));
    await c.say('annuler');
    expect(c.text(await c.say('aide'))).toContain(t('commands.help.menu'));
  });
});

/**
 * A code that no longer works (past its 15 minutes, or after too many tries): the answer says to ask
 * for a new one, once, and does not ask to type « the code received » again (that very code would be
 * typed again, in vain). A new code is then mailed and signs in.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { lastCode, outboxMails } from '../support/outbox';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'francoise.durand@example.org';
const count = (text: string, word: string) => text.split(word).length - 1;

describe('a code that no longer works', () => {
  it.each([['webchat'], ['sms']])('%s: past its 15 minutes, « renvoyer » said once, no « type the code received »', async (channelId) => {
    const { c, clock } = await signedInChat(chats, { channelId, signIn: false });
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    await c.say('me connecter');
    await c.say(EMAIL);
    const code = lastCode(c.core.config.outboxDir, EMAIL);
    clock.advance(16);
    const said = c.text(await c.say(code));
    expect(said).toContain(t('signIn.expired'));
    expect(said).not.toContain(t('signIn.askCode'));
    expect(count(said, '« renvoyer »')).toBe(1);
    const before = outboxMails(c.core.config.outboxDir).length;
    await c.say('renvoyer');
    expect(outboxMails(c.core.config.outboxDir).length).toBe(before + 1);
    expect(c.text(await c.say(lastCode(c.core.config.outboxDir, EMAIL)))).toContain('DURAND');
  });

  it('webchat: after too many wrong tries, « renvoyer » said once, no « type the code received »', async () => {
    const { c } = await signedInChat(chats, { channelId: 'webchat', signIn: false });
    const t = c.core.texts.for('fr', false, false);
    await c.say('me connecter');
    await c.say(EMAIL);
    const wrong = lastCode(c.core.config.outboxDir, EMAIL) === '000000' ? '111111' : '000000';
    let said = '';
    for (let i = 0; i < 6 && !said.includes(t('signIn.tooManyTries')); i += 1) said = c.text(await c.say(wrong));
    expect(said).toContain(t('signIn.tooManyTries'));
    expect(said).not.toContain(t('signIn.askCode'));
    expect(count(said, '« renvoyer »')).toBe(1);
  });
});

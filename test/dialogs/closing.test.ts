/** « merci », « au revoir » at the menu: a polite word, not « pas compris » nor the menu; a bare number after it gets the menu (menuBareNumber.test.ts). */
import { startChat, type Chat } from '../support/harness';
import { CHANNELS, fr, offered } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('thanks and goodbyes at the menu', () => {
  it.each(CHANNELS)('%s: « merci au revoir » after an answer is not « pas compris », and the menu is not sent again', async (channel) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('horaires de la mairie');
    const replies = await c.say('merci au revoir');
    expect(c.text(replies)).not.toContain((fr['menu.notUnderstood'] as string).slice(0, 20));
    expect(offered(replies)).toEqual([]);
    expect(replies).toHaveLength(1);
    // The next message is routed as usual.
    expect(c.text(await c.say('horaires de la mairie'))).not.toContain((fr['menu.notUnderstood'] as string).slice(0, 20));
  });

  it.each(CHANNELS)('%s: « merci », « ok merci » after an answer are answered with a polite word, not the menu’s hint', async (channel) => {
    for (const thanks of ['merci', 'ok merci']) {
      const c = startChat({ channelId: channel });
      chats.push(c);
      await c.join({ commune: 'carrieres-sous-poissy' });
      await c.say('horaires de la mairie');
      const replies = await c.say(thanks);
      expect(c.text(replies)).toContain(c.core.texts.for('fr', false, channel === 'sms')('menu.closing.welcome'));
      expect(offered(replies)).toEqual([]);
    }
  });
});

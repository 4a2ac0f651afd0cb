/**
 * « où en est ma demande » signed in: the account's requests are known, so they are listed (the
 * reference was asked again, though the bot had just given it); without any, the reference is asked.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { CHANNELS, fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe.each(CHANNELS)('following a request signed in (%s)', (channelId) => {
  it.each(['où en est ma demande', 'ou en est ma demande ?', 'suivre ma demande'])('« %s » lists the account\'s requests', async (said) => {
    const { c, account } = await signedInChat(chats, { channelId });
    const commune = await c.core.service.getCommune('carrieres-sous-poissy');
    const reference = await c.core.service.requests.submitAddressChange(account, commune, '8 allée des Lilas 78955 Carrières-sous-Poissy');
    const text = c.text(await c.say(said));
    expect(text).toContain(reference);
    expect(text).not.toContain(fr['follow.askReference']);
  });

  it('without any request, the reference is asked', async () => {
    const { c } = await signedInChat(chats, { channelId });
    expect(c.text(await c.say('où en est ma demande'))).toContain(fr['follow.askReference']);
  });
});

/**
 * « où en est ma demande » signed in: the account's requests are known, so they are listed (the
 * reference was asked again, though the bot had just given it); without any, the reference is asked.
 */
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
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

describe.each(CHANNELS)('following a request by its number, without an account (%s)', (channelId) => {
  it('« ma demande 000001 ça avance ? »: the number is kept, the e-mail asked, then the status', async () => {
    const c = startChat({ channelId });
    chats.push(c);
    const commune = await c.core.service.getCommune('carrieres-sous-poissy');
    const reference = await c.core.service.requests.submit({ commune, kind: 'family_booklet', email: 'marie@example.org', data: {}, locale: 'fr' });
    await c.join({ commune: 'carrieres-sous-poissy' });
    const number = reference.slice(-6);
    const asked = c.text(await c.say(`ma demande ${number} ça avance ?`));
    expect(asked).not.toContain(fr['follow.askReference']);
    expect(c.text(await c.say('c marie@example.org'))).toContain(reference);
  });
});

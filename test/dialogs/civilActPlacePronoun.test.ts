/**
 * An act request that says whose act it is with a pronoun after « naissance à » (« mon acte de naissance à moi, je suis né à
 * Carrières »): « moi » is not the act's place (it was, « pour « Moi », adressez-vous à cette mairie »); the place said
 * after it is read: the commune served (its form asked next), or another commune named as such.
 */
import { startChat, type Chat } from '../support/harness';
import { fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const OTHER = fr['civilAct.otherCommune']?.split('{{')[0] as string;

async function opened(channel: string, text: string): Promise<string> {
  const c = startChat({ channelId: channel });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c.text(await c.say(text));
}

describe('a pronoun after « naissance à »', () => {
  it.each([
    ['webchat', 'ok et pour mon acte de naissance a moi, je suis ne a carrieres sous poissy'],
    ['sms', "je voudrais l'acte de naissance a moi je suis nee a carrieres-sous-poissy"],
  ])('%s: « %s »: the commune served, its form asked next', async (channel, text) => {
    const said = await opened(channel, text);
    expect(said).toContain(fr['civilAct.ask.format']);
    expect(said).not.toContain(OTHER);
  });

  it('« mon acte de naissance à moi, je suis né à Poissy »: Poissy named, never « Moi »', async () => {
    const said = await opened('webchat', 'mon acte de naissance à moi, je suis né à Poissy');
    expect(said).toContain(OTHER);
    expect(said).toContain('« Poissy »');
    expect(said).not.toContain('« Moi »');
  });
});

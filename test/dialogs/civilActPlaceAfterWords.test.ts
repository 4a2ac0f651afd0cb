/**
 * The act's place with words after it that are not part of it (« ici en fait », « c'est à Carrières svp », « à carrieres
 * merci », « Poissy je crois »): the commune served is the place (its last name asked next), another commune is named
 * without those words; they were read as a town (« Carrieres Merci »).
 */
import { startChat, type Chat } from '../support/harness';
import { fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function atPlace(channel: string): Promise<Chat> {
  const c = startChat({ channelId: channel });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  await c.say("extrait sans filiation de l'acte de naissance de mon fils");
  return c;
}

describe('words after the place', () => {
  it.each([
    ['webchat', 'ici en fait'],
    ['sms', "c'est a carrieres svp"],
    ['webchat', 'a carrieres merci'],
    ['sms', 'ici a carrieres en fait'],
  ])('%s: « %s »: the commune served, the last name asked next', async (channel, answer) => {
    const c = await atPlace(channel);
    const next = c.text(await c.say(answer));
    expect(next).toContain(fr['civilAct.ask.lastName']);
    expect(next).not.toContain(fr['civilAct.otherCommune']?.split('{{')[0]);
  });

  it('« Poissy je crois »: another commune, named without « je crois »', async () => {
    const c = await atPlace('webchat');
    const said = c.text(await c.say('Poissy je crois'));
    expect(said).toContain(fr['civilAct.otherCommune']?.split('{{')[0]);
    expect(said).not.toMatch(/je crois/i);
  });
});

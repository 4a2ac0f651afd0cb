/**
 * An hours question naming another commune served (« et la mairie de Chanteloup le 25 décembre ? » on Carrières-sur-Seine's
 * space): it was answered with this commune's services (« je n'ai pas d'informations sur la mairie de Carrières-sur-Seine »);
 * now how to change to the commune named is said (« changer de commune »), never this commune's answer for the other's.
 */
import { startChat, type Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const OTHER = (fr['menu.otherCommune'] as string).split('{{')[0] as string;

async function replies(channelId: string, ...messages: string[]): Promise<string> {
  const c = startChat({ channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sur-seine' });
  let last = '';
  for (const said of messages) last = c.text(await c.say(said));
  return last;
}

describe('hours asked of another commune served', () => {
  it.each(table([
    ['la mairie de chanteloup est ouverte le 25 décembre ?'],
    ['horaires du SEJ / et la mairie de chanteloup le 25 decembre'],
    ['horaires du guichet unique de Chanteloup-les-Vignes'],
  ]))('%s: « %s »: how to change commune', async (channel, messages) => {
    const text = await replies(channel, ...messages.split(' / '));
    expect(text).toContain(OTHER);
    expect(text).toContain('Chanteloup-les-Vignes');
  });

  it.each(table([['le SEJ est ouvert le 25 décembre ?'], ['horaires du SEJ de Carrières-sur-Seine']]))('%s: « %s » (this commune): answered here', async (channel, said) => {
    expect(await replies(channel, said)).not.toContain(OTHER);
  });
});

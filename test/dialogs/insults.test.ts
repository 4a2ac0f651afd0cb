/**
 * « t'es vraiment nul connard », « t nul », « bot de merde »: acknowledged calmly with the way to reach a person, then the
 * menu (or the task's question again), never « je n'ai pas compris ». Carrières-sous-Poissy, harness clock, Web and SMS.
 */
import { startChat, type Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
async function chat(channelId: string): Promise<Chat> {
  const c = startChat({ channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
}
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});
const key = (k: string) => fr[k] as string;

describe('insults', () => {
  it.each(table([["t'es vraiment nul connard"], ['t nul'], ['bot de merde'], ['tu sers à rien']]))('%s: « %s » at the menu: calm, a person offered, the menu again', async (channel, said) => {
    const c = await chat(channel);
    const text = c.text(await c.say(said));
    expect(text).toContain(key('insult.calm'));
    expect(text).not.toContain(key('menu.notUnderstood'));
    // The menu again (by SMS, the word to get it).
    if (channel === 'webchat') expect(text).toContain(key('menu.again'));
  });

  it.each(table([['bot de merde']]))('%s: « %s » at a task\'s question: calm, the same question again, the task goes on', async (channel, said) => {
    const c = await chat(channel);
    const question = c.text(await c.say('je voudrais un acte de naissance'));
    const text = c.text(await c.say(said));
    expect(text).toContain(key('insult.calm'));
    expect(text).not.toContain(key('topics.paused').split('{{')[0]);
    expect(text).toContain(question.split('\n').filter(Boolean).at(-1));
  });

  it('a request that swears is still the request', async () => {
    const c = await chat('webchat');
    expect(c.text(await c.say('merde, horaires de la mairie ?'))).not.toContain(key('insult.calm'));
  });
});

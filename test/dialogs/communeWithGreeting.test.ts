/**
 * The commune named with a greeting (« bjr carrieres sous poissy »), first thing or at the commune
 * question: the commune is noted and nothing else is started (it began a civil-status act); a
 * request said with it (« 78955 acte de naissance ») is still served.
 */
import { startChat, type Chat } from '../support/harness';
import { CHANNELS, fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

function chat(channelId: string) {
  const c = startChat({ channelId });
  chats.push(c);
  return c;
}

const noted = (c: Chat) => c.core.texts.for('fr')('commune.noted', { commune: 'Carrières-sous-Poissy' });

describe.each(CHANNELS)('a greeting with the commune (%s)', (channelId) => {
  it.each(['bjr carrieres sous poissy', 'Bonjour Carrières-sous-Poissy', 'slt 78955', 'bonsoir, carrieres sous poissy svp'])('« %s » as the first message: the commune, then the menu', async (said) => {
    const c = chat(channelId);
    const reply = c.text(await c.say(said));
    expect(reply).toContain(noted(c));
    expect(reply).not.toContain(fr['civilAct.ask.kind']);
  });

  it.each(['bjr carrieres sous poissy', 'Bonjour Carrières-sous-Poissy'])('« %s » at the commune question: the commune, then the menu', async (said) => {
    const c = chat(channelId);
    await c.join();
    const reply = c.text(await c.say(said));
    expect(reply).toContain(noted(c));
    expect(reply).not.toContain(fr['civilAct.ask.kind']);
  });

  it('« 78955 acte de naissance »: the commune and the act asked for', async () => {
    const c = chat(channelId);
    const reply = c.text(await c.say('78955 acte de naissance'));
    expect(reply).toContain(noted(c));
    expect(reply).toContain(fr['civilAct.ask.format']);
  });
});

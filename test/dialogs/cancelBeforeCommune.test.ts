/**
 * « annuler », « stop » while the commune is asked (the very first question): the bot stops there,
 * without asking the commune again; the next message starts afresh.
 */
import { startChat, type Chat } from '../support/harness';
import { CHANNELS, fr, offered } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe.each(CHANNELS)('« annuler » before the commune is chosen (%s)', (channelId) => {
  it.each(['annuler', 'stop', 'STOP', 'laisse tomber'])('« %s » does not ask the commune again; the next message does', async (said) => {
    const c = startChat({ channelId });
    chats.push(c);
    const first = await c.join();
    const communes = offered(first);
    expect(communes.length).toBeGreaterThan(1);
    const reply = await c.say(said);
    expect(offered(reply)).toEqual([]);
    expect(c.text(reply)).not.toContain(fr['commands.nothingToCancel']);
    const again = await c.say('bonjour');
    expect(offered(again)).toEqual(communes);
    const noted = c.core.texts.for('fr')('commune.noted', { commune: 'Carrières-sous-Poissy' });
    expect(c.text(await c.say('Carrières-sous-Poissy'))).toContain(noted);
  });
});

describe.each(CHANNELS)('« annuler » as the very first message (%s)', (channelId) => {
  it.each(['annuler', 'laisse tomber'])('« %s » does not ask the commune; the next message does', async (said) => {
    const c = startChat({ channelId });
    chats.push(c);
    expect(offered(await c.say(said))).toEqual([]);
    expect(offered(await c.say('bonjour')).length).toBeGreaterThan(1);
  });
});

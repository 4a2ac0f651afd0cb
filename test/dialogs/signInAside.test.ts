/**
 * « mdp oublié », « me connecter » at a démarche's question: the task is put aside and the
 * sign-in (or the forgotten password) starts; « reprendre » brings the démarche back.
 */
import { startChat, type Chat } from '../support/harness';
import { CHANNELS, fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe.each(CHANNELS)('the account asked for in the middle of a démarche (%s)', (channelId) => {
  async function atActFormat() {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    expect(c.text(await c.say('je voudrais un acte de naissance'))).toContain(fr['civilAct.ask.format']);
    return c;
  }

  it.each([['mdp oublié', 'forgotPassword.intro'], ["j'ai oublié mon mot de passe", 'forgotPassword.intro'], ['me connecter', 'signIn.askEmail']])('« %s » starts it; « reprendre » goes back to the act', async (said, key) => {
    const c = await atActFormat();
    expect(c.text(await c.say(said))).toContain(fr[key]);
    expect(c.text(await c.say('reprendre'))).toContain(fr['civilAct.ask.format']);
  });
});

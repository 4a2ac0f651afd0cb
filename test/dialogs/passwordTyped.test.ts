/**
 * A password typed in the chat (« MotDePasse!2026 »), though the bot says to type it only on the secure page: the
 * resident is told it is not kept, the question waiting is asked again and nothing entered is lost; the password is in
 * none of the stored states. Web Chat and SMS.
 */
import { startChat, type Chat } from '../support/harness';
import { fr, CHANNELS } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const PASSWORD = 'MotDePasse!2026xyz';
const storedStates = (c: Chat) => (c.core.db.$client.prepare('select data from bot_state').all() as Array<{ data: string }>).map((r) => r.data).join('\n');
const account = (c: Chat) => c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'sophie.durand@example.org');

describe('a password typed in the chat', () => {
  it.each(CHANNELS)('%s: at the menu: warned, not kept', async (channelId) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    expect(c.text(await c.say(PASSWORD))).toContain(fr['password.typedHere']);
    expect(storedStates(c)).not.toContain('MotDePasse');
  });

  // The very first message of a conversation (no welcome before it, as by SMS): warned too, not read as a request.
  it.each(CHANNELS)('%s: as the very first message: warned, the menu shown, not kept', async (channelId) => {
    const c = startChat({ channelId });
    chats.push(c);
    const reply = c.text(await c.say({ text: PASSWORD, channelData: { commune: 'carrieres-sous-poissy' } }));
    expect(reply).toContain(fr['password.typedHere']);
    expect(reply).not.toContain(fr['menu.notUnderstood']);
    expect(storedStates(c)).not.toContain('MotDePasse');
  });

  it.each(CHANNELS)('%s: as the very first message, the commune unknown: warned, and not answered once the commune is said', async (channelId) => {
    const c = startChat({ channelId });
    chats.push(c);
    expect(c.text(await c.say(PASSWORD))).toContain(fr['password.typedHere']);
    const after = c.text(await c.say('Carrières-sous-Poissy'));
    expect(after).not.toContain(fr['password.typedHere']);
    expect(after).not.toContain(fr['menu.notUnderstood']);
    expect(storedStates(c)).not.toContain('MotDePasse');
  });

  // A day, a time or a child's name written without spaces is no password: read as what it says.
  it.each(CHANNELS)('%s: « Mardi12h », « Lucas2015 » at the menu: no warning', async (channelId) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    for (const said of ['Mardi12h', 'Lucas2015']) expect(c.text(await c.say(said))).not.toContain(fr['password.typedHere']);
  });

  it.each(CHANNELS)('%s: at the sign-up\'s e-mail question: warned, the e-mail asked again, the answers before kept', async (channelId) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    for (const m of ['créer mon espace', 'Madame', 'Durand', 'Sophie']) await c.say(m);
    const reply = c.text(await c.say(PASSWORD));
    expect(reply).toContain(fr['password.typedHere']);
    expect(reply).toContain(fr['createAccount.ask.email']);
    for (const m of ['sophie.durand@example.org', '06 12 34 56 78', '3 rue Verte 78955 Carrières-sous-Poissy', 'oui']) await c.say(m);
    expect(await account(c)).toMatchObject({ civility: 'madame', lastName: 'Durand', firstName: 'Sophie' });
    expect(storedStates(c)).not.toContain('MotDePasse');
  });

  it.each(CHANNELS)('%s: at the sign-in\'s e-mail question: warned, the e-mail asked again', async (channelId) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('me connecter');
    expect(c.text(await c.say(PASSWORD))).toContain(fr['password.typedHere']);
    expect(storedStates(c)).not.toContain('MotDePasse');
  });
});

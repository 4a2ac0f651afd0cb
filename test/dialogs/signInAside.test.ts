/**
 * « mdp oublié », « me connecter » at a démarche's question: the task is put aside and the
 * sign-in (or the forgotten password) starts; « reprendre » brings the démarche back.
 */
import { startChat, type Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
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

describe.each(CHANNELS)('« me connecter » again while the code is awaited (%s)', (channelId) => {
  it('once signed in, the first sign-in put aside is not offered back (nothing is left to do in it); the resident is signed in', async () => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: 'ines.martin@example.org', civility: 'madame', firstName: 'Inès', lastName: 'Martin', phone: null, address: null });
    await c.join({ commune: 'carrieres-sous-poissy' });
    for (const m of ['me connecter', 'ines.martin@example.org', 'me connecter', 'ines.martin@example.org']) await c.say(m);
    const done = c.text(await c.say(lastCode(c.core.config.outboxDir, 'ines.martin@example.org')));
    expect(done).not.toContain((fr['topics.offer'] as string).split('{{')[0]);
    expect(c.core.db.$client.prepare('select count(*) as n from sessions').get()).toEqual({ n: 1 });
  });
});

describe.each(CHANNELS)('« me connecter » typed again while signing in (%s)', (channelId) => {
  const PAUSED = (fr['topics.paused'] as string).split('{{')[0] as string;
  async function signingIn(): Promise<Chat> {
    const c = startChat({ channelId });
    chats.push(c);
    await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: 'ines.martin@example.org', civility: 'madame', firstName: 'Inès', lastName: 'Martin', phone: null, address: null });
    await c.join({ commune: 'carrieres-sous-poissy' });
    return c;
  }

  it.each([['me connecter'], ['je veux me connecter'], ['me conecter'], ['me connecter svp']])('« %s » at the code: the sign-in starts again (the e-mail asked), nothing is put aside', async (again) => {
    const c = await signingIn();
    for (const m of ['me connecter', 'ines.martin@example.org']) await c.say(m);
    const restarted = c.text(await c.say(again));
    expect(restarted).not.toContain(PAUSED);
    expect(restarted.split('\n').at(-1)).toBe(fr['signIn.askEmail']);
    await c.say('ines.martin@example.org');
    await c.say(lastCode(c.core.config.outboxDir, 'ines.martin@example.org'));
    expect(c.core.db.$client.prepare('select count(*) as n from sessions').get()).toEqual({ n: 1 });
    expect(c.text(await c.say('reprendre'))).toContain(fr['topics.nothingPaused']);
  });

  it('« me connecter » at the e-mail asked by a task: the e-mail asked again, the task still waits for it', async () => {
    const c = await signingIn();
    expect(c.text(await c.say('mes factures'))).toContain(fr['signIn.askEmail']);
    const restarted = c.text(await c.say('me connecter'));
    expect(restarted).not.toContain(PAUSED);
    expect(restarted.split('\n').at(-1)).toBe(fr['signIn.askEmail']);
    await c.say('ines.martin@example.org');
    const done = c.text(await c.say(lastCode(c.core.config.outboxDir, 'ines.martin@example.org')));
    expect(done).not.toContain((fr['topics.offer'] as string).split('{{')[0]);
    // The invoices go on (the account has no family file yet: its key asked, or by SMS where to link it), nothing set aside.
    expect(done).toContain(channelId === 'sms' ? (fr['familyFile.linkFirstElsewhere'] as string).split('{{')[0] : fr['familyFile.linkFirst']);
    expect(c.text(await c.say('reprendre'))).not.toContain(fr['topics.nothingPaused']);
  });
});

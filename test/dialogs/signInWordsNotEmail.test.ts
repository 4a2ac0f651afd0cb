/**
 * Where the sign-in asks for the e-mail, a message with no « @ » that asks for something else is never « adresse pas
 * complète »: another task (« mes enfants », as the learned model reads it) is taken as such, the sign-in put aside; a
 * question it cannot place (« et celle d'hugo vendredi ? ») gets what is awaited and that the request is kept, then is
 * handed back once signed in. The sign-in's own answers keep their keys (none to give, a password forgotten, an e-mail).
 */
import { startChat, type Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'ines.martin@example.org';
const PAUSED = (fr['topics.paused'] as string).split('{{')[0] as string;
const lastLine = (text: string) => text.split('\n').at(-1);

async function atEmail(channelId: string, first = 'me connecter'): Promise<Chat> {
  const c = startChat({ channelId });
  chats.push(c);
  await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: EMAIL, civility: 'madame', firstName: 'Inès', lastName: 'Martin', phone: null, address: null });
  await c.join({ commune: 'carrieres-sous-poissy' });
  expect(lastLine(c.text(await c.say(first)))).toBe(fr['signIn.askEmail']);
  return c;
}

const sessions = (c: Chat) => c.core.db.$client.prepare('select count(*) as n from sessions').get();

describe('a request where the sign-in asks for the e-mail', () => {
  it.each(table([['mes enfants'], ['mon dossier famille svp'], ['quelles activités pour léa ?']]))('%s: « %s »: another task, the sign-in put aside', async (channel, said) => {
    const c = await atEmail(channel);
    const answer = c.text(await c.say(said));
    expect(answer).not.toContain(fr['signIn.badEmail']);
    expect(answer).toContain(PAUSED);
  });

  it.each(table([['le menu de la cantine']]))('%s: « %s »: a practical question, answered there; the e-mail asked again, nothing put aside', async (channel, said) => {
    const c = await atEmail(channel);
    const answer = c.text(await c.say(said));
    expect(answer).not.toContain(fr['signIn.badEmail']);
    expect(answer).not.toContain(PAUSED);
    expect(lastLine(answer)).toBe(c.core.texts.for('fr', false, channel === 'sms')('signIn.askEmail'));
  });

  it.each(table([["et celle d'hugo vendredi ?"], ['et pour mercredi prochain ?'], ['ok mais pour lui']]))('%s: « %s »: what is awaited, the request kept and handed back once signed in', async (channel, said) => {
    const c = await atEmail(channel);
    const answer = c.text(await c.say(said));
    expect(answer).not.toContain(fr['signIn.badEmail']);
    expect(answer).toContain(fr['signIn.wordsNotEmail']);
    expect(lastLine(answer)).toBe(fr['signIn.askEmail']);
    await c.say(EMAIL);
    const welcome = c.text(await c.say(lastCode(c.core.config.outboxDir, EMAIL)));
    expect(sessions(c)).toEqual({ n: 1 });
    // The request routed after the welcome: not the plain « anything else? » of a sign-in alone.
    expect(welcome).not.toContain(fr['menu.again']);
  });

  it.each(table([["et celle d'hugo vendredi ?"]]))('%s: « %s » at the sign-in of a task (« mes factures »): what is awaited, the task goes on once signed in', async (channel, said) => {
    const c = await atEmail(channel, 'mes factures');
    expect(c.text(await c.say(said))).toContain(fr['signIn.wordsNotEmail']);
    await c.say(EMAIL);
    await c.say(lastCode(c.core.config.outboxDir, EMAIL));
    expect(sessions(c)).toEqual({ n: 1 });
  });

  it.each(table([
    ["je n'ai pas d'adresse", 'signIn.emailForgotten'],
    ['pas de mail', 'signIn.emailForgotten'],
    ['je sais plus', 'signIn.emailForgotten'],
    ['mot de passe oublié', 'signIn.noPasswordNeeded'],
    ['ines.martin gmail.com', 'signIn.badEmail'],
  ]))('%s: the sign-in’s own answer « %s »: %s, the e-mail asked again', async (channel, said, key) => {
    const c = await atEmail(channel);
    const answer = c.text(await c.say(said));
    expect(answer).toContain(fr[key]);
    expect(answer).not.toContain(PAUSED);
    expect(lastLine(answer)).toBe(fr['signIn.askEmail']);
  });
});

/**
 * A question about the family key where the sign-in asks for the e-mail (« j'ai pas de clé », « c'est quoi la clé »):
 * what the key is and who gives it, then the e-mail asked again (the key is not needed to sign in); never « adresse
 * e-mail pas complète », nothing put aside. At the code, the same; « j'ai pas reçu le code » stays the code's business.
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

async function atEmail(channelId: string): Promise<Chat> {
  const c = startChat({ channelId });
  chats.push(c);
  await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: EMAIL, civility: 'madame', firstName: 'Inès', lastName: 'Martin', phone: null, address: null });
  await c.join({ commune: 'carrieres-sous-poissy' });
  expect(lastLine(c.text(await c.say('me connecter')))).toBe(fr['signIn.askEmail']);
  return c;
}

/** The key's service (inscriptions) as the commune's data has it: its e-mail is in the answer. */
async function keyServiceEmail(c: Chat): Promise<string> {
  const service = c.core.service.serviceFor(await c.core.service.getCommune('carrieres-sous-poissy'), 'familyKey');
  expect(service.email).toBeTruthy();
  return service.email as string;
}

describe('a question about the family key at the sign-in', () => {
  it.each(table([["j'ai pas de clé"], ["je n'ai pas de clé enfance"], ["c'est quoi la clé"], ['jai pas de cle'], ['elle sert a quoi la clé ?']]))('%s: « %s » at the e-mail: who gives the key, then the e-mail asked again; the sign-in goes on', async (channel, said) => {
    const c = await atEmail(channel);
    const answer = c.text(await c.say(said));
    expect(answer).toContain(await keyServiceEmail(c));
    expect(answer).toContain(fr['signIn.keyNotNeeded']?.split('{{')[0]);
    expect(answer).not.toContain(fr['signIn.badEmail']);
    expect(answer).not.toContain(PAUSED);
    expect(lastLine(answer)).toBe(fr['signIn.askEmail']);
    await c.say(EMAIL);
    await c.say(lastCode(c.core.config.outboxDir, EMAIL));
    expect(c.core.db.$client.prepare('select count(*) as n from sessions').get()).toEqual({ n: 1 });
  });

  it.each(table([["c'est quoi la clé"]]))('%s: « %s » says what the key is', async (channel, said) => {
    const c = await atEmail(channel);
    expect(c.text(await c.say(said))).toContain(fr['familyKey.what']?.split('{{')[0]);
  });

  it.each(table([["j'ai pas de clé"]]))('%s: « %s » at the code: who gives the key, the code still asked and still valid', async (channel, said) => {
    const c = await atEmail(channel);
    await c.say(EMAIL);
    const answer = c.text(await c.say(said));
    expect(answer).toContain(await keyServiceEmail(c));
    expect(lastLine(answer)).toBe(fr['signIn.askCode']);
    await c.say(lastCode(c.core.config.outboxDir, EMAIL));
    expect(c.core.db.$client.prepare('select count(*) as n from sessions').get()).toEqual({ n: 1 });
  });

  it.each(table([["j'ai pas reçu le code"]]))('%s: « %s » at the code is about the sign-in code, not the family key', async (channel, said) => {
    const c = await atEmail(channel);
    await c.say(EMAIL);
    expect(c.text(await c.say(said))).not.toContain(await keyServiceEmail(c));
  });
});

/**
 * « Créer mon espace » without an e-mail: « jai pas de mail », « je n'ai pas d'e-mail » at the e-mail
 * question (a bad address before, in a loop), « c obligatoire le mail ? jen ai pas » at the first-name
 * question (the school service's contact before): the space needs one is said, with the démarches
 * without an account and the guichet unique; the resident goes on (the question asked again, the
 * answers kept) or stops (nothing created). « pourquoi vous avez besoin de mon adresse ? » says why the
 * address is asked. Web Chat and SMS; each row asserts the accounts stored and the key asked next.
 */
import { startChat, type Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function signUp(channelId: string, answers: string[]): Promise<Chat> {
  const c = startChat({ channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const said of ['Créer mon espace', 'Madame', 'Durand', ...answers]) await c.say(said);
  return c;
}

const accounts = (c: Chat) => c.core.db.$client.prepare('select count(*) as n from accounts').get() as { n: number };
const NO_EMAIL = fr['createAccount.noEmail.why'] ?? '?';

describe('an account without an e-mail', () => {
  it.each(table([['jai pas de mail'], ["je n'ai pas d'e-mail"], ['non']]))('%s: « %s » at the e-mail question: why it is needed, go on or stop; « Arrêter » creates nothing', async (channel, phrasing) => {
    const c = await signUp(channel, ['Françoise']);
    const reply = c.text(await c.say(phrasing));
    expect(reply).toContain(NO_EMAIL);
    expect(reply).toContain(fr['createAccount.noEmail.ask']);
    expect(reply).not.toContain(fr['createAccount.bad.email']);
    expect(c.text(await c.say('Arrêter'))).toContain(fr['createAccount.noEmail.stopped']);
    // The form is over: an address is not read as the e-mail.
    expect(c.text(await c.say('francoise@example.org'))).not.toContain(fr['createAccount.ask.phone']);
    expect(accounts(c)).toEqual({ n: 0 });
  });

  it.each(table([['c obligatoire le mail ? jen ai pas']]))('%s: « %s » at the first-name question: why it is needed; « Continuer » asks the first name again, the name kept', async (channel, phrasing) => {
    const c = await signUp(channel, []);
    const reply = c.text(await c.say(phrasing));
    expect(reply).toContain(NO_EMAIL);
    expect(c.text(await c.say('Continuer'))).toContain(fr['createAccount.ask.firstName']);
    for (const said of ['Françoise', 'francoise@example.org', '06 12 34 56 78']) await c.say(said);
    expect(c.text(await c.say('3 rue Verte 78955 Carrières-sous-Poissy'))).toContain(fr['createAccount.confirm']);
    await c.say('oui');
    expect(await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'francoise@example.org')).toMatchObject({ lastName: 'Durand', firstName: 'Françoise' });
  });

  it.each(table([['pourquoi vous avez besoin de mon adresse ?']]))('%s: « %s » at the address question: why it is asked, then the question again', async (channel, phrasing) => {
    const c = await signUp(channel, ['Françoise', 'francoise@example.org', '06 12 34 56 78']);
    const reply = c.text(await c.say(phrasing));
    expect(reply).toContain(fr['createAccount.why.address']);
    expect(reply).toContain(fr['createAccount.ask.address']);
  });
});

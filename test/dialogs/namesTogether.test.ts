/**
 * Both names typed where only the last name is asked (« Haddad Karim », « HADDAD Karim », « Karim Haddad »):
 * an act's person, the sign-up, a démarche. The last and the first name are both kept (never « Haddad Karim » as the
 * last name), read back, and the first name is not asked; the request or the account stored holds them apart.
 * Two words that cannot be told apart (« Thomas Robert ») stay the last name, as typed. Web Chat and SMS.
 */
import { splitFullName } from '../../src/nlu/fullName';
import type { Chat } from '../support/harness';
import { chatSaying, textsOf } from '../support/namesChat';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const chat = (channelId: string, ...answers: string[]) => chatSaying(chats, channelId, ...answers);
const tOf = textsOf;
const requests = (c: Chat) => (c.core.db.$client.prepare('select data from requests').all() as Array<{ data: string }>).map((r) => JSON.parse(r.data) as Record<string, unknown>);

describe('which word is the first name', () => {
  it.each([
    ['Haddad Karim', { lastName: 'Haddad', firstName: 'Karim' }],
    ['HADDAD Karim', { lastName: 'HADDAD', firstName: 'Karim' }],
    ['Karim HADDAD', { lastName: 'HADDAD', firstName: 'Karim' }],
    ['karim haddad', { lastName: 'haddad', firstName: 'karim' }],
    ['Nadia Ben Salah', { lastName: 'Ben Salah', firstName: 'Nadia' }],
    ['Martin-Dupont Jean-Pierre', { lastName: 'Martin-Dupont', firstName: 'Jean-Pierre' }],
    ['Thomas Robert', undefined],
    ['bernard thomas', undefined],
    ['karim bernard', { lastName: 'bernard', firstName: 'karim' }],
    ['Da Silva', undefined],
    ['Dupont', undefined],
  ])('« %s »', (said, names) => {
    expect(splitFullName(said)).toEqual(names);
  });
});

describe('an act’s last name', () => {
  it.each(table([['Haddad Karim'], ['HADDAD Karim'], ['karim haddad']]))('%s: « %s »: both kept and read back, the day asked next; the request holds them apart', async (channel, names) => {
    const c = await chat(channel, 'acte de naissance', 'copie intégrale', "c'est moi", 'ici');
    const t = tOf(c, channel);
    const said = c.text(await c.say(names));
    expect(said).toContain(t('civilAct.namesRead', { ...splitFullName(names) }).split('{{')[0]?.slice(0, 12));
    expect(said).toContain(t('civilAct.ask.eventDay', { event: t('civilAct.event.birth') }));
    for (const m of ['12/03/1990', 'Ahmed Haddad et Fatima Haddad', 'karim@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'oui']) await c.say(m);
    expect(requests(c)).toEqual([expect.objectContaining({ lastName: expect.stringMatching(/^haddad$/i), firstName: expect.stringMatching(/^karim$/i) })]);
  });

  it.each(table([['Thomas Robert']]))('%s: « %s » (both first names): kept as the last name, the first name asked', async (channel, names) => {
    const c = await chat(channel, 'acte de naissance', 'copie intégrale', "c'est moi", 'ici');
    const t = tOf(c, channel);
    expect(c.text(await c.say(names))).toContain(t('civilAct.askSelf.firstName'));
  });
});

describe('the sign-up’s last name', () => {
  it.each(table([['Haddad Karim'], ['Karim HADDAD']]))('%s: « %s »: both kept, the e-mail asked next; the account holds them apart', async (channel, names) => {
    const c = await chat(channel, 'créer mon espace', 'Monsieur');
    const t = tOf(c, channel);
    const said = c.text(await c.say(names));
    expect(said).toContain(t('createAccount.ask.email'));
    for (const m of ['karim.haddad@example.org', '06 12 34 56 78', '3 rue Verte 78955 Carrières-sous-Poissy', 'oui']) await c.say(m);
    expect(c.core.db.$client.prepare('select last_name as lastName, first_name as firstName from accounts').all()).toEqual([{ lastName: expect.stringMatching(/^haddad$/i), firstName: 'Karim' }]);
  });
});

describe('the sign-up’s names that cannot be told apart', () => {
  const stored = (c: Chat) => c.core.db.$client.prepare('select last_name as lastName, first_name as firstName from accounts').all();
  it.each(table([['monsieur bernard thomas', 'Bernard', 'THOMAS'], ['monsieur bernard thomas', 'Thomas', 'BERNARD'], ['Monsieur Bernard Thomas', 'Bernard', 'Thomas']]))(
    '%s: « %s » at the civility, then « %s » at the first name: the last name stored is %s',
    async (channel, said, firstName, lastName) => {
      const c = await chat(channel, 'créer mon espace');
      const t = tOf(c, channel);
      expect(c.text(await c.say(said))).toContain(t('createAccount.ask.firstName'));
      for (const m of [firstName, 'b.thomas@example.org', '06 12 34 56 78', '3 rue Verte 78955 Carrières-sous-Poissy']) await c.say(m);
      await c.say('oui');
      expect(stored(c)).toEqual([{ lastName, firstName }]);
    },
  );

  it.each(table([['je suis monsieur bernard thomas, je veux créer mon compte']]))('%s: « %s »: the first name asked, never guessed', async (channel, said) => {
    const c = await chat(channel);
    expect(c.text(await c.say(said))).toContain(tOf(c, channel)('createAccount.ask.firstName'));
    for (const m of ['Bernard', 'b.thomas@example.org', '06 12 34 56 78', '3 rue Verte 78955 Carrières-sous-Poissy', 'oui']) await c.say(m);
    expect(stored(c)).toEqual([{ lastName: 'THOMAS', firstName: 'Bernard' }]);
  });
});

describe('a démarche’s last name', () => {
  it.each(table([['Karim HADDAD'], ['Haddad Karim']]))('%s: « %s » on the electoral roll: both kept, the date of birth asked next', async (channel, names) => {
    const c = await chat(channel, "m'inscrire sur les listes électorales", '1', '1');
    const t = tOf(c, channel);
    const said = c.text(await c.say(names));
    expect(said).toContain(t('demarche.electoral_roll.ask.birthDay'));
    expect(said).not.toContain(t('demarche.electoral_roll.ask.firstName'));
  });
});

describe('one’s own names said up front for one’s own act', () => {
  it.each(table([["acte de naissance pour moi, je m'appelle Karim Haddad, né ici le 12/03/1985"], ["moi c'est HADDAD Karim, je voudrais mon acte de naissance, je suis né ici le 12/03/1985"]]))('%s: « %s »: the names not asked; the request holds them', async (channel, first) => {
    const c = await chat(channel, first);
    const t = tOf(c, channel);
    const next = c.text(await c.say('copie intégrale'));
    expect(next).not.toContain(t('civilAct.ask.lastName', { event: t('civilAct.event.birth') }));
    expect(next).toContain(t('civilAct.askSelf.parents'));
    for (const m of ['Ahmed Haddad et Fatima Haddad', 'karim@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'oui']) await c.say(m);
    expect(requests(c)).toEqual([expect.objectContaining({ lastName: expect.stringMatching(/^haddad$/i), firstName: 'Karim' })]);
  });
});

/**
 * Details given at « Madame ou Monsieur ? » (« je suis Madame Julie Martin, mon mail julie.m2@example.org »):
 * only the civility was kept (the names and the e-mail asked again), and in English « I'm Mr John Smith, … »
 * at « Mrs or Mr? » was not understood. Now they are read as in the first message (accountUpfront.ts): what
 * is said is kept, what is missing is asked. Web Chat and SMS; each row asserts the question asked next and
 * the account stored.
 */
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { ROOT, startChat, type Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const en = readLocaleFile(path.join(ROOT, 'locales'), 'en');
const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function atCivility(channelId: string, english = false): Promise<Chat> {
  const c = startChat({ channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  if (english) await c.say('english');
  expect(c.text(await c.say('1'))).toContain((english ? en : fr)['createAccount.ask.civility']);
  return c;
}

const account = (c: Chat, email: string) => c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', email);
const REST = ['06 12 34 56 78', '3 rue Verte 78955 Carrières-sous-Poissy'];

describe('details given at the civility question', () => {
  it.each(table([
    ['je suis Madame Julie Martin, mon mail julie.m2@example.org', 'madame', 'Julie', 'Martin'],
    ['jsuis Mme Julie Martin et mon mail c julie.m2@example.org', 'madame', 'Julie', 'Martin'],
    ["c'est Monsieur Paul Martin, julie.m2@example.org", 'monsieur', 'Paul', 'Martin'],
  ]))('%s: « %s » → the phone asked next; %s %s %s stored', async (channel, said, civility, firstName, lastName) => {
    const c = await atCivility(channel);
    const next = c.text(await c.say(said));
    expect(next).toContain(fr['createAccount.ask.phone']);
    expect(next).not.toContain(fr['createAccount.ask.lastName']);
    for (const s of REST) await c.say(s);
    await c.say('oui');
    expect(await account(c, 'julie.m2@example.org')).toMatchObject({ civility, firstName, lastName, phone: '0612345678' });
  });

  it.each(table([["I'm Mr John Smith, john.smith@example.org"], ['I am Mrs Jane Smith, my email is john.smith@example.org']]))('%s: in English, « %s » → the phone asked next, all of it stored', async (channel, said) => {
    const c = await atCivility(channel, true);
    const next = c.text(await c.say(said));
    expect(next).toContain(en['createAccount.ask.phone']);
    for (const s of REST) await c.say(s);
    await c.say('yes');
    const stored = await account(c, 'john.smith@example.org');
    expect(stored).toMatchObject({ lastName: 'Smith', phone: '0612345678' });
    expect(stored?.civility).toBe(said.includes('Mrs') ? 'madame' : 'monsieur');
  });

  it.each(table([['Madame'], ['2']]))('%s: « %s » alone is still the civility, the last name asked next', async (channel, said) => {
    const c = await atCivility(channel);
    expect(c.text(await c.say(said))).toContain(fr['createAccount.ask.lastName']);
  });
});

describe('an e-mail or a phone typed instead of the civility', () => {
  it.each(table([
    ['marie.dupont@example.fr', 'email'],
    ['06 12 34 56 78', 'phone'],
  ]))('%s: « %s » is kept, the civility asked again, and that field never asked', async (channel, said, field) => {
    const c = await atCivility(channel);
    expect(c.text(await c.say(said))).toContain(fr['createAccount.ask.civility']);
    const asked: string[] = [];
    for (const s of ['Madame', 'Dupont', 'Marie', ...(field === 'email' ? [] : ['marie.dupont@example.fr']), ...(field === 'phone' ? [] : ['06 12 34 56 78']), '3 rue Verte 78955 Carrières-sous-Poissy']) asked.push(c.text(await c.say(s)));
    expect(asked.join('\n')).not.toContain(fr[`createAccount.ask.${field}`]);
    await c.say('oui');
    expect(await account(c, 'marie.dupont@example.fr')).toMatchObject({ civility: 'madame', firstName: 'Marie', lastName: 'Dupont', phone: '0612345678' });
  });
});

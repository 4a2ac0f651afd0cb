/**
 * The sign-up's names said in a sentence: « non c Lefèvre avec un accent », « et c'est Bernard-Petit le nom »,
 * « le nom c Martin-Dupont ». The words around the name (« avec un accent », « le nom », « c », « c'est ») were
 * kept in it or made it refused (the name asked again); now the name alone is kept and read back. A phone
 * number or an e-mail typed at a name's question corrects that field. Web Chat and SMS; each row asserts the
 * account stored after « oui » and the question asked next (« / » separates the messages of a row).
 */
import { startChat, type Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'marc.lefevre@example.org';

/** At the read-back of Monsieur Marc Lefevre's account. */
async function atReadBack(channelId: string): Promise<Chat> {
  const c = startChat({ channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const said of ['Créer mon espace', 'Monsieur', 'Lefevre', 'Marc', EMAIL, '06 12 34 56 78']) await c.say(said);
  expect(c.text(await c.say('3 rue Verte 78955 Carrières-sous-Poissy'))).toContain(fr['createAccount.confirm']);
  return c;
}

/** Says each message, expects the read-back after the last, then « oui »: the account stored. */
async function savedAfter(c: Chat, ...messages: string[]) {
  let last = '';
  for (const said of messages) last = c.text(await c.say(said));
  expect(last).toContain(fr['createAccount.confirm']);
  expect(last).not.toContain(fr['createAccount.ask.lastName']);
  await c.say('oui');
  const account = await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', EMAIL);
  return { lastName: account?.lastName, firstName: account?.firstName, phone: account?.phone };
}

describe('a name said in a sentence during the sign-up', () => {
  it.each(table([
    ['non c Lefèvre avec un accent', 'Lefèvre'],
    ["et c'est Bernard-Petit le nom", 'Bernard-Petit'],
    ['non / 2 / le nom c Martin-Dupont', 'Martin-Dupont'],
    ['non / le nom / Lefèvre avec un accent grave', 'Lefèvre'],
  ]))('%s: at the read-back, « %s » → the last name %s alone', async (channel, messages, lastName) => {
    const c = await atReadBack(channel);
    expect(await savedAfter(c, ...messages.split(' / '))).toEqual({ lastName, firstName: 'Marc', phone: '0612345678' });
  });

  it.each(table([
    ['non / 2 / le tel c le 0611223355', 'Lefevre'],
    ["et c'est Bernard-Petit le nom / le tel c le 0611223355", 'Bernard-Petit'],
  ]))('%s: « %s »: the phone corrected, not a wrong name (the last name %s)', async (channel, messages, lastName) => {
    const c = await atReadBack(channel);
    expect(await savedAfter(c, ...messages.split(' / '))).toEqual({ lastName, firstName: 'Marc', phone: '0611223355' });
  });

  it.each(table([['2'], ['le nom']]))('%s: the last name chosen (« %s »), then an e-mail typed: the e-mail corrected', async (channel, choice) => {
    const c = await atReadBack(channel);
    await c.say('non');
    await c.say(choice);
    await c.say('mon mail c marc.lefevre2@example.org');
    await c.say('oui');
    const account = await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'marc.lefevre2@example.org');
    expect(account).toMatchObject({ lastName: 'Lefevre', firstName: 'Marc' });
  });

  it.each(table([['Dupont sans accent', 'Dupont'], ['le nom c Martin-Dupont', 'Martin-Dupont'], ["c'est Le Gall", 'Le Gall']]))('%s: at « Quel est votre nom de famille ? », « %s » → %s, then the first name asked', async (channel, answer, lastName) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('Créer mon espace');
    await c.say('Madame');
    expect(c.text(await c.say(answer))).toContain(fr['createAccount.ask.firstName']);
    for (const said of ['Anne', 'anne.d@example.org', '06 12 34 56 78', '3 rue Verte 78955 Carrières-sous-Poissy', 'oui']) await c.say(said);
    expect(await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'anne.d@example.org')).toMatchObject({ lastName });
  });

  it.each(table([['anne.d@example.org', 'email'], ['06 12 34 56 78', 'phone']]))('%s: « %s » typed at « Quel est votre prénom ? »: kept, said so, and the first name asked again (then not asked for the %s)', async (channel, ahead, field) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    for (const said of ['Créer mon espace', 'Madame', 'Durand']) await c.say(said);
    const reply = c.text(await c.say(ahead));
    expect(reply).toContain(c.core.texts.for('fr')('createAccount.aheadNoted', { field: (fr[`createAccount.field.${field}`] as string).toLowerCase() }));
    expect(reply).toContain(fr['createAccount.ask.firstName']);
    const next = c.text(await c.say('Anne'));
    expect(next).not.toContain(fr[`createAccount.ask.${field}`]);
  });
});

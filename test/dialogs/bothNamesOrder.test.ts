/**
 * Both names typed at the last name's question. « Smith John », « John Smith » (a first name known, in English too): both
 * kept and read back. Not told apart (« Kowalczyk Zbigniew », « Thomas Robert »): kept as typed and the first name asked;
 * the first name typed then is taken off the last name, never « John SMITH JOHN » on the request. Act, démarche.
 */
import { splitFullName } from '../../src/nlu/fullName';
import type { Chat } from '../support/harness';
import { chatSaying, textsOf } from '../support/namesChat';
import { storedRequests } from '../support/demarches';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const chat = (channelId: string, ...answers: string[]) => chatSaying(chats, channelId, ...answers);
const tOf = textsOf;
const ACT = ['acte de naissance', 'copie intégrale', 'pour mon fils', 'ici'];
const REST = ['12/03/2010', 'Ahmed Smith et Fatima Smith', 'karim@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Karim Smith', 'oui'];

describe('which word is the first name', () => {
  it.each([
    ['Smith John', { lastName: 'Smith', firstName: 'John' }],
    ['John Smith', { lastName: 'Smith', firstName: 'John' }],
    ['Olivia Nkoulou', { lastName: 'Nkoulou', firstName: 'Olivia' }],
    ['Kowalczyk Zbigniew', undefined],
  ])('« %s »', (said, names) => {
    expect(splitFullName(said)).toEqual(names);
  });
});

describe('an act’s last name', () => {
  it.each(table([['Smith John'], ['John Smith']]))('%s: « %s »: both kept and read back, the day asked next', async (channel, names) => {
    const c = await chat(channel, ...ACT);
    const t = tOf(c, channel);
    const said = c.text(await c.say(names));
    expect(said).toContain(t('civilAct.namesRead', { lastName: 'Smith', firstName: 'John' }));
    expect(said).toContain(t('civilAct.ask.eventDay', { event: t('civilAct.event.birth') }));
    for (const m of REST) await c.say(m);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ lastName: 'Smith', firstName: 'John' })]);
  });

  it.each(table([['Thomas Robert', 'Robert', 'Thomas'], ['Kowalczyk Zbigniew', 'Zbigniew', 'Kowalczyk'], ['Zbigniew Kowalczyk', 'Zbigniew', 'Kowalczyk'], ['Martin Dupont', 'Julie', 'Martin Dupont']]))('%s: « %s », then « %s » at the first name: the last name stored is %s', async (channel, names, firstName, lastName) => {
    const c = await chat(channel, ...ACT);
    expect(c.text(await c.say(names))).toContain(tOf(c, channel)('civilAct.ask.firstName'));
    for (const m of [firstName, ...REST]) await c.say(m);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ lastName, firstName })]);
  });
});

describe('a démarche’s last name', () => {
  it.each(table([['Smith John']]))('%s: « %s » on the electoral roll: both read back, the date of birth asked next', async (channel, names) => {
    const c = await chat(channel, "m'inscrire sur les listes électorales", '1', '1');
    const t = tOf(c, channel);
    const said = c.text(await c.say(names));
    expect(said).toContain(t('demarche.namesRead', { lastName: 'Smith', firstName: 'John' }));
    expect(said).toContain(t('demarche.electoral_roll.ask.birthDay'));
  });

  it.each(table([['Kowalczyk Zbigniew'], ['Zbigniew Kowalczyk']]))('%s: « %s », then « Zbigniew » on the electoral roll: the name sent is Kowalczyk alone', async (channel, names) => {
    // By SMS the documents are brought to the guichet unique without being asked.
    const documents = channel === 'sms' ? [] : ['au guichet', 'au guichet'];
    const c = await chat(channel, "m'inscrire sur les listes électorales", '1', '1', names, 'Zbigniew', '12/03/1990', 'z@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', ...documents, 'oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ lastName: 'Kowalczyk', firstName: 'Zbigniew' })]);
  });
});

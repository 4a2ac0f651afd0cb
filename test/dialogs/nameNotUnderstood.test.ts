/**
 * « je comprends pas », « hein ? », « c'est quoi ? » at a name's question (creating the account, an act's person, a
 * démarche's names): what the question asks is explained and the question asked again; never kept as a name. The
 * names typed next are those stored. Web Chat and SMS alike.
 */
import type { Chat } from '../support/harness';
import { demarcheChat } from '../support/demarches';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const chat = (channelId: string): Promise<Chat> => demarcheChat(chats, { channelId });
const rows = (c: Chat, sql: string) => c.core.db.$client.prepare(sql).all() as Array<Record<string, unknown>>;
const SAID: Array<[string]> = [['je comprends pas'], ['hein ?'], ['hein'], ["c'est quoi ?"], ['je capte pas']];

describe('a name\'s question not understood', () => {
  it.each(table(SAID))('%s: « %s » while creating the account: explained, then the names typed next kept', async (channel, said) => {
    const c = await chat(channel);
    const t = c.core.texts.for('fr');
    for (const m of ['Créer mon espace', 'Madame']) await c.say(m);
    const atLast = c.text(await c.say(said));
    expect(atLast).toContain(t('names.explained.lastName'));
    expect(atLast).toContain(t('createAccount.ask.lastName'));
    expect(c.text(await c.say('Durand'))).toContain(t('createAccount.ask.firstName'));
    const atFirst = c.text(await c.say(said));
    expect(atFirst).toContain(t('names.explained.firstName'));
    expect(atFirst).toContain(t('createAccount.ask.firstName'));
    for (const m of ['Julie', 'julie.durand@example.org', '06 12 34 56 78', '3 rue Verte 78955 Carrières-sous-Poissy', 'oui']) await c.say(m);
    expect(rows(c, 'select first_name, last_name from accounts')).toEqual([{ first_name: 'Julie', last_name: 'Durand' }]);
  });

  it.each(table(SAID))('%s: « %s » at an act\'s person: explained, then the names typed next stored', async (channel, said) => {
    const c = await chat(channel);
    const t = c.core.texts.for('fr');
    for (const m of ['acte de décès', 'Carrières-sous-Poissy']) await c.say(m);
    const atLast = c.text(await c.say(said));
    expect(atLast).toContain(t('names.explained.lastName'));
    expect(atLast).toContain(t('civilAct.ask.lastName'));
    await c.say('Martin');
    const atFirst = c.text(await c.say(said));
    expect(atFirst).toContain(t('names.explained.firstName'));
    expect(atFirst).toContain(t('civilAct.ask.firstName'));
    for (const m of ['Paul', '02/11/2025', 'paul@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Durand', 'oui']) await c.say(m);
    expect(JSON.parse(String(rows(c, 'select data from requests')[0]?.data ?? '{}'))).toMatchObject({ lastName: 'Martin', firstName: 'Paul' });
  });

  it.each(table(SAID))('%s: « %s » at a démarche\'s names (electoral roll): explained, the question asked again', async (channel, said) => {
    const c = await chat(channel);
    const t = c.core.texts.for('fr');
    for (const m of ['je veux m inscrire sur les listes electorales', '1', '1']) await c.say(m);
    const atLast = c.text(await c.say(said));
    expect(atLast).toContain(t('names.explained.lastName'));
    expect(atLast).toContain(t('demarche.electoral_roll.ask.lastName'));
    expect(c.text(await c.say('Bernard'))).toContain(t('demarche.electoral_roll.ask.firstName'));
    const atFirst = c.text(await c.say(said));
    expect(atFirst).toContain(t('names.explained.firstName'));
    expect(atFirst).toContain(t('demarche.electoral_roll.ask.firstName'));
  });
});

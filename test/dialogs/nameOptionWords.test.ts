/**
 * « le premier », « la deuxième », « le dernier » typed at a name question (after a numbered list, residents answer
 * by position): never a name (« Le Premier » was kept as the family name); the name is asked again, in « Créer mon
 * espace », an act request and a démarche. « Le Goff », « La Fontaine » are names. Web Chat and SMS.
 */
import type { Chat } from '../support/harness';
import { demarcheChat, storedRequests } from '../support/demarches';
import { labels, offered, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** A chat joined to Carrières-sous-Poissy on Wednesday 18 November 2026. */
const chat = (channelId: string): Promise<Chat> => demarcheChat(chats, { channelId });

describe('a position typed at a name question', () => {
  it.each(table([['le premier'], ['la deuxième'], ['le dernier']]))('%s: « Créer mon espace », « %s » at the family name: asked again', async (channel, answer) => {
    const c = await chat(channel);
    await c.say('Créer mon espace');
    await c.say('Madame');
    const reply = c.text(await c.say(answer));
    expect(reply).toContain(textBefore('createAccount.ask.lastName'));
    expect(reply).not.toContain(textBefore('createAccount.ask.firstName'));
  });

  it.each(table([['le premier', 'Martin'], ['la deuxième', 'Le Goff']]))('%s: an act request, « %s » at the name: asked again; « %s » then kept', async (channel, answer, name) => {
    const c = await chat(channel);
    for (const m of ['acte de décès', 'Carrières-sous-Poissy']) await c.say(m);
    expect(c.text(await c.say(answer))).toContain(textBefore('civilAct.ask.lastName').slice(0, 25));
    for (const m of [name, 'Paul', '02/11/2025', 'claire@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy']) await c.say(m);
    expect(offered(await c.say('Claire Martin'))).toEqual(labels('createAccount.yes', 'createAccount.no'));
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ lastName: name, firstName: 'Paul' })]);
  });
});

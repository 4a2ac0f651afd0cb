/**
 * A postal address typed at the e-mail question (as it was already at the phone's): kept for its own question when it
 * fits there, said so, and the e-mail asked again (it was « Cette adresse e-mail ne semble pas complète », and the
 * address asked again later); one that cannot be kept there is said to come next. An act request and a démarche,
 * Web Chat and SMS; each row asserts the request stored.
 */
import type { Chat } from '../support/harness';
import { demarcheChat, storedRequests } from '../support/demarches';
import { fr, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** A chat joined to Carrières-sous-Poissy on Wednesday 18 November 2026. */
const chat = (channelId: string): Promise<Chat> => demarcheChat(chats, { channelId });

const ADDRESS = '12 rue de Paris 78955 Carrières-sous-Poissy';
const emails = (c: Chat) => c.core.db.$client.prepare('select requester_email as e from requests').all();

describe('an address typed at the e-mail question', () => {
  it.each(table([[ADDRESS]]))('%s: an act request, « %s »: kept for the envelope, the e-mail asked again', async (channel, typed) => {
    const c = await chat(channel);
    for (const m of ['acte de décès', 'Carrières-sous-Poissy', 'Dupont', 'Jean', '3/11/2025']) await c.say(m);
    const reply = c.text(await c.say(typed));
    expect(reply).toContain(textBefore('request.addressKeptEmail').slice(0, 20));
    expect(reply).toContain(textBefore('civilAct.ask.email').slice(0, 20));
    // The name on the envelope comes next: the address is not asked again.
    expect(c.text(await c.say('jean.martin@example.org'))).toContain(textBefore('civilAct.ask.recipient').slice(0, 20));
    await c.say('Jean Martin');
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ address: ADDRESS })]);
    expect(emails(c)).toEqual([{ e: 'jean.martin@example.org' }]);
  });

  it.each(table([[ADDRESS, 'request.addressKeptEmail'], ['12 rue de Paris 75001 Paris', 'request.addressNextEmail']]))('%s: the electoral roll, « %s » at the e-mail: %s', async (channel, typed, key) => {
    const c = await chat(channel);
    for (const m of ['je veux voter', 'française', "j'y habite", 'Durand', 'Julie', '12/03/1990']) await c.say(m);
    expect(c.text(await c.say(typed))).toContain(textBefore(key).slice(0, 20));
    await c.say('julie@example.org');
    if (key === 'request.addressNextEmail') await c.say(ADDRESS);
    for (let i = 0; i < 3 && !c.text(await c.say('au guichet')).includes(fr['demarche.confirm'] ?? '?'); i++);
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ address: ADDRESS })]);
  });
});

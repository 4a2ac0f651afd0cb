/**
 * The situation of an attestation de domicile said in words at its question (« je vis chez ma mère », « hébergée chez
 * une amie », « j'ai déménagé le mois dernier »): taken (the host asked later only when hosted), never « je n'ai pas
 * compris » nor the move's menu (« Vous déménagez… »). Web Chat and SMS; the next question asked, then whether the
 * host is asked.
 */
import type { Chat } from '../support/harness';
import { demarcheChat, storedRequests } from '../support/demarches';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('an attestation de domicile: the situation in words', () => {
  it.each(table([
    ['je vis chez ma mere', 'hosted'],
    ['hébergée chez une amie', 'hosted'],
    ["j'ai déménagé le mois dernier", 'moved'],
    ['nouvelle adresse depuis septembre', 'moved'],
  ]))('%s: « %s »: %s', async (channel, said, situation) => {
    const c = await demarcheChat(chats, { channelId: channel });
    await c.say('je voudrais une attestation de domicile');
    expect(c.text(await c.say(said))).toContain(fr['demarche.address_change.ask.lastName']);
    for (const a of ['Durand', 'Inès', '12/05/1995', '3 rue de la Gare']) await c.say(a);
    const next = c.text(await c.say('01/09/2026'));
    expect(next.includes(fr['demarche.address_change.ask.host'] ?? '?')).toBe(situation === 'hosted');
  });
});

/**
 * Said in the opening message (« je suis hébergée chez ma sœur… il me faut une attestation »): the situation not asked;
 * since when one lives there answered with a month (« janvier », « depuis mars 2025 », « fin août »): its day, not
 * « Je ne reconnais pas cette date ». The request stored is asserted.
 */
describe('an attestation de domicile: the situation up front, the month since', () => {
  it.each(table([
    ["bonjour je suis hébergée chez ma soeur depuis janvier il me faut une attestation", 'hosted', 'janvier', '2026-01-01'],
    ["on a déménagé, il me faut une attestation de domicile", 'moved', 'depuis mars 2025', '2025-03-01'],
    ['attestation de domicile, je vis chez mes parents', 'hosted', 'fin août', '2026-08-31'],
  ]))('%s: « %s »: %s, the situation not asked; « %s » is %s', async (channel, opening, situation, month, day) => {
    const c = await demarcheChat(chats, { channelId: channel });
    expect(c.text(await c.say(opening))).toContain(fr['demarche.address_change.ask.lastName']);
    for (const a of ['Durand', 'Inès', '12/05/1995', '3 rue de la Gare']) await c.say(a);
    const next = c.text(await c.say(month));
    expect(next).not.toContain(fr['demarche.bad.day']?.slice(0, 20));
    if (situation === 'hosted') await c.say('Martin');
    for (const a of ['ines@example.org']) await c.say(a);
    for (let i = 0; i < 3 && !c.text(await c.say('au guichet')).includes(fr['demarche.confirm'] ?? '?'); i++);
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ case: situation, since: day })]);
  });
});

/**
 * The situation of an attestation de domicile said in words at its question (« je vis chez ma mère », « hébergée chez
 * une amie », « j'ai déménagé le mois dernier »): taken (the host asked later only when hosted), never « je n'ai pas
 * compris » nor the move's menu (« Vous déménagez… »). Web Chat and SMS; the next question asked, then whether the
 * host is asked.
 */
import type { Chat } from '../support/harness';
import { demarcheChat } from '../support/demarches';
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

/**
 * The electoral roll's « Quel est votre lien avec la commune ? » answered in a sentence (« jhabite ici
 * depuis 3 mois », « j'habite a carrieres »): read as the same sentence is in the first message, not
 * « pas compris » nor the number in it; with a street (« j'habite au 4 allée des Tilleuls depuis mars »), the link and
 * the address, not asked again. Web Chat and SMS; each row asserts the request stored.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { storedRequests } from '../support/demarches';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const stored = storedRequests;

describe('the link with the commune said in a sentence', () => {
  it.each(table([['jhabite ici depuis 3 mois', 'lives'], ["j'habite a carrieres", 'lives'], ["j'y habite depuis 2 ans", 'lives'], ["j'habite la commune", 'lives'], ['j habite dans la ville', 'lives']]))('%s: « %s » is the link', async (channel, phrasing, tie) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('listes électorales');
    await c.say('Française');
    expect(c.text(await c.say(phrasing))).toContain(fr['demarche.electoral_roll.ask.lastName']);
    for (const a of ['Bernard', 'Julie', '03/02/1995', 'julie@example.org', '3 rue Verte 78955 Carrières-sous-Poissy']) await c.say(a);
    for (let i = 0; i < 2 && !c.text(await c.say('au guichet')).includes(fr['demarche.confirm'] ?? '?'); i++);
    await c.say('oui');
    expect(stored(c)).toEqual([expect.objectContaining({ nationality: 'french', tie, lastName: 'Bernard' })]);
  });

  it.each(table([['francais'], ['français'], ['FRANCAISE'], ['francaise']]))('%s: « %s » at the nationality is the answer, not a change of language', async (channel, said) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('listes électorales');
    expect(c.text(await c.say(said))).toContain(fr['demarche.electoral_roll.ask.tie']?.split('{{')[0]);
    await c.say("j'y habite");
    for (const a of ['Bernard', 'Julie', '03/02/1995', 'julie@example.org', '3 rue Verte 78955 Carrières-sous-Poissy']) await c.say(a);
    for (let i = 0; i < 2 && !c.text(await c.say('au guichet')).includes(fr['demarche.confirm'] ?? '?'); i++);
    await c.say('oui');
    expect(stored(c)).toEqual([expect.objectContaining({ nationality: 'french', tie: 'lives' })]);
  });

  it.each(table([["j'habite la commune"], ['je vis ici']]))('%s: « %s » at the nationality is kept for the link; the nationality is asked again, the link not asked', async (channel, said) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('listes électorales');
    expect(c.text(await c.say(said))).toContain(fr['demarche.electoral_roll.ask.nationality']);
    // The link is not asked: the name comes next.
    expect(c.text(await c.say('1'))).toContain(fr['demarche.electoral_roll.ask.lastName']);
    for (const a of ['Bernard', 'Julie', '03/02/1995', 'julie@example.org', '3 rue Verte 78955 Carrières-sous-Poissy']) await c.say(a);
    for (let i = 0; i < 2 && !c.text(await c.say('au guichet')).includes(fr['demarche.confirm'] ?? '?'); i++);
    await c.say('oui');
    expect(stored(c)).toEqual([expect.objectContaining({ nationality: 'french', tie: 'lives', lastName: 'Bernard' })]);
  });

  it.each(table([["j'habite au 4 allée des tilleuls depuis mars", '4 allée des tilleuls, 78955 Carrières-sous-Poissy'], ["j'habite 12 rue de la Gare", '12 rue de la Gare, 78955 Carrières-sous-Poissy']]))('%s: « %s » at the link: the link and the address kept, the address not asked', async (channel, said, address) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('listes électorales');
    await c.say('Française');
    expect(c.text(await c.say(said))).toContain(fr['demarche.electoral_roll.ask.lastName']);
    for (const a of ['Bernard', 'Julie', '03/02/1995']) await c.say(a);
    expect(c.text(await c.say('julie@example.org'))).not.toContain(fr['demarche.electoral_roll.ask.address']?.slice(0, 20));
    for (let i = 0; i < 2 && !c.text(await c.say('au guichet')).includes(fr['demarche.confirm'] ?? '?'); i++);
    await c.say('oui');
    expect(stored(c)).toEqual([expect.objectContaining({ nationality: 'french', tie: 'lives', address })]);
  });

  it.each(table([["j'habite au 4 allée des tilleuls à Poissy"]]))('%s: « %s » (another town) at the link: asked again, nothing kept', async (channel, said) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('listes électorales');
    await c.say('Française');
    expect(c.text(await c.say(said))).not.toContain(fr['demarche.electoral_roll.ask.lastName']);
  });
});

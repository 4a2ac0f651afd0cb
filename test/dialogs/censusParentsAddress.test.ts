/**
 * The census's parents given with their address (« Françoise et Marc Durand, ils habitent 1 rue de la Demo à
 * Carrières »): the names stored as the parents, the address kept for the young person's address question (said
 * back, not asked again). An address elsewhere stays with the names, nothing lost. Web Chat and SMS; each row asserts
 * what is stored and the key asked next.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { storedRequests } from '../support/demarches';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function atParents(channel: string): Promise<Chat> {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const a of ['recensement citoyen', '15/11/2010', 'oui', 'Durand', 'Léa Marie']) await c.say(a);
  return c;
}

async function send(c: Chat): Promise<void> {
  for (let i = 0; i < 3 && !c.text(await c.say('au guichet')).includes(fr['demarche.confirm'] ?? '?'); i++);
  await c.say('oui');
}

describe("the census's parents given with their address", () => {
  it.each(
    table([
      ['Françoise et Marc Durand, ils habitent 1 rue de la Demo 78955 Carrières-sous-Poissy'],
      ['Françoise et Marc Durand domiciliés au 1 rue de la Demo à Carrières'],
      ['Françoise et Marc Durand 1 rue de la Demo'],
    ]),
  )('%s: « %s »: the names are the parents, the address kept (the e-mail asked next)', async (channel, phrasing) => {
    const c = await atParents(channel);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(c.text(await c.say('Poissy (78)'))).toContain(t('demarche.citizen_census.ask.parents'));
    const next = c.text(await c.say(phrasing));
    expect(next).toContain(t('demarche.citizen_census.ask.email'));
    expect(next).not.toContain(t('demarche.citizen_census.ask.address', { commune: 'Carrières-sous-Poissy' }));
    await c.say('francoise@example.org');
    await send(c);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ parents: 'Françoise et Marc Durand', address: expect.stringMatching(/^1 rue de la Demo\b.*78955 Carrières-sous-Poissy$/) })]);
  });

  it.each(table([['Françoise et Marc Durand, 4 avenue Foch 75016 Paris']]))('%s: « %s »: an address elsewhere stays with the names; the address asked', async (channel, phrasing) => {
    const c = await atParents(channel);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    await c.say('Poissy (78)');
    expect(c.text(await c.say(phrasing))).toContain(t('demarche.citizen_census.ask.address', { commune: 'Carrières-sous-Poissy' }));
    await c.say('1 rue de la Demo 78955 Carrières-sous-Poissy');
    await c.say('francoise@example.org');
    await send(c);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ parents: phrasing })]);
  });
});

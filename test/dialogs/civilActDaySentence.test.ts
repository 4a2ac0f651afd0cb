/**
 * The event's day at its question, in a sentence (« il est décédé le 2 novembre 2025 ») or without its year: it was
 * « Je ne reconnais pas cette date » again and again. A death's day without a year is the latest such day; a birth's
 * year is asked (`civilAct.yearMissing`), never guessed. Web Chat and SMS; the request stored is asserted.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { storedRequests } from '../support/demarches';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const start = async (channel: string) => {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
};

describe("the event's day said in a sentence", () => {
  it.each(table([
    ['il est décédé le 2 novembre 2025', '2025-11-02'],
    ['le 2 novembre', '2026-11-02'],
    ['il est mort le 25 décembre', '2025-12-25'],
    ['décédé le 3/11', '2026-11-03'],
  ]))('%s: a death, « %s »: kept', async (channel, said, day) => {
    const c = await start(channel);
    for (const a of ['acte de décès de mon père', 'Carrières-sous-Poissy', 'Bertrand', 'Michel']) await c.say(a);
    expect(c.text(await c.say(said))).toContain(fr['civilAct.ask.email']);
    for (const a of ['paul.bertrand@example.org', '5 rue de Paris 78955 Carrières-sous-Poissy', 'Paul Bertrand', 'oui']) await c.say(a);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ kind: 'death', lastName: 'Bertrand', eventDay: day })]);
  });

  it.each(table([['elle est née le 3 mars'], ['le 3 mars']]))('%s: a birth, « %s »: the year asked', async (channel, said) => {
    const c = await start(channel);
    for (const a of ["copie intégrale d'acte de naissance de ma fille", 'Carrières-sous-Poissy', 'Durand', 'Léa']) await c.say(a);
    expect(c.text(await c.say(said))).toContain(fr['civilAct.yearMissing']);
    expect(c.text(await c.say('elle est née le 3 mars 2019'))).toContain(fr['civilAct.ask.parents']);
  });
});

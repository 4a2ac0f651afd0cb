/**
 * The person of the act changed mid-form (« acte de naissance pour mon fils… », then at a later question « non en fait
 * c'est ma mère »): who asks is changed, and the son's place, names, day and parents are not kept for the mother; they
 * are asked again. « je suis son tuteur » speaks for the same person: everything is kept. Web Chat and SMS; each row
 * asserts the request stored. The clock is Wednesday 18 November 2026.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { storedRequests } from '../support/demarches';
import { labels, offered, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const READ_BACK = labels('createAccount.yes', 'createAccount.no');

/** The son's act up to its parents' question. */
async function atParents(channelId: string): Promise<Chat> {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const m of ['acte de naissance pour mon fils né ici le 3 mars 2015', '2', 'Martin']) await c.say(m);
  expect(c.text(await c.say('Lucas'))).toContain(textBefore('civilAct.ask.parents').slice(0, 25));
  return c;
}

async function finish(c: Chat, answers: string[]): Promise<void> {
  let last: Awaited<ReturnType<Chat['say']>> = [];
  for (const a of answers) last = await c.say(a);
  if (offered(last).join() !== READ_BACK.join()) last = await c.say('Claire Martin');
  expect(offered(last)).toEqual(READ_BACK);
  await c.say('oui');
}

const CONTACT = ['claire.martin@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy'];

describe('the person of the act changed mid-form', () => {
  it.each(table([["non en fait c'est ma mère"], ['ah non pardon c pour ma mere']]))('%s: « %s »: the mother\'s place, names and day asked; none of the son\'s kept', async (channel, phrasing) => {
    const c = await atParents(channel);
    const next = c.text(await c.say(phrasing));
    expect(next).toContain(textBefore('civilAct.personChanged'));
    expect(next).toContain(textBefore('civilAct.ask.place').slice(0, 25));
    await finish(c, ['ici', 'Dupont', 'Anne', '12/05/1960', 'Jean Dupont et Marie Durand', ...CONTACT]);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ kind: 'birth', relation: 'descendant', lastName: 'Dupont', firstName: 'Anne', eventDay: '1960-05-12', parents: 'Jean Dupont et Marie Durand' })]);
  });

  it.each(table([['non en fait je suis son tuteur']]))('%s: « %s »: the same person, everything kept', async (channel, phrasing) => {
    const c = await atParents(channel);
    expect(c.text(await c.say(phrasing))).not.toContain(c.core.texts.for('fr')('civilAct.personChanged', { asker: '' }).split('  ')[1] ?? '?');
    await finish(c, ['Paul Martin et Claire Martin', ...CONTACT]);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ relation: 'legal_representative', lastName: 'Martin', firstName: 'Lucas', eventDay: '2015-03-03' })]);
  });
});

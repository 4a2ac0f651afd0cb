/**
 * The event's day taken back at a question asked after it (« non en fait il est décédé le 4 novembre »
 * at the e-mail question): the day is changed, everything else kept, and the question asked again; an
 * answer that is the question's own (an e-mail, a phone number, an address with « 8 mai 1945 » in its
 * street) is never read as a day. Web Chat and SMS; each row asserts the request stored.
 * The clock is Wednesday 18 November 2026.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { storedRequests } from '../support/demarches';
import { labels, offered, table, textBefore } from '../support/prompts';
import { reachedOnce } from '../support/reachedCopy';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const READ_BACK = labels('createAccount.yes', 'createAccount.no');
const asks = (c: Chat, replies: Awaited<ReturnType<Chat['say']>>, key: string) => expect(c.text(replies)).toContain(textBefore(key).slice(0, 30));

/** A death act up to its e-mail question, the death on 3 November 2025. */
const emailAsked = reachedOnce(async (channelId, cs) => {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  cs.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const m of ['acte de décès', 'Carrières-sous-Poissy', 'Dupont', 'Jean']) await c.say(m);
  return { c, asked: await c.say('le 3 novembre 2025') };
});
/** Reached through its turns on each channel's first test, the next tests from a copy (test/support/reachedCopy.ts). */
async function atEmail(channelId: string): Promise<Chat> {
  const { c, asked } = await emailAsked(channelId, chats);
  asks(c, asked, 'civilAct.ask.email');
  return c;
}

async function finish(c: Chat, answers: string[]): Promise<void> {
  let last: Awaited<ReturnType<Chat['say']>> = [];
  for (const a of answers) last = await c.say(a);
  expect(offered(last)).toEqual(READ_BACK);
  await c.say('oui');
}

describe('the day of the act taken back at a later question', () => {
  it.each(
    table([
      ['non en fait il est decede le 4 novembre', '2025-11-04'],
      ['non en fait il est décédé le 4 novembre 2025', '2025-11-04'],
      ['pardon la date c est le 04/11/2025', '2025-11-04'],
      ['en fait il est mort le 1er novembre', '2025-11-01'],
    ]),
  )('%s: at the e-mail, « %s »: the day changed, the rest kept, the e-mail asked again', async (channel, phrasing, day) => {
    const c = await atEmail(channel);
    const next = await c.say(phrasing);
    asks(c, next, 'civilAct.detailNoted');
    asks(c, next, 'civilAct.ask.email');
    await finish(c, ['jean.martin@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Jean Martin']);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ kind: 'death', place: 'Carrières-sous-Poissy', lastName: 'Dupont', firstName: 'Jean', eventDay: day })]);
    expect(c.core.db.$client.prepare('select requester_email from requests').all()).toEqual([{ requester_email: 'jean.martin@example.org' }]);
  });

  it.each(table([['actually he died on november 4'], ['sorry, he died on the 4th of November']]))('%s: in English, « %s » at the e-mail: the day changed, the rest kept', async (channel, phrasing) => {
    const c = await atEmail(channel);
    await c.say(phrasing);
    await finish(c, ['jean.martin@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Jean Martin']);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ kind: 'death', lastName: 'Dupont', firstName: 'Jean', eventDay: '2025-11-04' })]);
  });

  it.each(table([['en fait c était le 5 novembre']]))('%s: at the name on the envelope, « %s »: the day changed, the name asked again', async (channel, phrasing) => {
    const c = await atEmail(channel);
    for (const m of ['jean.martin@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy']) await c.say(m);
    const next = await c.say(phrasing);
    asks(c, next, 'civilAct.ask.recipient');
    await finish(c, ['Jean Martin']);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ eventDay: '2025-11-05', recipient: 'Jean Martin', address: '3 rue des Lilas 78955 Carrières-sous-Poissy' })]);
  });

  it.each(table([['non en fait il est décédé le 4 décembre 2026']]))('%s: a day still to come (« %s »): the day asked again, never kept', async (channel, phrasing) => {
    const c = await atEmail(channel);
    asks(c, await c.say(phrasing), 'civilAct.ask.eventDay');
    asks(c, await c.say('le 4 novembre 2025'), 'civilAct.ask.email');
    await finish(c, ['jean.martin@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Jean Martin']);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ eventDay: '2025-11-04' })]);
  });

  it.each(table([['non en fait c est 3 rue du 8 mai 1945 78955 Carrières-sous-Poissy']]))('%s: at the address, « %s » is the address, the day kept', async (channel, phrasing) => {
    const c = await atEmail(channel);
    await c.say('jean.martin@example.org');
    await finish(c, [phrasing, 'Jean Martin']);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ eventDay: '2025-11-03', address: expect.stringContaining('8 mai 1945') })]);
  });
});

/**
 * The event's day said up front after « ici » (« acte de naissance pour mon fils né ici le 3 mars 2015 »): kept with
 * the place, never asked again (it was asked after the names). Web Chat and SMS; each row asserts the question asked
 * after the names and the request stored. The clock is Wednesday 18 November 2026.
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

describe('the day said up front after « ici »', () => {
  it.each(
    table([
      ['acte de naissance pour mon fils né ici le 3 mars 2015', ['2', 'Martin', 'Lucas'], 'civilAct.ask.parents', ['Paul Martin et Anne Martin'], { kind: 'birth', eventDay: '2015-03-03' }],
      ['acte de décès de mon père décédé ici le 4 novembre 2025', ['Martin', 'Paul'], 'civilAct.ask.email', [], { kind: 'death', eventDay: '2025-11-04' }],
    ]),
  )('%s: « %s »: the day is not asked again', async (channel, opening, answers, next, more, stored) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    let last = await c.say(opening);
    for (const a of answers) last = await c.say(a);
    expect(c.text(last)).toContain(textBefore(next).slice(0, 25));
    for (const a of [...more, 'anne.martin@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy']) last = await c.say(a);
    if (offered(last).join() !== READ_BACK.join()) last = await c.say('Anne Martin');
    expect(offered(last)).toEqual(READ_BACK);
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ ...stored, place: 'Carrières-sous-Poissy', lastName: 'Martin' })]);
  });
});

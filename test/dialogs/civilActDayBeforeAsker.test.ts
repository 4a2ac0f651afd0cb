/**
 * The event's day said up front with its year before who asks is known (« il me faut un acte de mariage, on s est
 * marie a carrieres sous poissy le 14 juin 2008 »): kept, read back with the rest, never asked (it was kept only when
 * who asks was said in the same message, and « À quelle date a eu lieu le mariage ? » came after the names).
 * Web Chat and SMS; each row asserts the question asked after the names and the request stored. The clock is
 * Wednesday 18 November 2026.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { storedRequests } from '../support/demarches';
import { fr, labels, offered, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const READ_BACK = labels('createAccount.yes', 'createAccount.no');

describe('the day said up front before who asks', () => {
  it.each(
    table([
      ['bjr il me faut un acte de mariage, ils se sont maries a carrieres sous poissy le 14 juin 2008', ['1', '3', 'Lemoine', 'Sarah'], 'civilAct.ask.email', [], { kind: 'marriage', eventDay: '2008-06-14', lastName: 'Lemoine' }],
      ['acte de naissance, née le 3 mars 1980 à Carrières-sous-Poissy', ['1', "c'est moi", 'Lemoine', 'Sarah'], 'civilAct.askSelf.parents', ['Paul Lemoine et Anne Lemoine'], { kind: 'birth', eventDay: '1980-03-03', lastName: 'Lemoine' }],
      ['acte de décès de Paul Martin décédé le 4 novembre 2025 à Carrières-sous-Poissy', ['3', 'Martin', 'Paul'], 'civilAct.ask.email', [], { kind: 'death', eventDay: '2025-11-04', lastName: 'Martin' }],
    ]),
  )('%s: « %s »: the day is not asked, it is stored', async (channel, opening, answers, next, more, stored) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const asked: string[] = [c.text(await c.say(opening))];
    let last = await c.say(answers[0] ?? '');
    for (const a of answers.slice(1)) {
      asked.push(c.text(last));
      last = await c.say(a);
    }
    expect(c.text(last)).toContain(textBefore(next).slice(0, 25));
    expect(asked.join('\n')).not.toContain(textBefore('civilAct.ask.eventDay').slice(0, 15));
    for (const a of [...more, 'sarah.lemoine@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy']) last = await c.say(a);
    if (offered(last).join() !== READ_BACK.join()) last = await c.say('Sarah Lemoine');
    expect(offered(last)).toEqual(READ_BACK);
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ ...stored, place: 'Carrières-sous-Poissy' })]);
    expect(fr['civilAct.ask.eventDay']).toBeDefined();
  });
});

/**
 * The event's day or year said at the place question with no place (« le 3 mars 2024 », « il est décédé le 3 mars 2024 »,
 * « en 1988 »): kept, the place asked again, and never asked again at the day question. Before, the day was refused as a
 * town and lost (« le 3 mars 2024 »), or the words were taken for a town (« Décédé », « En 1988 »). Web Chat and SMS; each
 * row asserts the request stored. A day and a place together (« né le 12/03/1988 à Carrières ») stay the place's answer.
 * The clock is Wednesday 18 November 2026.
 */
import { CHANNELS, labels, offered } from '../support/prompts';
import { demarcheChat, storedRequests } from '../support/demarches';
import { runningValue } from '../support/dialogStack';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const READ_BACK = labels('createAccount.yes', 'createAccount.no');

/** Answers the rest of the form (one answer a question, until the read-back) and confirms it. */
async function finish(c: Chat, answers: string[]): Promise<void> {
  let last = await c.say(answers[0]!);
  for (const m of answers.slice(1)) if (!offered(last).length) last = await c.say(m);
  expect(offered(last)).toEqual(READ_BACK);
  await c.say('oui');
}

describe.each(CHANNELS)('the day said at an act\'s place question (%s)', (channelId) => {
  it.each([['le 3 mars 2024', '2024-03-03'], ['03/03/2024', '2024-03-03'], ['il est décédé le 3 mars 2024', '2024-03-03'], ['décédé le 3 mars', '2026-03-03']])(
    'death, « %s »: the day kept, the place asked again, the request with that day',
    async (said, day) => {
      const c = await demarcheChat(chats, { channelId });
      await c.say('acte de décès');
      await c.say(said);
      expect(runningValue(c, 'draft')).toEqual(expect.objectContaining({ eventDay: day }));
      expect((runningValue(c, 'draft') as { place?: string }).place).toBeUndefined();
      // Never read as another commune (« Le décès a eu lieu à « Décédé » »).
      expect(runningValue(c, 'otherPlace')).toBeUndefined();
      await c.say('ici');
      await finish(c, ['Dupont', 'Jean', 'jean.martin@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Jean Martin']);
      expect(storedRequests(c)).toEqual([expect.objectContaining({ kind: 'death', place: 'Carrières-sous-Poissy', lastName: 'Dupont', eventDay: day })]);
    },
  );

  it('birth, « en 1988 »: the year kept, the place asked again; « le 12 mars » later is 12 March 1988', async () => {
    const c = await demarcheChat(chats, { channelId });
    for (const m of ['acte de naissance', 'copie intégrale', "c'est moi"]) await c.say(m);
    await c.say('en 1988');
    expect(runningValue(c, 'draft')).toEqual(expect.objectContaining({ eventYear: 1988 }));
    expect((runningValue(c, 'draft') as { place?: string }).place).toBeUndefined();
    expect(runningValue(c, 'otherPlace')).toBeUndefined();
    await c.say('ici');
    await finish(c, ['Martin', 'Sophie', 'le 12 mars', 'Paul Martin et Anne Durand', 'sophie.martin@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Martin']);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ kind: 'birth', place: 'Carrières-sous-Poissy', eventDay: '1988-03-12' })]);
  });

  it('« né le 12/03/1988 à Carrières-sous-Poissy » stays the place\'s answer, with its day', async () => {
    const c = await demarcheChat(chats, { channelId });
    for (const m of ['acte de naissance', 'copie intégrale', "c'est moi"]) await c.say(m);
    await c.say('né le 12/03/1988 à Carrières-sous-Poissy');
    expect(runningValue(c, 'draft')).toEqual(expect.objectContaining({ place: 'Carrières-sous-Poissy', eventDay: '1988-03-12' }));
  });
});

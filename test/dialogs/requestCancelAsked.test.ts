/**
 * « je veux annuler ma demande » at the menu or as the very first message: the request is followed (its reference
 * and e-mail asked) and who can cancel it is said; it was read as « annuler » (« D'accord, je m'arrête là »), the
 * first message lost. Inside a task, « annuler » still stops the task. Web Chat and SMS; the request stays stored.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { CHANNELS, offered, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const DEATH_ACT = ['acte de décès', 'Carrières-sous-Poissy', 'Martin', 'Paul', '02/11/2025', 'paul.martin@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Martin', 'oui'];
const statuses = (c: Chat) => c.core.db.$client.prepare('select status from requests').all();

/** A request made in one conversation; another resident's conversation on the same bot. */
async function madeThenOther(channelId: string, join: boolean): Promise<{ c: Chat; o: Chat; reference: string }> {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const m of DEATH_ACT) await c.say(m);
  const [row] = c.core.db.$client.prepare('select reference from requests').all() as Array<{ reference: string }>;
  const o = startChat({ channelId, core: c.core, user: 'someone-else' });
  if (join) await o.join({ commune: 'carrieres-sous-poissy' });
  return { c, o, reference: row?.reference ?? '?' };
}

describe.each(CHANNELS)('« je veux annuler ma demande » (%s)', (channelId) => {
  it.each(['je veux annuler ma demande', 'comment retirer ma demande ?'])('at the menu, « %s »: the request followed, who cancels it said', async (said) => {
    const { c, o, reference } = await madeThenOther(channelId, true);
    expect(o.text(await o.say(said))).toContain(textBefore('follow.askReference').slice(0, 25));
    await o.say(reference);
    const told = o.text(await o.say('paul.martin@example.org'));
    expect(told).toContain(reference);
    expect(told).toContain(textBefore('follow.cancelHow').slice(0, 25));
    expect(statuses(c)).toEqual([{ status: 'submitted' }]);
  });

  it('as the very first message: not « je m\'arrête là »; once the commune is chosen, the request is followed', async () => {
    const { o } = await madeThenOther(channelId, false);
    const first = await o.say('je veux annuler ma demande');
    expect(o.text(first)).not.toContain(textBefore('commands.stopped'));
    // The commune asked first, then the message served.
    expect(offered(first).length).toBeGreaterThan(1);
    expect(o.text(await o.say('Carrières-sous-Poissy'))).toContain(textBefore('follow.askReference').slice(0, 25));
  });

  it('inside a task, « je veux annuler ma demande » still stops it', async () => {
    const { o } = await madeThenOther(channelId, true);
    await o.say('acte de naissance');
    expect(o.text(await o.say('je veux annuler ma demande'))).toContain(textBefore('commands.cancelled'));
  });
});

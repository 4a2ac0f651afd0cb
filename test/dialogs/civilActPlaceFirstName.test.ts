/**
 * A first name typed alone at an act's place question (« Jean » at « Dans quelle commune a eu lieu le décès ? »): it was taken
 * for a town (« Décès à "Jean" : sa mairie donne l'acte »). Now it is the person's first name, kept (its question not asked), and
 * the place asked again; the next answer is the place. A town that is a first name too (« Nancy ») stays a town.
 */
import { settableClock } from '../../src/domain/clock';
import { runningValue } from '../support/dialogStack';
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});
async function chat(channelId: string) {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
}
const draft = (c: Chat) => (runningValue(c, 'draft') ?? {}) as Record<string, unknown>;

describe('a first name typed at the place', () => {
  it.each(table([['Jean', 'Jean'], ['marie', 'Marie']]))('%s: « %s » at a death\'s place is the first name; the place is asked again, then kept', async (channel, typed, firstName) => {
    const c = await chat(channel);
    await c.say('acte de décès');
    await c.say(typed);
    expect(draft(c)).toMatchObject({ kind: 'death', firstName });
    expect(draft(c).place).toBeUndefined();
    await c.say('ici');
    expect(draft(c)).toMatchObject({ firstName, place: 'Carrières-sous-Poissy' });
  });

  it.each(table([['Nancy']]))('%s: « %s », a town too, is the place (never a first name)', async (channel, typed) => {
    const c = await chat(channel);
    await c.say('acte de décès');
    await c.say(typed);
    expect(draft(c).firstName).toBeUndefined();
  });
});

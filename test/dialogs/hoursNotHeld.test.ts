/**
 * « horaires de la mairie » where the commune's file has no mairie (Carrières-sur-Seine: only its
 * SEJ, without hours; Chanteloup-les-Vignes: only its guichet unique), « horaires du SEJ »
 * where it has none (Carrières-sous-Poissy): the reply gives the hours of every service
 * whose hours the file has, and no time at all where the file has none. Clock: Wednesday
 * 18 November 2026, 15:00 in Paris. The assertions look at the times in the replies.
 */
import { startChat, type Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';
import { demoCommuneList } from '../support/demoCommunes';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** Every closing time of a service's week, as the replies write it (« 17 h 30 », « 16 h »). */
function closings(hours: NonNullable<ReturnType<typeof demoCommuneList>[number]['services'][number]['hours']>): string[] {
  const times = Object.values(hours).flatMap((day) => day.map(([, to]) => to));
  return [...new Set(times)].map((hhmm) => (hhmm.endsWith(':00') ? `${Number(hhmm.slice(0, 2))} h` : `${Number(hhmm.slice(0, 2))} h ${hhmm.slice(3)}`));
}

describe.each(CHANNELS)('%s: a service the commune file does not hold', (channelId) => {
  it.each([
    ['carrieres-sur-seine', 'horaires de la mairie'],
    ['carrieres-sur-seine', 'la mairie est ouverte demain ?'],
    ['chanteloup-les-vignes', 'horaires de la mairie'],
    ['chanteloup-les-vignes', 'horaires de la régie'],
    ['carrieres-sous-poissy', 'horaires du SEJ'],
  ])('at %s, « %s »: the hours the file has, each service’s', async (commune, question) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune });
    const text = c.text(await c.say(question)).replace(/\s+/g, ' ');
    const known = demoCommuneList().find((x) => x.id === commune)!.services.filter((s) => s.hours);
    if (known.length === 0) expect(text).not.toMatch(/\d h/);
    for (const s of known) for (const time of closings(s.hours!)) expect(text).toContain(time);
  });
});

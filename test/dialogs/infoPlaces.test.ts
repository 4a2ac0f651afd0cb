/**
 * The places residents ask about by name, and the questions that follow an hours answer, at
 * Carrières-sous-Poissy (fixed clock: Tuesday 17 November 2026, 14:00 in Paris: the Hôtel de Ville
 * is open, the régie, open on Tuesday mornings only, is closed until Wednesday 8:30).
 * - « c'est où le guichet unique ? », « horaires du guichet unique »: the guichet unique of the
 *   commune file (its address, its hours), not « je n'ai pas d'informations ».
 * - after « horaires de la régie »: « il rouvre quand ? », « elle rouvre quand ? », « et demain ? »
 *   are about the régie; « Horaires de Hôtel de Ville » then is a question of its own (the week of
 *   the Hôtel de Ville, no day taken from before).
 * Web Chat and SMS; the assertions look at the commune's data in the replies, not the sentences.
 */
import { fixedClock } from '../../src/domain/clock';
import { normalize } from '../../src/domain/text';
import { startChat, type Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';
import { demoCommuneList } from '../support/demoCommunes';

const CSP = demoCommuneList().find((c) => c.id === 'carrieres-sous-poissy')!;
const serviceOf = (code: string) => CSP.services.find((s) => s.code === code)!;
/** Accents and punctuation aside: the SMS writes « Hotel de Ville ». */
const flat = (text: string) => normalize(text);

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function chat(channelId: string): Promise<Chat> {
  const c = startChat({ channelId, clock: fixedClock('2026-11-17T13:00:00Z') });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
}

describe.each(CHANNELS)('%s: the guichet unique of Carrières-sous-Poissy', (channelId) => {
  const guichet = serviceOf('guichet_unique');

  it.each(["c'est où le guichet unique ?", 'le guichet unique c est où'])('« %s » gives its address (the place asked, not its phone)', async (question) => {
    const c = await chat(channelId);
    const text = flat(c.text(await c.say(question)));
    expect(text).toContain(flat(guichet.address!));
    expect(text).not.toContain(flat(guichet.phone!));
    // Not the « I do not know it » answer, with the Hôtel de Ville instead.
    expect(text).not.toContain(flat(serviceOf('mairie').address!));
  });

  it('« et le guichet unique il est ou » after an answer for a named day gives its address, not that day\'s hours', async () => {
    const c = await chat(channelId);
    await c.say('horaires de la mairie samedi');
    const text = flat(c.text(await c.say('et le guichet unique il est ou')));
    expect(text).toContain(flat(guichet.address!));
    expect(text).not.toContain(flat(guichet.phone!));
  });

  it('« horaires du guichet unique » gives its hours (closing at 18 h), not the other services\'', async () => {
    const c = await chat(channelId);
    const text = flat(c.text(await c.say('horaires du guichet unique')));
    expect(text).toContain(flat(guichet.name));
    expect(text).toContain('18 h');
    expect(text).not.toContain(flat(serviceOf('regie').name));
  });
});

describe.each(CHANNELS)('%s: after « horaires de la régie »', (channelId) => {
  it.each(['Il rouvre quand ?', 'elle rouvre quand ?', 'ça rouvre quand ?'])('« %s » is the régie\'s next opening: Wednesday 18 at 8:30', async (question) => {
    const c = await chat(channelId);
    await c.say('horaires de la régie');
    const text = flat(c.text(await c.say(question)));
    // Closed now (a « when », not a « yes or no »), then the next opening.
    expect(text).toContain(flat(c.core.texts.for('fr')('info.reopens.closed', { service: serviceOf('regie').name })));
    expect(text).toContain('mercredi 18 novembre');
    expect(text).toContain('8 h 30');
  });

  it('« et demain ? » is the régie on Wednesday 18; « Horaires de Hôtel de Ville » then is its week', async () => {
    const c = await chat(channelId);
    await c.say('horaires de la régie');
    const tomorrow = flat(c.text(await c.say('et demain ?')));
    expect(tomorrow).toContain(flat(serviceOf('regie').name));
    expect(tomorrow).toContain('mercredi 18 novembre');
    for (const question of ['Horaires de Hôtel de Ville', 'horaires hotel de ville']) {
      const text = flat(c.text(await c.say(question)));
      expect(text).toContain(flat(serviceOf('mairie').name));
      expect(text).not.toContain('18 novembre');
      // The week: Monday to Friday (days in a row with the same hours share a line).
      for (const day of ['lundi', 'vendredi']) expect(text).toContain(day);
    }
  });
});

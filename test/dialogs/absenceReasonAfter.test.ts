/**
 * A reason said right after an absence recorded with « Autre raison » (« il a rdv chez le médecin »): the stored
 * absence holds the reason said (Maladie), not the one answered before. Web Chat and SMS; asserts the rows and the
 * locale key said. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { bookedThenLate } from '../support/booking';
import type { Chat } from '../support/harness';
import { labels, offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const REASONS = labels('absence.reason.illness', 'absence.reason.other');
const absences = (c: Chat) => c.core.db.$client.prepare('select day, reason from absences').all() as Array<{ day: string; reason: string }>;

describe('a reason said after the absence recorded', () => {
  it.each(table([['elle a rdv chez le médecin'], ["c'est pour un rdv médical"], ['elle est malade en fait']]))('%s: « %s » after « Autre raison »: the row holds Maladie', async (channel, phrasing) => {
    const { c } = await bookedThenLate(chats, channel);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    expect(offered(await c.say('signaler une absence de Léa le 7 décembre'))).toEqual(REASONS);
    await c.say('autre');
    expect(absences(c)).toEqual([{ day: '2026-12-07', reason: labels('absence.reason.other')[0] }]);
    const replies = await c.say(phrasing);
    expect(c.text(replies)).toContain(t('absence.reasonNoted'));
    expect(absences(c)).toEqual([{ day: '2026-12-07', reason: labels('absence.reason.illness')[0] }]);
  });

  it.each(['je peux envoyer le certificat du médecin ?', "j'ai le certificat du medecin"])('sms: « %s » after the absence: no reason noted, where to bring the paper said', async (phrasing) => {
    const { c } = await bookedThenLate(chats, 'sms');
    const t = c.core.texts.for('fr', false, true);
    await c.say('signaler une absence de Léa le 7 décembre');
    await c.say('maladie');
    const replies = c.text(await c.say(phrasing));
    expect(replies).not.toContain(t('absence.reasonNoted'));
    expect(replies).toContain(t('documents.noFilesHere').split('{{')[0]);
    expect(absences(c)).toEqual([{ day: '2026-12-07', reason: labels('absence.reason.illness')[0] }]);
  });

  it.each(['webchat', 'sms'])('%s: « elle a une sortie » after « Autre raison »: the row is unchanged', async (channel) => {
    const { c } = await bookedThenLate(chats, channel);
    await c.say('signaler une absence de Léa le 7 décembre');
    await c.say('autre');
    await c.say('elle a une sortie');
    expect(absences(c)).toEqual([{ day: '2026-12-07', reason: labels('absence.reason.other')[0] }]);
  });
});

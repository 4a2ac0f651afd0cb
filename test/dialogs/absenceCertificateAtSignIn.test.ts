/**
 * « je peux envoyer le certificat ? » at the sign-in an absence report asked for (the session ended): part of that absence,
 * not another task. It put the absence aside for the documents (« Quel document envoyez-vous ? » once signed in, the absence
 * lost). Now it is said to be kept, the e-mail asked again; once signed in, the absence is recorded for an illness and its
 * certificate asked (Web Chat) or where to send it said (SMS). Asserts the absence row stored and the key said.
 * The clock: Léa booked on 7 December, then 23 November (past the deadline), the session ended.
 */
import { bookedThenLate } from '../support/booking';
import { lastCode } from '../support/outbox';
import { table } from '../support/prompts';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'francoise.durand@example.org';
const absences = (c: Chat) => c.core.db.$client.prepare('select day, reason from absences order by id').all();

describe('the certificate asked about at the absence\'s sign-in', () => {
  it.each(table([['je peux envoyer le certificat ?'], ["j'ai un certificat médical"]]))('%s: « %s »: kept with the absence, recorded once signed in', async (channel, asked) => {
    const { c, clock } = await bookedThenLate(chats, channel);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    clock.advance(60);
    expect(c.text(await c.say('Léa sera absente le 7 décembre'))).toContain(t('signIn.askEmail'));
    const said = c.text(await c.say(asked));
    expect(said).toContain(t('absence.certificateKept'));
    expect(said).toContain(t('signIn.askEmail'));
    expect(said).not.toContain(t('topics.later'));
    await c.say(EMAIL);
    const after = c.text(await c.say(lastCode(c.core.config.outboxDir, EMAIL)));
    expect(after).not.toContain(t('documents.askKind'));
    // Where files can be sent, the certificate is asked (« Plus tard » records the absence without it); by SMS, where to send it is said.
    if (channel === 'webchat') {
      expect(after).toContain(t('absence.askCertificate'));
      await c.say('Plus tard');
    }
    expect(absences(c)).toEqual([expect.objectContaining({ day: '2026-12-07', reason: t('absence.reason.illness') })]);
  });
});

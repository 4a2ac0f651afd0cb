/**
 * Whether an absence is justified, asked after it was reported (« l'absence de Léa est justifiée ? »), on Web Chat and by
 * SMS: the bookings of that month are shown, the day saying « absence signalée » before the certificate and « absence
 * justifiée » once it is linked; no absence is reported again (the rows stay as they were). It started a new absence report
 * (« Quel enfant sera absent ? »). Léa booked at the canteen on 7 December, reported absent (illness) after the deadline.
 */
import { bookedThenLate } from '../support/booking';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 32)]);
const attach = { text: '', attachments: [{ contentType: 'application/pdf', contentUrl: `data:application/pdf;base64,${PDF.toString('base64')}`, name: 'certificat.pdf' }] };
const absences = (c: Chat) => c.core.db.$client.prepare('select day, justified from absences order by id').all() as Array<{ day: string; justified: number }>;

async function absentWithoutCertificate(channelId: string) {
  const { c } = await bookedThenLate(chats, channelId);
  await c.say('signaler une absence de Léa le 7 décembre');
  const next = await c.say('maladie');
  if (offered(next).length === 1) await c.say('plus tard');
  expect(absences(c)).toEqual([{ day: '2026-12-07', justified: 0 }]);
  return c;
}

/** What the bot says, cards' text included. */
const said = async (c: Chat, text: string) => (await c.say(text)).map((r) => `${r.text ?? ''} ${JSON.stringify(r.attachments ?? [])}`).join('\n');

describe('an absence\'s state asked', () => {
  it.each(table([["l'absence de Léa est justifiée ?"], ["est-ce que l'absence est bien prise en compte ?"], ["l'absence de lea est-elle justifiée"]]))(
    '%s: « %s » before the certificate: the day says « absence signalée », nothing reported again',
    async (channelId, asked) => {
      const c = await absentWithoutCertificate(channelId);
      const t = c.core.texts.for('fr', false, channelId === 'sms');
      const answer = await said(c, asked);
      expect(answer).toContain(t('agenda.absent'));
      expect(answer).not.toContain(t('agenda.absentJustified'));
      expect(answer).not.toContain(t('absence.askChild'));
      expect(absences(c)).toEqual([{ day: '2026-12-07', justified: 0 }]);
    },
  );

  it.each(table([["l'absence de Léa est justifiée ?"]]))('%s: « %s » once the certificate is linked: the day says « absence justifiée »', async (channelId, asked) => {
    const c = await absentWithoutCertificate(channelId);
    // The certificate linked (on Web Chat, sent with the attach button; by SMS, sent to the service by e-mail, which marks it).
    if (channelId === 'sms') c.core.db.$client.prepare('update absences set justified = 1').run();
    else {
      await c.say('envoyer un document');
      await c.say('Certificat médical');
      await c.say(attach);
      await c.say('oui');
    }
    expect(absences(c)).toEqual([{ day: '2026-12-07', justified: 1 }]);
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    const answer = await said(c, asked);
    expect(answer).toContain(t('agenda.absentJustified'));
    expect(absences(c)).toEqual([{ day: '2026-12-07', justified: 1 }]);
  });
});

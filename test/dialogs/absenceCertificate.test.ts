/**
 * A paper sent after an absence (« Envoyer un document »), on Web Chat and by SMS: the household's
 * recent absence not justified yet is offered (« Oui » / « Non »); « Oui » links the paper to it
 * and marks it justified. Each row asserts the absence rows stored. The clock starts on Wednesday
 * 18 November 2026; the absence is reported on Monday 23 November, after the 7 December deadline.
 */
import type { SettableClock } from '../../src/domain/clock';
import { bookedThenLate } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { labels, offered, table } from '../support/prompts';
import { reachedOnce } from '../support/reachedCopy';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 32)]);
const attach = { text: '', attachments: [{ contentType: 'application/pdf', contentUrl: `data:application/pdf;base64,${PDF.toString('base64')}`, name: 'certificat.pdf' }] };
const YES_NO = labels('absence.offer.yes', 'absence.offer.no');
const absences = (c: Chat) => c.core.db.$client.prepare('select day, justified, document_id as documentId from absences order by id').all() as Array<{ day: string; justified: number; documentId: number | null }>;
const documentIds = (c: Chat) => (c.core.db.$client.prepare('select id from documents order by id').all() as Array<{ id: number }>).map((d) => d.id);

/** Léa booked at the canteen on 7 December, then reported absent (illness, no certificate) once the deadline passed. */
/** The absence said (2 to 3 turns after bookedThenLate's), on each channel's first test, then from a copy (test/support/reachedCopy.ts). */
const absenceSaid = reachedOnce(async (channelId) => {
  const { c } = await bookedThenLate(chats, channelId);
  await c.say('signaler une absence de Léa le 7 décembre');
  let asked = await c.say('maladie');
  if (offered(asked).length === 1) asked = await c.say('plus tard');
  return { c, asked };
});
async function absentWithoutCertificate(channelId: string, daysLater = 5) {
  const { c } = await absenceSaid(channelId, chats);
  expect(absences(c)).toEqual([{ day: '2026-12-07', justified: 0, documentId: null }]);
  if (daysLater > 5) {
    (c.core.service.clock as SettableClock).advance(60 * 24 * (daysLater - 5));
    await c.say('Me connecter');
    await c.say('francoise.durand@example.org');
    await c.say(lastCode(c.core.config.outboxDir, 'francoise.durand@example.org'));
  }
  return c;
}

async function sendPaper(c: Chat, kind: string) {
  await c.say('envoyer un document');
  await c.say(kind);
  return c.say(attach);
}

describe('a certificate sent after an absence', () => {
  it.each([
    ['oui', true], ['Oui', true], ['1', true], ["d'accord", true], ['oui c\'est pour elle', true],
    ['non', false], ['Non', false], ['2', false], ['nan', false],
  ])('webchat: « %s » → justified %s', async (answer, justified) => {
    const c = await absentWithoutCertificate('webchat');
    expect(offered(await sendPaper(c, 'Certificat médical'))).toEqual(YES_NO);
    await c.say(answer);
    const [doc] = documentIds(c);
    expect(absences(c)).toEqual([justified ? { day: '2026-12-07', justified: 1, documentId: doc } : { day: '2026-12-07', justified: 0, documentId: null }]);
  });

  it('webchat: an answer that fits neither asks again, then « oui » justifies', async () => {
    const c = await absentWithoutCertificate('webchat');
    await sendPaper(c, 'Certificat médical');
    expect(offered(await c.say('peut-être'))).toEqual(YES_NO);
    await c.say('oui');
    expect(absences(c)).toEqual([{ day: '2026-12-07', justified: 1, documentId: documentIds(c)[0] }]);
  });

  it.each([['Autre document', true], ["Avis d'imposition", false], ['Justificatif de domicile', false]])('webchat: a paper of kind « %s » offered: %s', async (kind, asked) => {
    const c = await absentWithoutCertificate('webchat');
    const next = await sendPaper(c, kind);
    if (asked) expect(offered(next)).toEqual(YES_NO);
    else expect(offered(next)).not.toEqual(YES_NO);
    if (asked) await c.say('oui');
    expect(absences(c)[0]?.justified).toBe(asked ? 1 : 0);
  });

  it('webchat: an absence older than 30 days is not offered, and stays unjustified', async () => {
    // 12 January: 36 days after the absence.
    const c = await absentWithoutCertificate('webchat', 5 + 19 + 31);
    expect(offered(await sendPaper(c, 'Certificat médical'))).not.toEqual(YES_NO);
    expect(absences(c)).toEqual([{ day: '2026-12-07', justified: 0, documentId: null }]);
  });

  it.each(table([['envoyer un document']]))('%s: « %s » with no absence to justify asks nothing more', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say(phrasing);
    if (channel === 'webchat') {
      await c.say('Certificat médical');
      expect(offered(await c.say(attach))).not.toEqual(YES_NO);
    }
    expect(absences(c)).toEqual([]);
  });

  it.each(['je peux envoyer le certificat du médecin ?', 'je vous envoie le certificat tout de suite'])('webchat: « %s » at the certificate question is its own: the file then justifies the absence (it was put aside, not recorded)', async (said) => {
    const { c } = await bookedThenLate(chats, 'webchat');
    await c.say('signaler une absence de Léa le 7 décembre');
    await c.say('maladie');
    await c.say(said);
    await c.say(attach);
    expect(absences(c)).toEqual([{ day: '2026-12-07', justified: 1, documentId: documentIds(c)[0] }]);
    expect(documentIds(c)).toHaveLength(1);
  });

  it.each(['webchat', 'sms'])("%s: « j'ai un certificat médical pour l'absence de Léa le 7 décembre », the absence noted before: its certificate asked, never « rien de plus à faire »", async (channel) => {
    const c = await absentWithoutCertificate(channel);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    await c.say('menu');
    const said = c.text(await c.say("j'ai un certificat médical pour l'absence de Léa le 7 décembre"));
    expect(said).not.toContain(t('absence.alreadyNoted', { name: 'Léa', days: '7 décembre' }).split(':')[0]);
    if (channel === 'sms') return expect(said).toContain(t('absence.certificateByEmail', { email: 'XX' }).split('XX')[0]);
    await c.say(attach);
    expect(absences(c).filter((a) => a.justified)).toEqual([{ day: '2026-12-07', justified: 1, documentId: documentIds(c)[0] }]);
  });

  it('sms: no file can be sent here, so the absence stays unjustified and nothing is asked', async () => {
    const c = await absentWithoutCertificate('sms');
    expect(offered(await c.say('envoyer un document'))).not.toEqual(YES_NO);
    expect(absences(c)).toEqual([{ day: '2026-12-07', justified: 0, documentId: null }]);
  });

  it('sms: « maladie » says where to send the certificate (the bookings service\'s e-mail), never to send it here', async () => {
    const { c } = await bookedThenLate(chats, 'sms');
    await c.say('signaler une absence de Léa le 7 décembre');
    const saved = c.text(await c.say('maladie'));
    expect(absences(c)).toEqual([{ day: '2026-12-07', justified: 0, documentId: null }]);
    const service = c.core.service.serviceFor(await c.core.service.getCommune('carrieres-sous-poissy'), 'booking');
    expect(saved).toContain(service.email!);
    expect(saved).not.toContain('envoyer un document');
  });
});

/**
 * Three questions at the menu that were taken for a task: no more SMS wanted (« jveux plus recevoir les sms » was the online
 * invoices, a sign-in asked), the papers to enrol (« ya un papier à fournir pour inscrire à la cantine ? » was sending
 * documents, a sign-in asked), who may collect a child (« ma voisine peut la récupérer au centre ? » was a booking).
 * Each is answered (its locale key, the right service's contact), no sign-in asked, nothing stored; by SMS in 2 segments.
 */
import type { Chat } from '../support/harness';
import { joinedSaying } from '../support/everyPrompt';
import { smsResident } from '../support/smsResident';
import { fr, table, textBeforeOn } from '../support/prompts';
import { segments, smsBody } from '../../src/sms/smsText';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** Carrières-sous-Poissy's périscolaire (bookings) and its enrolment service (family key). */
const PERISCOLAIRE = '01 39 22 36 66';
const ENROLMENT = 'inscription@carrieres-sous-poissy.fr';
const SIGN_IN = fr['signIn.askEmail'] as string;
const UNDERSTOOD = textBeforeOn('understood.summary', 'webchat');

/** Rows a request, a booking, an absence, a paper or a code would leave. */
function stored(c: Chat): number {
  const count = (table: string) => (c.core.db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  return ['reservations', 'absences', 'documents', 'requests', 'baskets', 'one_time_codes', 'outbox'].reduce((n, t) => n + count(t), 0);
}

const ASKED: Array<[string, string, string]> = [
  ['jveux plus recevoir les sms', 'reminders.smsOptOut', ''],
  ['je ne veux plus recevoir de sms', 'reminders.smsOptOut', ''],
  ['comment on se désabonne des textos ?', 'reminders.smsOptOut', ''],
  ['ya un papier à fournir pour inscrire à la cantine ?', 'enrolment.papers', ENROLMENT],
  ["il faut quoi comme papiers pour inscrire mon fils à l'école", 'enrolment.papers', ENROLMENT],
  ["quels documents pour l'inscription à la garderie ?", 'enrolment.papers', ENROLMENT],
  ['ma voisine peut la récupérer au centre ?', 'care.pickup', PERISCOLAIRE],
  ["c'est qui qui peut venir chercher mon fils à la garderie ?", 'care.pickup', PERISCOLAIRE],
  ['mamie peut venir chercher Léa à la garderie ?', 'care.pickup', PERISCOLAIRE],
  ['qui a le droit de récupérer mon enfant au périscolaire', 'care.pickup', PERISCOLAIRE],
];

describe('no more SMS, the papers to enrol, who may collect a child: answered at the menu', () => {
  it.each(table(ASKED))('%s: « %s » gets %s (and its contact), no sign-in, nothing stored', async (channel, said, key, contact) => {
    const { c, asked } = await joinedSaying(chats, channel, said);
    const answer = c.text(asked);
    expect(answer).toContain(textBeforeOn(key, channel));
    if (contact) expect(answer).toContain(contact);
    expect(answer).not.toContain(SIGN_IN);
    expect(answer).not.toContain(UNDERSTOOD);
    expect(stored(c)).toBe(0);
    if (channel === 'sms') expect(segments(smsBody(asked.map((r) => r.text ?? '')).join('\n'))).toBeLessThanOrEqual(2);
  });

  it('on Web Chat, no more SMS says SMS come only to who writes by SMS, and how reminders are stopped', async () => {
    const { c, asked } = await joinedSaying(chats, 'webchat', 'jveux plus recevoir les sms');
    expect(c.text(asked)).toContain(fr['reminders.smsOptOut']);
    expect(c.text(asked)).toContain('arrêter les rappels');
  });

  it('by SMS, with the greeting in 2 segments; nothing is stopped until STOP, which then stops the reminders of the number', async () => {
    const say = smsResident(chats, 'carrieres-sous-poissy', '+33655443399');
    const c = chats[0]!;
    const account = await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: 'sms.stop@example.org', civility: null, firstName: 'Anne', lastName: 'Sms', phone: '06 55 44 33 99', address: null });
    const bodies = await say('jveux plus recevoir les sms');
    expect(bodies.join('\n')).toContain('STOP');
    expect(bodies.reduce((n, b) => n + segments(b), 0)).toBeLessThanOrEqual(2);
    expect(await c.core.service.deps.repos.reminders.stoppedAt(account.id)).toBeNull();
    await say('STOP');
    expect(await c.core.service.deps.repos.reminders.stoppedAt(account.id)).not.toBeNull();
  });

  // Carrières-sur-Seine's SEJ has neither phone nor e-mail: its name (the portal's address made it 3 segments).
  it.each([
    ['carrieres-sous-poissy', 'ya un papier à fournir pour inscrire à la cantine ?', ENROLMENT],
    ['carrieres-sous-poissy', "c'est qui qui peut venir chercher mon fils à la garderie ?", PERISCOLAIRE],
    ['carrieres-sur-seine', 'ya un papier à fournir pour inscrire à la cantine ?', 'Service Scolaire-Enfance-Jeunesse'],
    ['carrieres-sur-seine', 'ma voisine peut la récupérer au centre ?', 'Service Scolaire-Enfance-Jeunesse'],
  ])('by SMS to %s, as the first message: « %s » with the greeting in 2 segments, the contact given', async (commune, said, contact) => {
    const say = smsResident(chats, commune, '+33655443398');
    const bodies = await say(said);
    expect(bodies.join('\n')).toContain(contact);
    expect(bodies.reduce((n, b) => n + segments(b), 0)).toBeLessThanOrEqual(2);
  });

  it.each(table([['je veux recevoir la facture par sms'], ['inscrire Léa à la cantine lundi'], ['je peux venir chercher mon fils plus tôt à la garderie ?']]))(
    '%s: « %s » is none of these questions',
    async (channel, said) => {
      const { c, asked } = await joinedSaying(chats, channel, said);
      const answer = c.text(asked);
      for (const key of ['reminders.smsOptOut', 'enrolment.papers', 'care.pickup']) expect(answer).not.toContain(textBeforeOn(key, channel));
    },
  );
});

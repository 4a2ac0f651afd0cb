/**
 * Absences reported in the chat (with or without a medical certificate: what stays billed) and the
 * agenda « mes réservations ». The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import { cardOf, family, signInAgain } from '../support/booking';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('absences and the agenda', () => {
  const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 32)]);

  it('reports an absence with a medical certificate: the late day is not billed, the early one is cancelled', async () => {
    const { c, clock } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
    const f = await family(c);
    await c.say('réserver la cantine le 7 et le 14 décembre pour Léa');
    await c.say('Confirmer');
    clock.advance(60 * 24 * 5); // 23 November
    await signInAgain(c);
    expect(c.text(await c.say('signaler une absence de Léa le 7 et le 14 décembre'))).toContain('un certificat médical');
    expect(c.text(await c.say('Maladie'))).toContain('joindre le certificat médical');
    const done = c.text(await c.say({ text: '', attachments: [{ contentType: 'application/pdf', contentUrl: `data:application/pdf;base64,${PDF.toString('base64')}`, name: 'certificat.pdf' }] }));
    expect(done).toContain('L\'absence de Léa est enregistrée.');
    expect(done).toContain('Le 14 décembre : réservations annulées, sans frais.');
    expect(done).toContain('Le 7 décembre : absence justifiée, non facturée.');
    expect(f.booked(f.lea).map((r) => [r.day, r.status])).toEqual([
      ['2026-12-07', 'confirmed'],
      ['2026-12-14', 'cancelled'],
    ]);
    const absences = c.core.db.$client.prepare('select day, justified, document_id is not null as withDocument from absences').all();
    expect(absences).toEqual([{ day: '2026-12-07', justified: 1, withDocument: 1 }]);
  });

  it('without a certificate, a day after the deadline stays billed, and a day with nothing booked is named', async () => {
    const { c, clock } = await signedInChat(chats, { linkFile: 'CSP-F-000101', channelId: 'sms' });
    await c.say('réserver la cantine le 7 décembre pour Léa');
    await c.say('oui');
    clock.advance(60 * 24 * 5);
    await signInAgain(c);
    await c.say('absence');
    await c.say('Léa');
    await c.say('le 7 et le 8 décembre');
    const done = c.text(await c.say('autre raison'));
    expect(done).toContain(c.core.texts.for('fr', false, true)('absence.billed', { day: 'lundi 7 décembre', activities: 'Restauration scolaire' }));
    expect(done).toContain('Léa n\'avait rien de réservé le 8 décembre');
  });

  it.each(['webchat', 'sms'])('%s: « Léa sera absente demain » with nothing booked tomorrow: no absence stored nor reported, only that there is nothing booked', async (channelId) => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101', channelId });
    const f = await family(c);
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    const done = c.text(await c.say('Léa sera absente demain'));
    expect(c.core.db.$client.prepare('select day from absences').all()).toEqual([]);
    expect(c.core.db.$client.prepare("select action from audit_log where action like 'absence%'").all()).toEqual([]);
    expect(f.booked(f.lea)).toEqual([]);
    expect(done).toContain(t('absence.noneBooked', { name: 'Léa', days: '19 novembre' }));
    expect(done).not.toContain(t('absence.saved', { name: 'Léa' }));
  });

  it.each(['webchat', 'sms'])('%s: no child named, the only child with a booking that day is the one absent', async (channelId) => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101', channelId });
    const f = await family(c);
    await c.say('réserver la cantine le 14 décembre pour Léa');
    await c.say(channelId === 'sms' ? '1' : 'Confirmer');
    // Before the deadline: simply cancelled, no question about the child nor the reason.
    await c.say('finalement elle ne mangera pas à la cantine le 14 décembre');
    expect(f.booked(f.lea).map((r) => [r.day, r.status])).toEqual([['2026-12-14', 'cancelled']]);
  });

  it('both children booked that day: which child is asked, nothing changed yet', async () => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
    const f = await family(c);
    await c.say('réserver la cantine le 14 décembre pour Léa et Hugo');
    await c.say('Confirmer');
    await c.say('absent le 14 décembre');
    expect([...f.booked(f.lea), ...f.booked(f.hugo)].map((r) => r.status)).toEqual(['confirmed', 'confirmed']);
  });

  it('« mes réservations » lists the agenda as a card and in words', async () => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine le 3 décembre pour Léa');
    await c.say('Confirmer');
    const replies = await c.say('mes réservations de décembre');
    const card = cardOf(replies);
    expect(card.fallbackText).toContain('jeudi 3 décembre : Restauration scolaire');
    expect(card.fallbackText).toContain('Hugo :\n- Rien de réservé sur cette période.');
  });
});

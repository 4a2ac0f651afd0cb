/**
 * Booking in words (« les mardis et jeudis de janvier sauf le 12 pour Léa et Hugo »), on SMS with
 * « oui », cancelling after the deadline, a deadline passing before « Confirmer », leaving a
 * booking. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import { family, said, signInAgain } from '../support/booking';
import type { Chat } from '../support/harness';
import { lastCode } from '../support/outbox';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('booking in words', () => {
  it('fills the basket from one sentence for two children, names the days left out, and confirms', async () => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
    const f = await family(c);
    const basket = await said(c, 'réserver la cantine les mardis et jeudis de janvier sauf le 12 pour Léa et Hugo');
    expect(basket).toContain('Léa : à réserver les 5, 7, 14, 19, 21, 26 et 28 janvier.');
    expect(basket).toContain('Hugo : à réserver les 5, 7, 14, 19, 21, 26 et 28 janvier.');
    expect(basket).toContain(c.core.texts.for('fr')('booking.basket.cost', { amount: '43,40 €', price: '3,10 €' }));
    expect(c.text(await c.say('oui'))).toContain('CSP-RES-2026-000001');
    expect(f.booked(f.hugo)).toHaveLength(7);
  });

  it('says which days the activity does not run (a Wednesday, a holiday) instead of dropping them', async () => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
    const text = c.text(await c.say('réserver la cantine pour Léa du 23 au 25 décembre et le 9 décembre'));
    expect(text).toContain('Léa, 9 décembre : non retenu (pas d\'activité ce jour-là).');
    expect(text).toContain('Léa, 23 et 24 décembre : non retenu (vacances scolaires).');
    expect(text).toContain('Léa, 25 décembre : non retenu (jour férié).');
    expect(text).toContain('Aucun jour ne peut être retenu.');
  });

  it('on SMS: the calendar in words, the days typed, « oui » to confirm', async () => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101', channelId: 'sms' });
    await c.say('réserver');
    await c.say('3');
    const calendar = c.text(await c.say('2'));
    expect(calendar).toContain('Restauration scolaire — décembre 2026');
    const open = c.core.texts.for('fr', false, true)('booking.text.open', { days: '§' }).split('§')[0];
    expect(calendar).toContain(`Hugo : rien de réservé. ${open}3, 4, 7`);
    expect(calendar).toContain('Écrivez les jours à réserver ou à annuler');
    const basket = c.text(await c.say('les lundis de décembre'));
    expect(basket).toContain('Hugo : à réserver les 7 et 14 décembre.');
    expect(basket).toContain('1. Confirmer');
    expect(c.text(await c.say('oui'))).toContain('Hugo : réservé les 7 et 14 décembre.');
  });

  it('cancelling after the deadline keeps the day billed, and says so before confirming', async () => {
    const { c, clock } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
    const f = await family(c);
    await c.say('réserver la cantine le 7 et le 14 décembre pour Léa');
    await c.say('Confirmer');
    clock.advance(60 * 24 * 5); // 23 November: the 7th is past its deadline, the 14th is not
    await signInAgain(c);
    const basket = c.text(await c.say('annuler la cantine de Léa le 7 et le 14 décembre'));
    expect(basket).toContain('Léa : à annuler le 14 décembre (non facturé).');
    expect(basket).toContain(c.core.texts.for('fr')('booking.basket.removedBilledOne', { name: 'Léa', days: '7 décembre' }));
    await c.say('Confirmer');
    expect(f.booked(f.lea).map((r) => [r.day, r.status, r.cancelledLate])).toEqual([
      ['2026-12-07', 'cancelled', 1],
      ['2026-12-14', 'cancelled', 0],
    ]);
  });

  it('a deadline passing between the basket and « Confirmer » shows the basket again, updated', async () => {
    const { c, clock } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
    const f = await family(c);
    // 18 November 15:00: the 3 December is on time until midnight.
    expect(c.text(await c.say('réserver la cantine le 3 décembre pour Léa'))).toContain('Léa : à réserver le 3 décembre.');
    clock.advance(9 * 60 + 5); // 19 November 00:05 in Paris: the session has ended too
    expect(c.text(await c.say('Confirmer'))).toContain(c.core.texts.for('fr')('booking.sessionExpired'));
    await c.say('francoise.durand@example.org');
    expect(c.text(await c.say(lastCode(c.core.config.outboxDir, 'francoise.durand@example.org')))).toContain('Léa : à réserver le 3 décembre.');
    const again = c.text(await c.say('Confirmer'));
    expect(again).toContain('Un délai est passé');
    expect(again).toContain('après le délai, avec une majoration de 20 %');
    await c.say('Confirmer');
    expect(f.booked(f.lea)).toEqual([{ day: '2026-12-03', status: 'pending', late: 1, surcharge: 20, cancelledLate: 0 }]);
  });

  it('« absence » in the middle of a booking goes to the absence, the basket unsaved', async () => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
    await c.say('réserver');
    await c.say('Restauration scolaire');
    await c.say('Léa');
    expect(c.text(await c.say('signaler une absence'))).toContain('Quel enfant sera absent ?');
  });

  it('« Abandonner » saves nothing', async () => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine le 3 décembre pour Léa');
    // The basket's own option (not the word « abandonner » that stops any task): the basket is given up.
    expect(c.text(await c.say('Abandonner'))).toContain(c.core.texts.for('fr')('booking.basket.abandoned'));
    expect(c.core.db.$client.prepare('select count(*) as n from reservations').get()).toEqual({ n: 0 });
    // Nothing waits for the basket: « Confirmer » next books nothing.
    await c.say('Confirmer');
    expect(c.core.db.$client.prepare('select count(*) as n from reservations').get()).toEqual({ n: 0 });
  });

  it('without a linked family file, says how to link it', async () => {
    const { c } = await signedInChat(chats);
    expect(c.text(await c.say('réserver la cantine le 3 décembre'))).toContain('dossier famille');
  });
});

/**
 * Booking in the chat by the calendar card: toggles, « Tout cocher », months, « Valider », an old
 * card, a forged card. In words and on SMS: bookingWords.test.ts; absences and the agenda:
 * bookingAbsences.test.ts. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import { cardOf, family, inputsOf, press, said } from '../support/booking';
import type { Chat } from '../support/harness';
import { outboxMails } from '../support/outbox';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('booking by the calendar card', () => {
  it('ticks days, shows the basket with the late surcharge and the cost, confirms with a reference and a mail', async () => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
    const f = await family(c);
    expect(c.text(await c.say('Réserver ou annuler'))).toContain('Quelle activité');
    await c.say('Restauration scolaire');
    const replies = await c.say('Léa');
    const card = cardOf(replies);
    expect(card.version).toBe('1.4');
    expect(JSON.stringify(card).length).toBeLessThan(25_000);
    expect(card.speak).toContain('Léa : rien de réservé');
    expect(card.speak).toContain('Possible avec majoration de 20 % : 1er décembre');
    // Past days and week-ends are not toggles; Wednesdays (no canteen) neither.
    const inputs = inputsOf(card.body);
    expect(Object.keys(inputs)).toContain(`d_${f.lea}_2026-12-03`);
    expect(Object.keys(inputs)).not.toContain(`d_${f.lea}_2026-12-02`);
    expect(Object.keys(inputs)).not.toContain(`d_${f.lea}_2026-12-05`);
    expect(card.actions.map((a) => a.title)).toEqual(['Valider', 'Tout cocher', 'Tout décocher', 'Mois précédent (novembre 2026)', 'Mois suivant (janvier 2027)']);

    const basket = await said(c, press(card, 'Valider', { [`d_${f.lea}_2026-12-01`]: 'true', [`d_${f.lea}_2026-12-03`]: 'true', [`d_${f.lea}_2026-12-04`]: 'true' }));
    expect(basket).toContain('Léa : à réserver les 3 et 4 décembre.');
    expect(basket).toContain('Léa : à réserver le mardi 1er décembre, après le délai, avec une majoration de 20 % (0,62 €).');
    expect(basket).toContain('attendent l\'accord de la mairie');
    // QF 820: 3,10 € a day; 3 days + 0,62 € surcharge.
    expect(basket).toContain(c.core.texts.for('fr')('booking.basket.cost', { amount: '9,92 €', price: '3,10 €' }));
    expect(f.booked(f.lea)).toEqual([]);

    const done = c.text(await c.say('Confirmer'));
    expect(done).toContain('Référence : CSP-RES-2026-000001.');
    expect(done).toContain('Léa : réservé les 3 et 4 décembre.');
    expect(done).toContain(c.core.texts.for('fr')('booking.confirm.addedPending', { name: 'Léa', days: '1er décembre' }));
    expect(f.booked(f.lea)).toEqual([
      { day: '2026-12-01', status: 'pending', late: 1, surcharge: 20, cancelledLate: 0 },
      { day: '2026-12-03', status: 'confirmed', late: 0, surcharge: 0, cancelledLate: 0 },
      { day: '2026-12-04', status: 'confirmed', late: 0, surcharge: 0, cancelledLate: 0 },
    ]);
    // The mail goes right after the confirmation, in the background, and says what the chat said.
    await c.core.service.outbox.idle();
    const mail = outboxMails(c.core.config.outboxDir).map((m) => m.replace(/=\r?\n/g, '')).find((m) => m.includes('CSP-RES-2026-000001'));
    expect(mail).toContain('To: francoise.durand@example.org');
    expect(mail).toContain('L=C3=A9a : r=C3=A9serv=C3=A9 les 3 et 4 d=C3=A9cembre.');
  });

  it('« Tout cocher » ticks every open day, a change of month keeps the other month\'s choices', async () => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
    const f = await family(c);
    await c.say('réserver');
    await c.say('Restauration scolaire');
    const december = cardOf(await c.say('Léa'));
    const all = cardOf(await c.say(press(december, 'Tout cocher')));
    const ticked = inputsOf(all.body);
    expect(Object.values(ticked).every((v) => v === 'true')).toBe(true);
    // Untick one day, go to January: December's choices are kept.
    const january = cardOf(await c.say(press(all, 'Mois suivant (janvier 2027)', { [`d_${f.lea}_2026-12-18`]: 'false' })));
    expect(c.text([{ text: january.fallbackText }])).toContain('Vos choix des autres mois sont gardés.');
    const basket = c.text(await c.say(press(january, 'Valider', { [`d_${f.lea}_2027-01-04`]: 'true' })));
    expect(basket).toContain('Léa : à réserver les 3, 4, 7, 8, 10, 11, 14, 15 et 17 décembre, 4 janvier.');
    expect(basket).toContain('Léa : à réserver le mardi 1er décembre, après le délai');
    // « Modifier » shows December again with the choices made; « Tout décocher » clears them.
    const modify = cardOf(await c.say('Modifier'));
    expect(inputsOf(modify.body)[`d_${f.lea}_2026-12-17`]).toBe('true');
    expect(inputsOf(modify.body)[`d_${f.lea}_2026-12-18`]).toBe('false');
    const cleared = cardOf(await c.say(press(modify, 'Tout décocher')));
    expect(Object.values(inputsOf(cleared.body)).every((v) => v === 'false')).toBe(true);
  });

  it('an old card submitted after the bookings changed keeps only its own changes and says so; « Valider » twice books once', async () => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
    const f = await family(c);
    await c.say('réserver');
    await c.say('Restauration scolaire');
    const old = cardOf(await c.say('Léa'));
    // Meanwhile, on another device: the 3rd is booked.
    await c.say(press(old, 'Valider', { [`d_${f.lea}_2026-12-03`]: 'true' }));
    await c.say('Confirmer');
    // The old card (showing the 3rd unbooked) now asks for the 3rd and the 4th.
    const replies = c.text(await c.say(press(old, 'Valider', { [`d_${f.lea}_2026-12-03`]: 'true', [`d_${f.lea}_2026-12-04`]: 'true' })));
    expect(replies).toContain('Vos réservations ont changé depuis l\'affichage de ce calendrier');
    expect(replies).toContain('Léa, 3 décembre : non retenu (déjà réservé).');
    expect(replies).toContain('Léa : à réserver le 4 décembre.');
    await c.say('Confirmer');
    // The same « Valider » once more: nothing new to book, and the resident is told.
    const again = c.text(await c.say(press(old, 'Valider', { [`d_${f.lea}_2026-12-03`]: 'true', [`d_${f.lea}_2026-12-04`]: 'true' })));
    expect(again).toContain('Aucun jour ne peut être retenu.');
    expect(f.booked(f.lea).map((r) => r.day)).toEqual(['2026-12-03', '2026-12-04']);
  });

  it('a booked day unticked on the card is cancelled after « Confirmer », free before its deadline', async () => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
    const f = await family(c);
    await c.say('réserver');
    await c.say('Restauration scolaire');
    const first = cardOf(await c.say('Léa'));
    await c.say(press(first, 'Valider', { [`d_${f.lea}_2026-12-10`]: 'true', [`d_${f.lea}_2026-12-11`]: 'true' }));
    await c.say('Confirmer');
    await c.say('réserver');
    await c.say('Restauration scolaire');
    const again = cardOf(await c.say('Léa'));
    expect(inputsOf(again.body)[`d_${f.lea}_2026-12-10`]).toBe('true');
    const basket = c.text(await c.say(press(again, 'Valider', { [`d_${f.lea}_2026-12-10`]: 'false' })));
    expect(basket).toContain('Léa : à annuler le 10 décembre (non facturé).');
    expect(basket).not.toContain('11 décembre');
    await c.say('Confirmer');
    expect(f.booked(f.lea).map((r) => [r.day, r.status, r.cancelledLate])).toEqual([
      ['2026-12-10', 'cancelled', 0],
      ['2026-12-11', 'confirmed', 0],
    ]);
  });

  it('a card forged to book another family\'s child is refused in French, audited, and nothing changes', async () => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
    const f = await family(c);
    await c.say('réserver');
    await c.say('Restauration scolaire');
    const card = cardOf(await c.say('Léa'));
    const other = (c.core.db.$client.prepare("select c.id from children c join households h on h.id = c.household_id where h.file_number = 'CLV-F-000042'").get() as { id: number }).id;
    const forged = press(card, 'Valider', { [`d_${other}_2026-12-03`]: 'true' });
    (forged.value as Record<string, unknown>).children = `${f.lea},${other}`;
    const text = c.text(await c.say(forged));
    expect(text).toContain('Cet enfant n\'est pas dans votre dossier famille. Rien n\'a été enregistré.');
    expect(c.core.db.$client.prepare("select count(*) as n from audit_log where action = 'booking.refused'").get()).toEqual({ n: 1 });
    expect(c.core.db.$client.prepare('select count(*) as n from reservations').get()).toEqual({ n: 0 });
    // A day of another month slipped into the card's submit.
    const outside = press(card, 'Valider', { [`d_${f.lea}_2027-03-04`]: 'true' });
    expect(c.text(await c.say(outside))).toContain('Ce calendrier contient un jour d\'un autre mois. Rien n\'a été enregistré.');
    // A malformed day too.
    await c.say('réserver');
    await c.say('Restauration scolaire');
    const fresh = cardOf(await c.say('Léa'));
    expect(c.text(await c.say(press(fresh, 'Valider', { [`d_${f.lea}_2026-12-45`]: 'true' })))).toContain('Une des dates n\'existe pas. Rien n\'a été enregistré.');
    // A malformed month is refused too, and the conversation goes on.
    const bad = press(card, 'Valider');
    (bad.value as Record<string, unknown>).month = '2026-13';
    expect(c.text(await c.say(bad))).toContain('Ce mois n\'existe pas. Rien n\'a été enregistré.');
    expect(c.core.db.$client.prepare("select count(*) as n from audit_log where action = 'booking.refused'").get()).toEqual({ n: 4 });
  });
});

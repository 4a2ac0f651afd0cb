/**
 * Booking in the chat: by the calendar card (toggles, « Tout cocher », months, « Valider »), in
 * words (« les mardis et jeudis de janvier sauf le 12 pour Léa et Hugo »), on SMS with « oui »,
 * cancelling after the deadline, an old card, a forged card, absences and the agenda.
 * The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import type { Activity as BotActivity } from 'botbuilder';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { lastCode, outboxMails } from '../support/outbox';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

type Card = { body: unknown[]; actions: Array<{ title: string; data: Record<string, unknown> }>; speak: string; fallbackText: string; version: string };
const cardOf = (replies: Partial<BotActivity>[]): Card => {
  const card = replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content as Card | undefined;
  if (!card) throw new Error(`No card in: ${replies.map((r) => r.text).join(' / ')}`);
  return card;
};
/** Every input of a card, with its value, as Web Chat submits them. */
function inputsOf(node: unknown, out: Record<string, unknown> = {}): Record<string, unknown> {
  if (Array.isArray(node)) node.forEach((n) => inputsOf(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.type === 'Input.Toggle' && typeof o.id === 'string') out[o.id] = o.value;
    Object.values(o).forEach((v) => inputsOf(v, out));
  }
  return out;
}
/** Presses a card action with the toggles changed as given (toggle id → 'true' | 'false'). */
const press = (card: Card, title: string, changes: Record<string, string> = {}) => {
  const action = card.actions.find((a) => a.title === title);
  if (!action) throw new Error(`No action ${title} in ${card.actions.map((a) => a.title).join(', ')}`);
  return { text: '', value: { ...inputsOf(card.body), ...changes, ...action.data } };
};

/** The replies' text with the narrow spaces of French number formats as plain spaces. */
const said = async (c: Chat, input: Parameters<Chat['say']>[0]) => c.text(await c.say(input)).replace(/[\u202f\u00a0]/g, ' ');

/** Sessions end after 30 minutes idle: after the clock moves on by days, sign in again. */
async function signInAgain(c: Chat, email = 'francoise.durand@example.org') {
  await c.say('Me connecter');
  await c.say(email);
  await c.say(lastCode(c.core.config.outboxDir, email));
}

async function family(c: Chat) {
  const repos = c.core.service.deps.repos;
  const household = await repos.households.findByFileNumber('carrieres-sous-poissy', 'CSP-F-000101');
  const children = await repos.households.listChildren(household?.id as number);
  const activities = await c.core.service.listActivities('carrieres-sous-poissy');
  const lea = children.find((ch) => ch.firstName === 'Léa')?.id as number;
  const hugo = children.find((ch) => ch.firstName === 'Hugo')?.id as number;
  const canteen = activities.find((a) => a.code === 'canteen')?.id as number;
  const booked = (childId: number, activityId = canteen) =>
    c.core.db.$client.prepare('select day, status, late, surcharge_percent as surcharge, cancelled_late as cancelledLate from reservations where child_id = ? and activity_id = ? order by day').all(childId, activityId) as Array<{ day: string; status: string; late: number; surcharge: number; cancelledLate: number }>;
  return { lea, hugo, canteen, booked, activities };
}

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
    expect(card.speak).toContain('Possible avec majoration de 20 % : 1 décembre');
    // Past days and week-ends are not toggles; Wednesdays (no canteen) neither.
    const inputs = inputsOf(card.body);
    expect(Object.keys(inputs)).toContain(`d_${f.lea}_2026-12-03`);
    expect(Object.keys(inputs)).not.toContain(`d_${f.lea}_2026-12-02`);
    expect(Object.keys(inputs)).not.toContain(`d_${f.lea}_2026-12-05`);
    expect(card.actions.map((a) => a.title)).toEqual(['Valider', 'Tout cocher', 'Tout décocher', 'Mois précédent (novembre 2026)', 'Mois suivant (janvier 2027)']);

    const basket = await said(c, press(card, 'Valider', { [`d_${f.lea}_2026-12-01`]: 'true', [`d_${f.lea}_2026-12-03`]: 'true', [`d_${f.lea}_2026-12-04`]: 'true' }));
    expect(basket).toContain('Léa : à réserver le 3 et 4 décembre.');
    expect(basket).toContain('Léa : à réserver le mardi 1 décembre, après le délai, avec une majoration de 20 % (0,62 €).');
    expect(basket).toContain('attendent l\'accord de la mairie');
    // QF 820: 3,10 € a day; 3 days + 0,62 € surcharge.
    expect(basket).toContain(c.core.texts.for('fr')('booking.basket.cost', { amount: '9,92 €', price: '3,10 €' }));
    expect(f.booked(f.lea)).toEqual([]);

    const done = c.text(await c.say('Confirmer'));
    expect(done).toContain('Référence : CSP-RES-2026-000001.');
    expect(done).toContain('Léa : réservé le 3 et 4 décembre.');
    expect(done).toContain(c.core.texts.for('fr')('booking.confirm.addedPending', { name: 'Léa', days: '1 décembre' }));
    expect(f.booked(f.lea)).toEqual([
      { day: '2026-12-01', status: 'pending', late: 1, surcharge: 20, cancelledLate: 0 },
      { day: '2026-12-03', status: 'confirmed', late: 0, surcharge: 0, cancelledLate: 0 },
      { day: '2026-12-04', status: 'confirmed', late: 0, surcharge: 0, cancelledLate: 0 },
    ]);
    // The mail goes right after the confirmation, in the background, and says what the chat said.
    await c.core.service.outbox.idle();
    const mail = outboxMails(c.core.config.outboxDir).map((m) => m.replace(/=\r?\n/g, '')).find((m) => m.includes('CSP-RES-2026-000001'));
    expect(mail).toContain('To: francoise.durand@example.org');
    expect(mail).toContain('L=C3=A9a : r=C3=A9serv=C3=A9 le 3 et 4 d=C3=A9cembre.');
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
    expect(basket).toContain('Léa : à réserver le 3, 4, 7, 8, 10, 11, 14, 15 et 17 décembre, 4 janvier.');
    expect(basket).toContain('Léa : à réserver le mardi 1 décembre, après le délai');
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

describe('booking in words', () => {
  it('fills the basket from one sentence for two children, names the days left out, and confirms', async () => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
    const f = await family(c);
    const basket = await said(c, 'réserver la cantine les mardis et jeudis de janvier sauf le 12 pour Léa et Hugo');
    expect(basket).toContain('Léa : à réserver le 5, 7, 14, 19, 21, 26 et 28 janvier.');
    expect(basket).toContain('Hugo : à réserver le 5, 7, 14, 19, 21, 26 et 28 janvier.');
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
    expect(calendar).toContain('Hugo : rien de réservé. Encore possible sans majoration : 3, 4, 7');
    expect(calendar).toContain('Écrivez les jours à réserver ou à annuler');
    const basket = c.text(await c.say('les lundis de décembre'));
    expect(basket).toContain('Hugo : à réserver le 7 et 14 décembre.');
    expect(basket).toContain('1. Confirmer');
    expect(c.text(await c.say('oui'))).toContain('Hugo : réservé le 7 et 14 décembre.');
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
    expect(basket).toContain('Léa : à annuler le 7 décembre. Le délai est passé : ces jours restent facturés, sauf absence justifiée.');
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
    expect(c.text(await c.say('Abandonner'))).toContain('annulé');
    expect(c.core.db.$client.prepare('select count(*) as n from reservations').get()).toEqual({ n: 0 });
  });

  it('without a linked family file, says how to link it', async () => {
    const { c } = await signedInChat(chats);
    expect(c.text(await c.say('réserver la cantine le 3 décembre'))).toContain('dossier famille');
  });
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
    expect(done).toContain('Le lundi 7 décembre : le délai est passé, Restauration scolaire reste facturé sans certificat médical.');
    expect(done).toContain('Léa n\'avait rien de réservé le 8 décembre');
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

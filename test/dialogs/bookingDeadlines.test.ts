/**
 * « jusqu'à quand je peux annuler ? », « c'est quoi le délai pour réserver la cantine ? »: the
 * booking deadlines are answered (15 days before the day at Carrières-sous-Poissy, 4 weeks before a
 * holiday session), with the last day for a day named; nothing is booked nor cancelled. At the
 * menu the question is not a cancellation; at the basket it is answered and the basket asked again.
 * The clock is Wednesday 18 November 2026.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { CHANNELS, offered } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const oneLine = (text: string) => text.replace(/\s+/g, ' ');
const reservations = (c: Chat) => c.core.db.$client.prepare('select day, status from reservations order by day').all() as Array<{ day: string; status: string }>;

describe.each(CHANNELS)('%s: the booking deadlines', (channelId) => {
  it.each(["jusqu'à quand je peux annuler la cantine ?", "c'est quoi le délai pour réserver la cantine ?", 'combien de jours à l’avance faut il reserver la cantine', 'date limite pour annuler un repas ?'])(
    'at the menu, « %s »: 15 days, no task started',
    async (question) => {
      const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
      await c.say('réserver la cantine le 7 décembre pour Léa');
      await c.say('Confirmer');
      const replies = await c.say(question);
      const text = oneLine(c.text(replies));
      expect(text).toContain('Restauration scolaire');
      expect(text).toMatch(/\b15\b/);
      // Not the cancellation's questions: nothing is offered to tick or to confirm.
      expect(offered(replies)).not.toEqual(BASKET);
      expect(JSON.stringify(replies.flatMap((r) => r.attachments ?? []))).not.toContain('Input.Toggle');
      expect(reservations(c)).toEqual([{ day: '2026-12-07', status: 'confirmed' }]);
    },
  );

  it('a day named: its last day (14 December → 29 November)', async () => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    const text = oneLine(c.text(await c.say("jusqu'à quand je peux réserver la cantine pour le 14 décembre ?")));
    expect(text).toContain('29 novembre');
    expect(reservations(c)).toEqual([]);
  });

  it('at the basket, « c’est quoi le délai pour annuler ? »: answered, then the basket again', async () => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('réserver la cantine le 7 décembre pour Léa'))).toEqual(BASKET);
    const replies = await c.say("c'est quoi le délai pour annuler ?");
    expect(oneLine(c.text(replies))).toMatch(/\b15\b/);
    expect(offered(replies)).toEqual(BASKET);
    await c.say('Confirmer');
    expect(reservations(c)).toEqual([{ day: '2026-12-07', status: 'confirmed' }]);
  });
});

/** The question in SMS spellings (« c koi », « kel », « dlai », « pr », « anuler ») at a basket of the evening care. */
describe.each(CHANNELS)('%s: the booking deadlines asked in SMS spellings at the basket', (channelId) => {
  it.each(['c koi le delai pr annuler ?', 'c quoi le dlai pour anuler', 'kel delai pr annuler ?', "c'est quoi le délai ?", 'c quand la date limite pour annuler ?', "la date limite c'est quand ?"])('« %s »: answered, then the same basket', async (question) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('inscrire hugo a la garderie le 14 et 15 janvier'))).toEqual(BASKET);
    const replies = await c.say(question);
    // The rule of the evening care said (« … au plus tard 15 jours avant le jour »), not « pas compris ».
    expect(oneLine(c.text(replies))).toMatch(/soir : (?:au plus tard )?15 jours/);
    expect(offered(replies)).toEqual(BASKET);
    await c.say('Confirmer');
    expect(reservations(c)).toEqual([{ day: '2027-01-14', status: 'confirmed' }, { day: '2027-01-15', status: 'confirmed' }]);
  });
});

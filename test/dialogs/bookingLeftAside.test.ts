/**
 * Messages that lead away from a booking other than by the ways already put aside (« mes factures » at the basket): the
 * booking ended there, its basket or days lost, the message handled at the menu. Now, at each question of the booking
 * (the basket, the calendar, the activity, the child):
 * - « horaires », « les horaires svp », « contact », « numero de telephone » are answered in place (a contact: the
 *   booking's service), the same question asked again;
 * - « factures », « absence », « Léa sera absente demain » at the calendar, « Hugo sera absent demain » at the basket
 *   start that task with the booking put aside (« Je mets de côté… »); « reprendre » brings it back as it was.
 * Web Chat and SMS; the reservations stored at the end are asserted. The clock is Wednesday 18 November 2026.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, offered, table } from '../support/prompts';
import { heard } from '../support/heard';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const booked = (c: Chat) => (c.core.db.$client.prepare("select day from reservations where status = 'confirmed' order by day").all() as Array<{ day: string }>).map((r) => r.day);
const paused = (fr['topics.paused'] ?? '').split('{{')[0] as string;
/** The calendar's title, which names the month shown (« … — décembre 2026 »). */
const CALENDAR = /— décembre 2026/;

/** The questions of the booking, the message that brings the resident there, and how to finish the booking from it. */
const AT: Record<string, { start: string; finish: string[] }> = {
  basket: { start: 'inscrire hugo a la garderie le 14 janvier', finish: ['Confirmer'] },
  calendar: { start: 'inscrire hugo a la garderie', finish: ['le 14 janvier', 'Confirmer'] },
  activity: { start: 'modifier les réservations', finish: ['soir', 'le 14 janvier', 'Confirmer'] },
  child: { start: 'réserver la garderie du soir', finish: ['Hugo', 'le 14 janvier', 'Confirmer'] },
};

async function finish(c: Chat, where: string) {
  for (const said of (AT[where] as { finish: string[] }).finish) await c.say(said);
  return booked(c);
}

describe('a practical question at a question of the booking: answered there, the booking goes on', () => {
  const rows = Object.keys(AT).flatMap((where) => ['horaires', 'les horaires svp', 'contact', 'numero de telephone'].map((said) => [where, said] as [string, string]));
  it.each(table(rows))('%s: at the %s, « %s »', async (channel, where, said) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const asked = await c.say((AT[where] as { start: string }).start);
    const replies = await c.say(said);
    // Hours: the mairie's (the périscolaire service has none); a contact: the booking's own service.
    const booking = c.core.service.serviceFor(await c.core.service.getCommune('carrieres-sous-poissy'), 'booking');
    expect(c.text(replies)).toContain(said.includes('horaires') ? 'Hôtel de Ville' : (booking.phone as string));
    // The same question again, in the same reply (by SMS, the calendar was in the message before: a reminder of it).
    if (where === 'calendar') expect(heard(replies)).toMatch(channel === 'sms' ? /décembre 2026/ : CALENDAR);
    else expect(offered(replies)).toEqual(offered(asked));
    expect(await finish(c, where)).toEqual(['2027-01-14']);
  });
});

describe('another task asked at a question of the booking: the booking put aside, then taken back', () => {
  it.each(table([['calendar', 'factures'], ['calendar', 'absence'], ['calendar', 'lea sera absente demain'], ['basket', 'hugo sera absent demain'], ['calendar', 'ma facture']]))(
    '%s: at the %s, « %s »',
    async (channel, where, said) => {
      const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
      const asked = await c.say((AT[where] as { start: string }).start);
      if (where === 'basket') expect(offered(asked)).toEqual(BASKET);
      expect(c.text(await c.say(said))).toContain(paused);
      const back = await c.say('reprendre');
      if (where === 'calendar') expect(heard(back)).toMatch(CALENDAR);
      else expect(offered(back)).toEqual(offered(asked));
      expect(await finish(c, where)).toEqual(['2027-01-14']);
    },
  );
});

describe('a rubric of a menu card further up pressed during the booking (Web Chat)', () => {
  it.each([['basket'], ['calendar']])('at the %s, « Mes factures » pressed: the booking put aside, then taken back', async (where) => {
    const { c } = await signedInChat(chats, { channelId: 'webchat', linkFile: 'CSP-F-000101' });
    const asked = await c.say((AT[where] as { start: string }).start);
    expect(c.text(await c.say({ text: '', value: { menu: 'invoices' } }))).toContain(paused);
    const back = await c.say('reprendre');
    if (where === 'calendar') expect(heard(back)).toMatch(CALENDAR);
    else expect(offered(back)).toEqual(offered(asked));
    expect(await finish(c, where)).toEqual(['2027-01-14']);
  });
});

/**
 * Questions about what is booked (« c quoi mes enfants inscrits », « c koi mes réservations », « qu'est-ce qui est réservé
 * pour Léa ») list the bookings (the agenda with the day booked), at the menu and in the middle of a booking, on Web Chat
 * and by SMS. The clock is Wednesday 18 November 2026; Léa is booked at the canteen on Monday 23 November.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const everything = (replies: Awaited<ReturnType<Chat['say']>>) => replies.map((r) => `${r.text ?? ''} ${JSON.stringify(r.attachments ?? [])}`).join('\n');

async function bookedMonday(channelId: string): Promise<Chat> {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  await c.say('inscrire Léa à la cantine lundi');
  await c.say('oui');
  return c;
}

describe('what is booked, asked', () => {
  it.each(table([['c quoi mes enfants inscrits'], ['c koi mes réservations'], ["qu'est-ce qui est réservé pour Léa"], ["quels jours j'ai réservé"], ["montre moi ce que j'ai réservé"]]))(
    '%s: « %s » at the menu lists the bookings',
    async (channelId, phrasing) => {
      const c = await bookedMonday(channelId);
      const said = everything(await c.say(phrasing));
      expect(said).toContain(textBefore('agenda.title'));
      expect(said).toContain('23 novembre');
    },
  );

  it.each(table([['c quoi mes enfants inscrits'], ["qu'est-ce qui est déjà réservé ?"]]))('%s: « %s » at « Pour quel enfant ? » lists the bookings', async (channelId, phrasing) => {
    const c = await bookedMonday(channelId);
    await c.say('réserver la cantine mardi');
    const said = everything(await c.say(phrasing));
    expect(said).toContain(textBefore('agenda.title'));
    expect(said).toContain('23 novembre');
  });
});

/**
 * The days of an absence corrected or completed at the sign-in it asked for (« Léa sera absente le 7 décembre », the
 * session ended, then « en fait c le 8 » or « et le 8 aussi » at « Quelle est l'adresse e-mail de votre espace ? »):
 * once signed in, the absence is reported on the days as corrected (within the deadline: those days cancelled, free). Before, the first day was reported and the words
 * replayed at the menu (« pas compris » and the whole menu, 3 SMS segments). Web Chat and SMS; asserts the absences.
 */
import { signedInChat } from '../support/accounts';
import { lastCode } from '../support/outbox';
import type { Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'francoise.durand@example.org';
/** The days still booked (an absence within the deadline cancels the day, free of charge). */
const stillBooked = (c: Chat) => (c.core.db.$client.prepare("select day from reservations where status in ('pending', 'confirmed') order by day").all() as Array<{ day: string }>).map((r) => r.day);

describe('an absence\'s days corrected at its sign-in', () => {
  it.each(table([
    ['en fait c le 8', ['2026-12-07']],
    ['non pardon le 8', ['2026-12-07']],
    ['et le 8 aussi', []],
  ]))('%s: « Léa sera absente le 7 décembre », signed out, « %s »: the absence reported as corrected, %j still booked', async (channel, said, days) => {
    const { c, clock } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine le 7 et le 8 décembre pour Léa');
    await c.say('oui');
    clock.advance(60 * 24);
    expect(stillBooked(c)).toEqual(['2026-12-07', '2026-12-08']);
    await c.say('Léa sera absente le 7 décembre');
    await c.say(said);
    await c.say(EMAIL);
    await c.say(lastCode(c.core.config.outboxDir, EMAIL));
    await c.say('malade');
    expect(stillBooked(c)).toEqual(days);
  }, 60_000);
});

/**
 * A task paused at its sign-in, the resident signed in since (in another task): « reprendre » goes
 * on past the sign-in, not back to its e-mail question. An absence asked at the booking's basket
 * pauses the booking: « reprendre » brings the basket back. Asserts the reservations stored.
 */
import { BASKET } from '../support/booking';
import { settableClock } from '../../src/domain/clock';
import { linkedDurand } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { CHANNELS, fr, offered } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('a task paused at its sign-in', () => {
  it.each(CHANNELS)('%s: signed in in another task, « reprendre » goes on with the paused booking', async (channel) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
    chats.push(c);
    const email = 'francoise.durand@example.org';
    await linkedDurand(c.core, email);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('réserver la cantine pour Léa');
    // Paused at its e-mail question (« menu »), then an absence, which signs in. (A request typed at the sign-in itself is
    // kept for after it, nothing paused: requestsKeptAtSignIn.test.ts.)
    await c.say('menu');
    await c.say('signaler une absence');
    await c.say(email);
    await c.say(lastCode(c.core.config.outboxDir, email));
    await c.say('annuler');
    const back = await c.say('reprendre');
    expect(c.text(back)).not.toContain((fr['signIn.askEmail'] as string).split('{{')[0]);
    expect(offered(await c.say('le 7 janvier'))).toEqual(BASKET);
    await c.say('oui');
    const rows = c.core.db.$client.prepare("select r.day from reservations r join children ch on ch.id = r.child_id where ch.first_name = 'Léa' and r.status != 'cancelled'").all();
    expect(rows).toEqual([{ day: '2027-01-07' }]);
  });
});

describe('an absence asked at the booking basket', () => {
  it.each(CHANNELS)('%s: the booking is paused, the absence handled, and « reprendre » brings the basket back to confirm', async (channel) => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: channel });
    chats.push(c);
    const email = 'francoise.durand@example.org';
    await linkedDurand(c.core, email);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('me connecter');
    await c.say(email);
    await c.say(lastCode(c.core.config.outboxDir, email));
    expect(offered(await c.say('réserver la cantine le 7 janvier pour Léa'))).toEqual(BASKET);
    const replies = await c.say('Hugo sera absent demain');
    expect(c.text(replies)).toContain((fr['topics.paused'] as string).split('{{')[0]);
    await c.say('annuler');
    expect(offered(await c.say('reprendre'))).toEqual(BASKET);
    await c.say('oui');
    const rows = c.core.db.$client.prepare("select ch.first_name as child, r.day from reservations r join children ch on ch.id = r.child_id where r.status != 'cancelled'").all();
    expect(rows).toEqual([{ child: 'Léa', day: '2027-01-07' }]);
  });
});

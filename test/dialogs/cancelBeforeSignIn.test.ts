/**
 * A day to cancel asked before sign-in (« jv annulé cantine lundi », « annuler la cantine de Léa le 11 janvier »): the sign-in
 * is asked to cancel (never « to book »), and what was said is kept through it: the day cancelled after « oui » at the basket.
 * Web Chat and SMS; the key said and the rows stored. The clock is Wednesday 18 November 2026.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function signedOut(channelId: string): Promise<Chat> {
  return (await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101', signIn: false })).c;
}

const booked = (c: Chat) =>
  c.core.db.$client.prepare("select ch.first_name as child, r.day from reservations r join children ch on ch.id = r.child_id where r.status in ('pending', 'confirmed') order by r.day").all();

describe('a day to cancel asked before sign-in', () => {
  it.each(table([['annuler la cantine de Léa le 11 janvier'], ['jv annulé cantine lea lundi 11 janvier']]))('%s: « %s »: signed in to cancel, then the day cancelled', async (channel, said) => {
    const c = await signedOut(channel);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    await c.say('réserver la cantine pour Léa le 11 et le 12 janvier');
    await c.say('francoise.durand@example.org');
    await c.say(lastCode(c.core.config.outboxDir, 'francoise.durand@example.org'));
    await c.say('oui');
    expect(booked(c)).toHaveLength(2);
    await c.say('me déconnecter');
    const asked = c.text(await c.say(said));
    expect(asked).toContain(t('booking.cancel.signInFirst', { keyName: 'Clé Enfance' }));
    await c.say('francoise.durand@example.org');
    await c.say(lastCode(c.core.config.outboxDir, 'francoise.durand@example.org'));
    await c.say('oui');
    expect(booked(c)).toEqual([{ child: 'Léa', day: '2027-01-12' }]);
  });
});

/**
 * A booking asked with « j'ai pas de compte » in the first message (« réserver la cantine jeudi pour Léa, jai pas de compte »):
 * the account is created first, the booking kept (createAccount.requestKept); once the account exists and the key links the
 * file, the booking is served. Before, the request was lost with the sign-up.
 */
import { settableClock } from '../../src/domain/clock';
import { bookedByChild } from '../support/booking';
import { startChat, type Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { fr, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('a booking asked beside « j\'ai pas de compte »', () => {
  it('is kept through the sign-up, then booked once the key links the file', async () => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: 'webchat' });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const first = c.text(await c.say('réserver la cantine jeudi pour Léa, jai pas de compte'));
    expect(first).toContain(fr['createAccount.requestKept']);
    expect(first).toContain(textBefore('createAccount.ask.civility'));
    for (const answer of ['Madame', 'Durand', 'Françoise', 'francoise.durand@example.org', '06 12 34 56 78', '3 rue Verte 78955 Carrières-sous-Poissy', 'oui']) await c.say(answer);
    const welcome = c.text(await c.say(lastCode(c.core.config.outboxDir, 'francoise.durand@example.org')));
    expect(welcome).toContain(textBefore('familyKey.ask'));
    const { key } = await c.core.service.issueFamilyKey('carrieres-sous-poissy', 'CSP-F-000101');
    expect(c.text(await c.say(key))).toContain(textBefore('booking.basket.question'));
    await c.say('Confirmer');
    expect(bookedByChild(c)).toEqual([{ child: 'Léa', code: 'canteen', day: '2026-11-19' }]);
  });

  it('« je n\'ai pas de compte » alone starts the sign-up with nothing kept', async () => {
    const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId: 'webchat' });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const first = c.text(await c.say("je n'ai pas de compte"));
    expect(first).not.toContain(fr['createAccount.requestKept']);
    expect(first).toContain(textBefore('createAccount.ask.civility'));
  });
});

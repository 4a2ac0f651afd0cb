/**
 * A booking asked before the resident had an account is put aside while the space is created, and
 * offered back then; it is offered again once the Clé Enfance links the family file (the booking
 * could not be made before), and « reprendre » then goes on with the booking.
 */
import { startChat, type Chat } from '../support/harness';
import { settableClock } from '../../src/domain/clock';
import { lastCode } from '../support/outbox';
import { fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const OFFER = (fr['topics.offer'] as string).split('{{')[0] as string;
const EMAIL = 'marie.durand@example.org';

/** A booking asked by a guest, put aside for the sign-up, the space's details given: the code is awaited. */
async function bookingThenSignUp(): Promise<Chat> {
  const c = startChat({ clock: settableClock('2026-12-05T09:00:00Z') });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  await c.say('je veux inscrire ma fille à la cantine le 8 janvier');
  await c.say("j'ai pas encore de compte");
  for (const answer of ['Madame', 'Durand', 'Marie', EMAIL, '06 12 34 56 78', '12 rue des Lilas 78955 Carrières-sous-Poissy', 'oui']) await c.say(answer);
  return c;
}

it('offers the booking back after the family key links the file, and « reprendre » goes on with it', async () => {
  const c = await bookingThenSignUp();
  expect(c.text(await c.say(lastCode(c.core.config.outboxDir, EMAIL)))).toContain(OFFER);

  const { key } = await c.core.service.issueFamilyKey('carrieres-sous-poissy', 'CSP-F-000101');
  const linked = c.text(await c.say(key));
  expect(c.core.db.$client.prepare('select household_id as h from accounts where email = ?').get(EMAIL)).toMatchObject({ h: expect.any(Number) });
  expect(linked).toContain(OFFER);

  const resumed = c.text(await c.say('reprendre'));
  expect(resumed).toContain((fr['topics.resumed'] as string).split('{{')[0]);
  expect(resumed).not.toContain(OFFER);
  // The booking goes on: the family's file is there, its child is asked.
  expect(resumed).not.toContain((fr['errors.booking.noHousehold'] as string).slice(0, 40));
  expect(resumed).toContain(fr['booking.askChildren']);
});

it('does not offer it again when nothing changed for the resident', async () => {
  const c = await bookingThenSignUp();
  await c.say(lastCode(c.core.config.outboxDir, EMAIL));
  await c.say('horaires de la mairie');
  expect(c.text(await c.say('menu'))).not.toContain(OFFER);
});

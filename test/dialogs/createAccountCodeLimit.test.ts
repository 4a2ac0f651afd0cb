/**
 * The sign-up's code shares the sign-in's limit per address (codeAsks.ts): after CODES_PER_HOUR codes asked for an
 * address within the hour, « Créer mon espace » with that address creates nothing, mails nothing, and says when
 * asking again will work (never « je viens d'envoyer un code »).
 */
import { sql } from 'drizzle-orm';
import { settableClock } from '../../src/domain/clock';
import { CODES_PER_HOUR } from '../../src/domain/accounts';
import { startChat, type Chat } from '../support/harness';
import { outboxMails } from '../support/outbox';
import { rowsOf } from '../support/sql';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const EMAIL = 'victime@example.org';

it('past the limit of codes for an address, the sign-up creates no space, mails nothing and says when to ask again', async () => {
  const clock = settableClock('2026-11-18T14:00:00Z');
  const c = startChat({ clock });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  const commune = await c.core.service.getCommune('carrieres-sous-poissy');
  for (let i = 0; i < CODES_PER_HOUR; i++) await c.core.service.accounts.startSignIn(commune, EMAIL, 'fr');
  clock.advance(10);
  await c.say('Créer mon espace');
  await c.say('Madame');
  await c.say('Durand');
  await c.say('Julie');
  await c.say(EMAIL);
  await c.say('06 12 34 56 78');
  await c.say('3 rue Verte 78955 Carrières-sous-Poissy');
  const answer = c.text(await c.say('oui'));
  const t = c.core.texts.for('fr');
  expect(answer).toContain(t('signIn.codeLimit', { email: EMAIL, minutes: 50 }));
  expect(answer).not.toContain(t('createAccount.codeSent', { email: EMAIL }));
  expect(outboxMails(c.core.config.outboxDir).filter((m) => m.includes(`To: ${EMAIL}`))).toHaveLength(0);
  expect(await rowsOf(c.core, sql`select id from accounts where email = ${EMAIL}`)).toHaveLength(0);
});

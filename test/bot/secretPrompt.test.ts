/** Whether a conversation waits for a secret, read from its stored dialog state as the web chat's Direct Line reads it. */
import { SqlStorage } from '../../src/bot/sqlStorage';
import { conversationAwaitsSecret } from '../../src/bot/secretPrompt';
import { startChat } from '../support/harness';
import { lastCode } from '../support/outbox';

it('is true while the bot asks for the e-mail code or the family key, false otherwise', async () => {
  const c = startChat({ channelId: 'webchat' });
  const waiting = () => conversationAwaitsSecret(new SqlStorage(c.core.stateRepository), 'webchat', 'Convo1');
  try {
    await c.join({ commune: 'carrieres-sous-poissy' });
    expect(await waiting()).toBe(false);
    await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: 'a@example.org', civility: 'madame', firstName: 'A', lastName: 'B', phone: null, address: null });
    await c.say('Me connecter');
    expect(await waiting()).toBe(true);
    await c.say('a@example.org');
    expect(await waiting()).toBe(true);
    await c.say(lastCode(c.core.config.outboxDir, 'a@example.org'));
    expect(await waiting()).toBe(false);
    await c.say('horaires de la mairie');
    expect(await waiting()).toBe(false);
    await c.say('Clé Enfance');
    expect(await waiting()).toBe(true);
    expect(await conversationAwaitsSecret(new SqlStorage(c.core.stateRepository), 'webchat', 'another')).toBe(false);
  } finally {
    await c.core.close();
  }
});

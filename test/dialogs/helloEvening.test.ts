/**
 * The welcome's first words as at the guichet: « Bonsoir » from 18 h in Paris (and until 5 h) or when the resident greets so
 * first (« bonsoir », « bsr », by SMS where the welcome answers the first message), « Bonjour » otherwise; a greeting at a
 * question, or the sign-in's « Bonjour Madame Martin », gets the same. Web Chat and SMS.
 */
import { fixedClock } from '../../src/domain/clock';
import { buildBot } from '../../src/index';
import { SmsAdapter } from '../../src/sms/smsAdapter';
import { smsBody } from '../../src/sms/smsText';
import { startChat, type Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { CHANNELS, fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const first = (text: string) => text.trim().split(/\s/)[0];
const BONJOUR = first(fr['welcome.hello'] as string);
const BONSOIR = first(fr['welcome.helloEvening'] as string);

describe('the welcome by the time of day (web chat)', () => {
  it.each([
    ['2026-11-18T14:00:00Z', BONJOUR],
    ['2026-11-18T16:59:00Z', BONJOUR],
    ['2026-11-18T18:30:00Z', BONSOIR],
    ['2026-11-18T02:30:00Z', BONSOIR],
  ])('at %s: « %s »', async (at, hello) => {
    const c = startChat({ channelId: 'webchat', clock: fixedClock(at) });
    chats.push(c);
    expect(first(c.text(await c.join({ commune: 'carrieres-sous-poissy' })))).toBe(hello);
  });
});

describe('the welcome by the resident’s own greeting (SMS)', () => {
  it.each([
    ['bonsoir, horaires de la mairie', BONSOIR],
    ['bsr je voudrais réserver la cantine', BONSOIR],
    ['bonjour, horaires de la mairie', BONJOUR],
  ])('at 15 h, « %s »: « %s »', async (said, hello) => {
    const c = startChat({ channelId: 'sms' });
    chats.push(c);
    const bot = buildBot(c.core);
    const bodies = smsBody(await new SmsAdapter().receive('+33600000031', said, undefined, (ctx) => bot.run(ctx)));
    expect(first(bodies.join('\n'))).toBe(hello);
  });
});

describe.each(CHANNELS)('a greeting at a question (%s)', (channelId) => {
  it('« bonsoir » at the sign-in\'s e-mail question: greeted so, the question asked again', async () => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('me connecter');
    const replies = c.text(await c.say('bonsoir'));
    expect(replies).toContain(fr['welcome.helloEvening']);
    expect(replies.split('\n').at(-1)).toBe(fr['signIn.askEmail']);
  });
});

describe.each(CHANNELS)('the sign-in’s welcome by the time of day (%s)', (channelId) => {
  it.each([
    ['2026-11-18T14:00:00Z', 'signIn.welcome'],
    ['2026-11-18T19:30:00Z', 'signIn.welcomeEvening'],
  ])('at %s: %s', async (at, key) => {
    const c = startChat({ channelId, clock: fixedClock(at) });
    chats.push(c);
    await c.core.service.deps.repos.accounts.create({ communeId: 'carrieres-sous-poissy', email: 'ines.martin@example.org', civility: 'madame', firstName: 'Inès', lastName: 'Martin', phone: null, address: null });
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('me connecter');
    await c.say('ines.martin@example.org');
    const replies = c.text(await c.say(lastCode(c.core.config.outboxDir, 'ines.martin@example.org')));
    expect(first(replies)).toBe(first((fr[key] as string).replace('{{name}}', '')));
  });
});

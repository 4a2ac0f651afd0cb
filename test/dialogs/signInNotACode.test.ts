/**
 * At « tapez le code reçu », an answer that is clearly not a code (a phone number, an e-mail
 * address, a sentence) uses up no try: the code's count of tries stays where it was, the code is
 * asked again, and the right code still signs in. A wrong 6-digit code, and a mistyped one of 5
 * digits, do count. Web Chat and SMS; the assertions look at the stored code and session.
 */
import { normalizeCode } from '../../src/domain/secretShapes';
import { notACode } from '../../src/nlu/notACode';
import { startChat, type Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { CHANNELS } from '../support/prompts';

const EMAIL = 'julie.durand@example.org';
const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function atTheCode(channelId: string) {
  const c = startChat({ channelId });
  chats.push(c);
  await c.core.service.deps.repos.accounts.create({
    communeId: 'carrieres-sous-poissy', email: EMAIL, civility: 'madame', firstName: 'Julie', lastName: 'Durand', phone: null, address: null,
  });
  await c.join({ commune: 'carrieres-sous-poissy' });
  await c.say('Me connecter');
  await c.say(EMAIL);
  return c;
}

const tries = (c: Chat) => (c.core.db.$client.prepare('select attempts from one_time_codes order by id desc limit 1').get() as { attempts: number }).attempts;
const sessions = (c: Chat) => (c.core.db.$client.prepare('select count(*) as n from sessions where ended_at is null').get() as { n: number }).n;

describe('what is read as not a code', () => {
  it.each([
    ['06 12 34 56 78', 'phone'],
    ['0612345678', 'phone'],
    ['+33 6 12 34 56 78', 'phone'],
    ['06.12.34.56.78', 'phone'],
    ['julie.durand@example.org', 'email'],
    ["je ne l'ai pas reçu", 'words'],
    ["c'est quoi le code ?", 'words'],
    ['C9NM K97Q ZR0Y KWMV', 'familyKey'],
    ['c9nm-k97q-zr0y-kwmv', 'familyKey'],
    ['C9NMK97QZR0YKWMV', 'familyKey'],
    ['123457', undefined],
    ['12345', undefined],
    ['1234567', undefined],
    ['123 45a', undefined],
  ])('« %s »: %s', (typed, kind) => {
    expect(notACode(typed)).toBe(kind);
    if (kind) expect(normalizeCode(typed)).toBeUndefined();
  });
});

describe.each(CHANNELS)('%s: at the sign-in code', (channelId) => {
  it.each(['06 12 34 56 78', '+33612345678', 'julie.durand@example.org', "je n'ai rien reçu", 'mon numéro de téléphone', 'C9NM K97Q ZR0Y KWMV'])('« %s » uses up no try; the right code then signs in', async (typed) => {
    const c = await atTheCode(channelId);
    await c.say(typed);
    await c.say(typed);
    expect(tries(c)).toBe(0);
    expect(sessions(c)).toBe(0);
    await c.say(lastCode(c.core.config.outboxDir, EMAIL));
    expect(sessions(c)).toBe(1);
  });

  it.each(['000000', '12345'])('« %s » is a try at the code, counted', async (typed) => {
    const c = await atTheCode(channelId);
    if (typed === lastCode(c.core.config.outboxDir, EMAIL)) return;
    await c.say(typed);
    expect(tries(c)).toBe(1);
  });
});

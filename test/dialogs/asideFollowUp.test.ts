/**
 * A practical question answered at the sign-in's e-mail question (« horaires de la régie »), then a follow-up
 * (« et le mercredi aprem ? », « et demain ? »): the same service's hours for that day, and the e-mail asked again
 * (never taken for a wrong e-mail). Only right after the answer: later, the same words are the question's business.
 */
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { settableClock } from '../../src/domain/clock';
import { CHANNELS, fr } from '../support/prompts';
import { ROOT, startChat, type Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const sms = readLocaleFile(path.join(ROOT, 'locales'), 'fr', 'sms');
/** A text's words before its first parameter, as the channel says it. */
/** A text's words before its first parameter, and before the « de » or « à » whose article goes with it (« du Service… »). */
const before = (key: string, channelId: string) => (((channelId === 'sms' ? sms[key] : undefined) ?? fr[key] ?? `<missing ${key}>`).split('{{')[0] ?? '').replace(/ (?:de|à) $/, ' ');

/** The sign-in started, its e-mail asked (Wednesday 18 November 2026, 15:00 in Paris). */
async function emailAsked(channelId: string) {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  await c.say('Me connecter');
  return c;
}

describe.each(CHANNELS)('a follow-up of a practical question answered at the e-mail question (%s)', (channelId) => {
  it('« et le mercredi aprem ? » after the régie\'s hours: its hours that afternoon, then the e-mail asked again', async () => {
    const c = await emailAsked(channelId);
    expect(c.text(await c.say('horaires de la régie'))).toContain(fr['signIn.askEmail']);
    const answer = c.text(await c.say('et le mercredi aprem ?'));
    expect(answer).toContain(before('info.openPart', channelId));
    expect(answer).toContain(fr['signIn.askEmail']);
    expect(answer).not.toContain(fr['signIn.badEmail']);
    // A follow-up of the follow-up (Thursday afternoon: open too), and the e-mail still awaited.
    const next = c.text(await c.say('et demain ?'));
    expect(next).toContain(before('info.openPart', channelId));
    expect(next).toContain(fr['signIn.askEmail']);
  });

  it('« et le mercredi aprem ? » after a service whose hours are not held: said so for that service again', async () => {
    const c = await emailAsked(channelId);
    await c.say('horaires du service périscolaire');
    const answer = c.text(await c.say('et le mercredi aprem ?'));
    expect(answer).toContain(before('info.noHours', channelId));
    expect(answer).toContain(fr['signIn.askEmail']);
    expect(answer).not.toContain(fr['signIn.badEmail']);
  });

  it('not right after a practical answer: the e-mail\'s own business', async () => {
    const c = await emailAsked(channelId);
    const answer = c.text(await c.say('et le mercredi aprem ?'));
    // No e-mail in it, and nothing it can be placed as: what is expected, the request kept (signInWordsNotEmail.test.ts).
    expect(answer).toContain(before('signIn.wordsNotEmail', channelId));
  });
});

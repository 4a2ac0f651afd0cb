/**
 * « i dont know my email » (no apostrophe, as typed on a phone) at the e-mail question of the sign-in an absence asked
 * for, in English: where to look, the e-mail asked again, the absence kept under way. It was read as a change of contact
 * details: the absence was set aside and « sign in first to change your details » came. Web Chat and SMS.
 */
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { startChat, ROOT, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const en = readLocaleFile(path.join(ROOT, 'locales'), 'en');
const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const start = (key: string): string => (en[key] ?? `<missing ${key}>`).split('{{')[0] ?? '';

describe('the e-mail not known, said in English at the sign-in', () => {
  it.each(table([['i dont know my email'], ["I don't remember my email"], ['i cant remember my email'], ['no idea']]))('%s: « %s »: where to look, the e-mail asked again, the absence still under way', async (channel, said) => {
    const c = startChat({ channelId: channel });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    expect(c.text(await c.say('my son is sick, he will miss the canteen tomorrow'))).toContain(en['signIn.askEmail']);
    const reply = c.text(await c.say(said));
    expect(reply).toContain(start('signIn.emailForgotten').slice(0, 25));
    expect(reply).not.toContain(start('topics.paused'));
    expect(reply.split('\n').at(-1)).toBe(en['signIn.askEmail']);
  });
});

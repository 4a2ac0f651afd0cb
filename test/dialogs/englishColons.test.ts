/**
 * In English, a label and its value are written « Amount: €45.00 », « Léa: », not with the French space before the
 * colon (« Amount : »): the agenda and the family file by SMS. Asserts the text sent has no « : » with a space
 * before it. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('English labels by SMS', () => {
  // By SMS the agenda is one line an activity with its days (« Restauration scolaire: 12 January », as lists of days say them).
  it('the agenda says « Léa: » and « Restauration scolaire: 12 January »', async () => {
    const { c } = await signedInChat(chats, { channelId: 'sms', linkFile: 'CSP-F-000101' });
    await c.say('english');
    await c.say('book the canteen for lea on january 12');
    await c.say('yes');
    const text = c.text(await c.say('my bookings in january'));
    expect(text).toContain('Léa:');
    expect(text).toMatch(/Restauration scolaire: 12 January/);
    expect(text).not.toMatch(/\S : /);
  });

  it('the family file says « Address: »', async () => {
    const { c } = await signedInChat(chats, { channelId: 'sms', linkFile: 'CSP-F-000101' });
    await c.say('english');
    await c.say('my family file');
    await c.say('next');
    const text = c.text(await c.say('next'));
    expect(text).toContain('78955');
    expect(text).not.toMatch(/\S : /);
  });
});

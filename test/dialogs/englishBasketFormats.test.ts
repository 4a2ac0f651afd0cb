/**
 * The basket and the calendar in English: numbers as English writes them (« a 20% surcharge », « €3.72 »), never the
 * French « 20 % » nor « 3,72 € ». The clock is Wednesday 18 November 2026: Monday 23 November is after the deadline.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const FRENCH_NUMBERS = /\d[\s\u00a0\u202f]%|\d,\d{2}[\s\u00a0\u202f]?€/;

describe('the English basket', () => {
  it.each(CHANNELS)('%s: a late day’s basket and the calendar say English numbers', async (channelId) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    await c.say('english');
    const calendar = (await c.say('the canteen for Lea')).map((r) => `${r.text ?? ''} ${JSON.stringify(r.attachments ?? [])}`).join('\n');
    expect(calendar).not.toMatch(FRENCH_NUMBERS);
    const basket = c.text(await c.say('book Monday November 23'));
    expect(basket).toContain('20%');
    expect(basket).toContain('€');
    expect(basket).not.toMatch(FRENCH_NUMBERS);
  });
});

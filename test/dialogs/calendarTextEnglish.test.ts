/**
 * The calendar in words (SMS text, the card's speech) says each child's line with the locale's own text: in English
 * « Hugo: nothing booked. », not the French « Hugo : ». Asserts the locale text said. The clock is Wednesday
 * 18 November 2026, 15:00 in Paris.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** The words of a turn, the cards' speech included. */
const words = (replies: Array<{ text?: string; attachments?: Array<{ content?: { speak?: string } }> }>) => replies.map((r) => [r.text ?? '', ...(r.attachments ?? []).map((a) => a.content?.speak ?? '')].join('\n')).join('\n');

describe('the calendar in words, in English', () => {
  it.each(CHANNELS)('%s: each child\'s line is the English text', async (channel) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('english');
    const said = words(await c.say('book the canteen for Hugo in February'));
    const en = c.core.texts.for('en', false, channel === 'sms');
    expect(said).toContain(en('booking.text.child', { name: 'Hugo', text: en('booking.text.nothingBooked') }));
    expect(said).not.toContain('Hugo :');
  });
});

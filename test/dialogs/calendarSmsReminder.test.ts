/**
 * By SMS, the month's calendar is sent once: after an aside (« c'est combien la cantine ? ») a reminder follows the answer,
 * and « Jusqu'à quand ? » (« tous les lundis sauf le 11 ») is asked alone; each reply in 2 segments at most (the calendar
 * whole again made 3). Then the days said are booked.
 */
import { signedInChat } from '../support/accounts';
import { bookedByChild } from '../support/booking';
import { fr, textBeforeOn } from '../support/prompts';
import type { Chat } from '../support/harness';
import { segments, smsBody, toGsm7 } from '../../src/sms/smsText';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const sms = async (c: Chat, text: string): Promise<string> => smsBody((await c.say(text)).map((r) => r.text ?? '')).join('\n');
const JANUARY_MONDAYS = ['2027-01-04', '2027-01-18', '2027-01-25'];

describe('sms: the calendar of the days to book', () => {
  it('a price asked at the calendar: the answer and a reminder in 2 segments, then the Mondays of January booked but the 11th', async () => {
    const { c } = await signedInChat(chats, { channelId: 'sms', linkFile: 'CSP-F-000101' });
    await c.say('inscrire lea et hugo a la cantine');
    await c.say('janvier');
    const aside = await sms(c, "c'est combien la cantine ?");
    expect(aside).toContain('3,10');
    // How to answer, not the month's days again.
    expect(aside).toContain(toGsm7(textBeforeOn('booking.calendar.hintText', 'sms')));
    expect(segments(aside)).toBeLessThanOrEqual(2);
    await c.say('tous les lundis de janvier sauf le 11');
    await c.say('oui');
    expect(bookedByChild(c)).toEqual([...JANUARY_MONDAYS.map((day) => ({ child: 'Hugo', code: 'canteen', day })), ...JANUARY_MONDAYS.map((day) => ({ child: 'Léa', code: 'canteen', day }))]);
  });

  it('« tous les lundis sauf le 11 »: « Jusqu\'à quand ? » alone, in 1 segment, then « jusqu\'à la fin du mois »: those Mondays booked', async () => {
    const { c } = await signedInChat(chats, { channelId: 'sms', linkFile: 'CSP-F-000101' });
    await c.say('inscrire lea a la cantine');
    await c.say('janvier');
    const asked = await sms(c, 'tous les lundis sauf le 11');
    expect(asked).toContain(fr['booking.needsEndDate']?.split(' ')[0]);
    expect(segments(asked)).toBeLessThanOrEqual(1);
    await c.say('jusqu a la fin du mois');
    await c.say('oui');
    expect(bookedByChild(c)).toEqual(JANUARY_MONDAYS.map((day) => ({ child: 'Léa', code: 'canteen', day })));
  });
});

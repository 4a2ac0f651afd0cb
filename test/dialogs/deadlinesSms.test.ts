/**
 * By SMS, « c'est quoi le délai pour réserver ? » at the basket: the deadlines and the basket's reminder in 2 segments
 * (3 before: 367 characters), then the basket confirmed as it was.
 */
import { signedInChat } from '../support/accounts';
import { bookedByChild } from '../support/booking';
import type { Chat } from '../support/harness';
import { segments, smsBody } from '../../src/sms/smsText';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

it.each([["c'est quoi le délai pour réserver ?"], ['jusqu a quand on peut annuler']])('sms: « %s » at the basket: the deadlines in 2 segments, then the day booked', async (asked) => {
  const { c } = await signedInChat(chats, { channelId: 'sms', linkFile: 'CSP-F-000101' });
  await c.say('reserver cantine pour lea le 12 janvier');
  const said = smsBody((await c.say(asked)).map((r) => r.text ?? '')).join('\n');
  expect(said).toContain('15');
  expect(said).toContain('20 %');
  expect(segments(said)).toBeLessThanOrEqual(2);
  await c.say('1');
  expect(bookedByChild(c)).toEqual([{ child: 'Léa', code: 'canteen', day: '2027-01-12' }]);
});

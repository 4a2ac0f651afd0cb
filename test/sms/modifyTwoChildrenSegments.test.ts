/**
 * « Modifier » at the basket of two children by SMS: the month in words said each child's days, the same for both (nothing
 * booked, the same days in the basket, the same 14 days still open), 488 characters, 4 segments. Children whose month
 * reads the same are named together, the days said once: 3 segments (333 characters); with the SMS wording of the basket's
 * and the open days' lines and of how to answer (« Panier, à réserver : … »), 2 segments (291). A change for one child then (« en fait pas
 * le 12 pour hugo ») books what the basket says.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { BASKET } from '../support/booking';
import { offered } from '../support/prompts';
import { segments, smsBody } from '../../src/sms/smsText';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const cost = (replies: Awaited<ReturnType<Chat['say']>>) => smsBody(replies.map((r) => r.text ?? '')).reduce((n, b) => n + segments(b), 0);
const booked = (c: Chat) => c.core.db.$client.prepare("select ch.first_name as child, r.day from reservations r join children ch on ch.id = r.child_id where r.status = 'confirmed' order by ch.first_name, r.day").all();

describe('by SMS, « Modifier » at the basket of two children', () => {
  it('the days said once for both, then one child\'s day taken out, then booked', async () => {
    const { c } = await signedInChat(chats, { channelId: 'sms', linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('je veux reserver la cantine pr lea et hugo le 11 et 12 janvier'))).toEqual(BASKET);
    const month = await c.say('2');
    // The 29th, the month's last open day, is listed once for both children.
    expect(c.text(month).match(/29 janvier/g)).toHaveLength(1);
    expect(cost(month)).toBeLessThanOrEqual(2);
    expect(offered(await c.say('en fait pas le 12 pour hugo'))).toEqual(BASKET);
    await c.say('1');
    expect(booked(c)).toEqual([
      { child: 'Hugo', day: '2027-01-11' },
      { child: 'Léa', day: '2027-01-11' },
      { child: 'Léa', day: '2027-01-12' },
    ]);
  });
});

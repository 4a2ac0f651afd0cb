/**
 * « c combien le matin en fait ? » at a basket of Léa's morning care, after Hugo's evening care was booked: the family's
 * price of the care being booked, short (it was every rate of Hugo's evening care, the booking confirmed before).
 * Web Chat and SMS. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { fr, offered, table, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const label = (c: Chat, code: string, like: string) =>
  (c.core.db.$client.prepare("select label from activities where commune_id = 'carrieres-sous-poissy' and code = ? and label like ?").get(code, like) as { label: string }).label;

describe('the price asked at a basket', () => {
  it.each(table([['c combien le matin en fait ?'], ["c'est combien ?"]]))('%s: « %s » → the price of the morning care being booked, the basket asked again', async (channel, question) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('réserver la garderie du soir pour hugo le 4 mars'))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(offered(await c.say('garderie du matin pour lea le 4 mars'))).toEqual(BASKET);
    const replies = await c.say(question);
    const text = c.text(replies).replace(/[\u202f\u00a0]/g, ' ');
    const morning = label(c, 'morning', '%lémentaire%');
    const evening = label(c, 'evening', '%Maternelle%');
    expect(text).toContain(`${morning}${(fr['tariffs.bookedPrice'] ?? '').split('{{price}}')[0]?.replace('{{activity}}', '')}`);
    expect(text).not.toContain(evening);
    expect(text).not.toContain(textBefore('tariffs.intro'));
    expect(offered(replies)).toEqual(BASKET);
  });
});

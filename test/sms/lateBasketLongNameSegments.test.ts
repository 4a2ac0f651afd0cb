/**
 * The basket of a day booked after the deadline, by SMS, for an activity with a long name (« Accueil Périscolaire Maternelle
 * — soir »): the activity, the child and the day, the surcharge, the town hall's agreement awaited, the price and the three
 * options were 307 characters (3 segments). By SMS the basket's title and question are shorter: at most 2, and « 1 » books
 * the day, late and waiting for the agreement.
 */
import { buildBot } from '../../src/index';
import { SmsAdapter } from '../../src/sms/smsAdapter';
import { smsBody } from '../../src/sms/smsText';
import { linkedDurand } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { lastCode } from '../support/outbox';
import { smsCost } from '../support/smsResident';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function durandBySms() {
  const c = startChat({ channelId: 'sms' });
  chats.push(c);
  await linkedDurand(c.core, 'francoise.durand@example.org');
  const bot = buildBot(c.core);
  const adapter = new SmsAdapter();
  const say = async (text: string) => smsBody(await adapter.receive('+33600000043', text, undefined, (ctx) => bot.run(ctx)));
  for (const text of ['bonjour', '1', 'me connecter', 'francoise.durand@example.org']) await say(text);
  await say(lastCode(c.core.config.outboxDir, 'francoise.durand@example.org'));
  return { c, say };
}

const stored = (c: Chat) =>
  c.core.db.$client.prepare("select ch.first_name as child, a.label as activity, r.day, r.status, r.late, r.surcharge_percent as percent from reservations r join children ch on ch.id = r.child_id join activities a on a.id = r.activity_id order by r.day").all();

describe('by SMS, a late day of an activity with a long name', () => {
  it.each([['reserver le periscolaire du soir le 24 novembre pour hugo'], ['garderie du soir mardi 24 pour Hugo stp']])('« %s »: the basket in at most 2 segments, then booked late', async (said) => {
    // The clock is Wednesday 18 November 2026: Tuesday the 24th is past its deadline.
    const { c, say } = await durandBySms();
    const basket = await say(said);
    expect(basket.join('\n')).toMatch(/Maternelle/);
    expect(basket.join('\n')).toMatch(/20 %/);
    expect(basket.join('\n')).toMatch(/^3\. /m);
    expect(smsCost(basket)).toBeLessThanOrEqual(2);
    await say('1');
    expect(stored(c)).toEqual([expect.objectContaining({ child: 'Hugo', day: '2026-11-24', status: 'pending', late: 1, percent: 20 })]);
  });
});

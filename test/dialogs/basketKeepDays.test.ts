/**
 * In a basket of cancellations, « garde le 23 et le 25 » (« sauf », « pas », « laisse ») means: do not cancel
 * those days — they leave the basket, at the basket itself or after « Modifier ». Web Chat and SMS; the
 * bookings left once confirmed. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const days = (c: Chat): string[] =>
  (c.core.db.$client.prepare("select r.day as day from reservations r join children c on c.id = r.child_id where r.status = 'confirmed' and c.first_name = 'Hugo' order by r.day").all() as Array<{ day: string }>).map((r) => r.day);

const FEBRUARY = ['2027-02-22', '2027-02-23', '2027-02-25', '2027-02-26'];

async function cancelling(channelId: string) {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  expect(offered(await c.say('réserver la cantine pour hugo les 22, 23, 25 et 26 février'))).toEqual(BASKET);
  await c.say('Confirmer');
  expect(days(c)).toEqual(FEBRUARY);
  const next = await c.say('annule tout ce que hugo a en fevrier');
  if (!offered(next).includes(BASKET[0] as string)) await c.say('Restauration scolaire');
  return c;
}

describe('days kept in a basket of cancellations', () => {
  it.each(table([['garde le 23 et le 25'], ['sauf le 23 et le 25'], ['pas le 23 et le 25'], ['laisse le 23 et le 25'], ['ah non garde le 23 et le 25']]))(
    '%s: « 2 » then « %s » → only the 22nd and 26th cancelled',
    async (channel, phrasing) => {
      const c = await cancelling(channel);
      await c.say('2');
      expect(offered(await c.say(phrasing))).toEqual(BASKET);
      await c.say('1');
      expect(days(c)).toEqual(['2027-02-23', '2027-02-25']);
    },
  );

  it.each(table([['garde le 23 et le 25'], ['laissez le 23 et le 25']]))('%s: « %s » at the basket → only the 22nd and 26th cancelled', async (channel, phrasing) => {
    const c = await cancelling(channel);
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('1');
    expect(days(c)).toEqual(['2027-02-23', '2027-02-25']);
  });
});

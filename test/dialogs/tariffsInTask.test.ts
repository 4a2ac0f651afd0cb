/**
 * A question about the rates in the middle of a task (« c'est combien ? » at the booking's basket,
 * « combien la garderie ? » when the activity is asked): answered there, with the family's price
 * (quotient familial 820: the canteen at 3,10 €), of the activity being booked when none is named;
 * then the same question again, and the task goes on to its end (the reservation stored).
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { CHANNELS, offered } from '../support/prompts';
import { euros } from '../../src/domain/invoicing';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const oneLine = (text: string) => text.replace(/\s+/g, ' ');
const price = (cents: number) => oneLine(euros(cents));
const booked = (c: Chat) => c.core.db.$client.prepare("select day, status from reservations where status != 'cancelled' order by day").all() as Array<{ day: string; status: string }>;

describe.each(CHANNELS)('%s: the rates asked during a booking', (channelId) => {
  it.each(["c'est combien ?", 'ça coûte combien ?', 'c combien par jour', 'quel est le tarif ?'])('at the basket, « %s »: the canteen’s price, then the basket again', async (question) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say('réserver la cantine le 7 décembre pour Léa'))).toEqual(BASKET);
    const replies = await c.say(question);
    const text = oneLine(c.text(replies));
    expect(text).toContain(price(310));
    // The activity being booked: not the Wednesday's rates.
    expect(text).not.toContain(price(980));
    expect(offered(replies)).toEqual(BASKET);
    await c.say('Confirmer');
    expect(booked(c)).toEqual([{ day: '2026-12-07', status: 'confirmed' }]);
  });

  it('when the activity is asked, « combien la garderie du soir ? »: its rates, then the activity asked again', async () => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    const asked = offered(await c.say('je veux réserver'));
    expect(asked.length).toBeGreaterThan(1);
    const replies = await c.say('combien la garderie du soir ?');
    expect(oneLine(c.text(replies))).toContain(price(270));
    expect(offered(replies)).toEqual(asked);
  });
});

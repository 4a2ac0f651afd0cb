/**
 * « c'est combien ? » at « Garderie du matin ou du soir ? »: the rates of the two cares offered, not the seven
 * activities of the commune (about 1,500 characters by SMS); then the question again, and « 2 » goes on with the
 * evening care. Web Chat and SMS.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { CHANNELS, fr, ratesIntro } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe.each(CHANNELS)('the rates asked between activities offered (%s)', (channelId) => {
  it('the two cares offered, the question again, then the evening care chosen', async () => {
    const { c, account } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    expect(c.text(await c.say('réserver la garderie'))).toContain(fr['booking.askCare']);
    // The family's own activities: Léa's morning care (élémentaire), Hugo's evening care (maternelle), the canteen, Wednesdays.
    const linked = (await c.core.service.deps.repos.accounts.get(account.id))!;
    const activities = (await c.core.service.reservations.bookable(linked)).map((b) => b.activity);
    const label = (code: string) => activities.find((a) => a.code === code)?.label as string;
    const rates = c.text(await c.say("c'est combien ?")).replace(/ - /g, ' — ');
    expect(rates).toContain(ratesIntro(channelId));
    expect(rates).toContain(label('morning'));
    expect(rates).toContain(label('evening'));
    expect(rates).not.toContain(label('canteen'));
    expect(rates).not.toContain(label('wednesday'));
    expect(rates).toContain(fr['booking.askCare']);
    // Hugo is the only child at the evening care: his calendar, not the question again.
    expect(c.text(await c.say('2'))).not.toContain(fr['booking.askCare']);
  });
});

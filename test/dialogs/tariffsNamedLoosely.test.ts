/**
 * A price asked for an activity named loosely (« c koi le tarif du centre », « combien coûte la garderie ? »): the rates of
 * the activities of that name (the centre: Wednesdays and holidays; the garderie: morning and evening), not every
 * activity of the commune. Web Chat and SMS; asserts the activities' labels in the answer.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { ratesIntro, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('the rates of an activity named loosely', () => {
  it.each(
    table([
      ['c koi le tarif du centre', ['wednesday', 'holidays']],
      ['combien coûte le centre ?', ['wednesday', 'holidays']],
      ['combien coûte la garderie ?', ['morning', 'evening']],
    ]),
  )('%s: « %s » gives those activities\' rates only', async (channelId, phrasing, codes) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    const activities = await c.core.service.listActivities('carrieres-sous-poissy');
    const rates = c.text(await c.say(phrasing)).replace(/ - /g, ' — ');
    expect(rates).toContain(ratesIntro(channelId));
    for (const a of activities) {
      if (codes.includes(a.code)) expect(rates).toContain(a.label);
      else expect(rates).not.toContain(a.label);
    }
  });
});

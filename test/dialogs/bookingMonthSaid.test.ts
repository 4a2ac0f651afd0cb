/**
 * A month said further on in a booking: « réserver le mercredi pour Léa en février » is every Wednesday of February
 * (it was the coming Wednesday, 25 November, late), whether the activity is said with it or asked next (« 3 »);
 * at the January calendar, « et en décembre ça marche pas ? » shows December's (it was the invoices).
 * Web Chat and SMS; the rows stored once confirmed. The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET, confirmedRows, onlyOn } from '../support/booking';
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe('« le mercredi … en février »: every Wednesday of February', () => {
  it.each(table([['reserver le mercredi pour lea en fevrier, accueil de loisirs'], ['accueil de loisirs le mercredi pour Léa en février']]))('%s: « %s » → the basket of February\'s Wednesdays', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    expect(offered(await c.say(phrasing))).toEqual(BASKET);
    await c.say('Confirmer');
    onlyOn(confirmedRows(c), 'wednesday', 'Léa', 3);
  });

  it.each(table([['reserver le mercredi pour lea en fevrier']]))('%s: « %s », then the activity by its number → the same', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    const activities = offered(await c.say(phrasing));
    const number = activities.findIndex((a) => /loisirs/i.test(a)) + 1;
    expect(number).toBeGreaterThan(0);
    expect(offered(await c.say(String(number)))).toEqual(BASKET);
    await c.say('Confirmer');
    onlyOn(confirmedRows(c), 'wednesday', 'Léa', 3);
  });
});

describe('a month asked at the calendar', () => {
  it.each(table([['et en decembre sa marche pas ?'], ['et en décembre ?']]))('%s: at January\'s calendar, « %s » → December\'s: « le 3 » is 3 December', async (channel, phrasing) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa en janvier');
    await c.say(phrasing);
    expect(offered(await c.say('le 3'))).toEqual(BASKET);
    await c.say('Confirmer');
    expect(confirmedRows(c)).toEqual([{ code: 'canteen', child: 'Léa', day: '2026-12-03' }]);
  });
});

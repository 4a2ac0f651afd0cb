/**
 * A number said with a word (« la 1 », « n°1 », « choix 1 », « la première ») picks from a list only when one is shown,
 * as a bare « 1 » does (menuBareNumber.test.ts). By SMS, after an answer with no list (« pas de facture »: none to pay),
 * « la 1 » opened the booking of the menu listed several turns before; it now opens nothing and the menu is listed,
 * whose numbers then work. « le 2 » alone stays free for a day of the month.
 */
import { signedInChat } from '../support/accounts';
import type { Chat } from '../support/harness';
import { labels, offered } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const MENU = labels('menu.item.booking', 'menu.item.absence', 'menu.item.invoices', 'menu.item.familyFile', 'menu.item.requests.signedIn', 'menu.item.info');
const ACTIVITIES = ['Restauration scolaire', 'Accueil de loisirs du mercredi'];

describe('by SMS, signed in and linked, after an answer that lists nothing', () => {
  it.each([['la 1'], ['n°1'], ['choix 1'], ['la première'], ['numéro 1 svp']])('« %s »: no task opened, the menu listed; « 1 » then opens the booking', async (said) => {
    const { c } = await signedInChat(chats, { channelId: 'sms', linkFile: 'CSP-F-000101' });
    await c.say('menu');
    const answer = await c.say('pas de facture');
    expect(offered(answer)).toEqual([]);
    const replies = await c.say(said);
    const shown = offered(replies);
    expect(shown).toEqual(MENU);
    expect(ACTIVITIES.some((a) => shown.includes(a))).toBe(false);
    const next = offered(await c.say('1'));
    expect(ACTIVITIES.every((a) => next.includes(a))).toBe(true);
  });
});

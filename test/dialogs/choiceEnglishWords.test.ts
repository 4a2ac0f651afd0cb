/**
 * English words at a French question, and French ones at an English question: a resident who
 * started in French and types « give up », « confirm », « change » at the basket « 1. Confirmer
 * 2. Modifier 3. Abandonner » chooses as with the French label (« give up » was not understood);
 * « yes », « yep », « no », « nope » are a yes and a no whatever the language. Every question asked
 * with options (dialogs/choicePrompt.ts) knows its labels in each language the bot speaks.
 * Web Chat and SMS; each row asserts the reservations stored and the question asked next.
 * The clock is Wednesday 18 November 2026, 15:00 in Paris.
 */
import { BASKET } from '../support/booking';
import { signedInChat } from '../support/accounts';
import { startChat, type Chat } from '../support/harness';
import { fr, offered, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const days = (c: Chat) => (c.core.db.$client.prepare("select day from reservations where status = 'confirmed' order by day").all() as Array<{ day: string }>).map((r) => r.day);

async function atFrenchBasket(channelId: string): Promise<Chat> {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  expect(offered(await c.say('réserver la cantine le 3 décembre pour Léa'))).toEqual(BASKET);
  return c;
}

describe('English words at the French basket', () => {
  it.each(table([['give up'], ['Give up'], ['give up please']]))('%s: « %s » gives up at once, nothing stored', async (channel, phrasing) => {
    const c = await atFrenchBasket(channel);
    const next = await c.say(phrasing);
    expect(c.text(next)).toContain(fr['booking.basket.abandoned']);
    await c.say('oui');
    expect(days(c)).toEqual([]);
  });

  it.each(table([['confirm'], ['Confirm'], ['yes'], ['yep'], ['yeah'], ['sure']]))('%s: « %s » confirms the basket', async (channel, phrasing) => {
    const c = await atFrenchBasket(channel);
    await c.say(phrasing);
    expect(days(c)).toEqual(['2026-12-03']);
  });

  it.each(table([['change'], ['Change'], ['edit']]))('%s: « %s » goes back to the days, the basket kept', async (channel, phrasing) => {
    const c = await atFrenchBasket(channel);
    expect(offered(await c.say(phrasing))).not.toEqual(BASKET);
    expect(offered(await c.say('le 4 décembre'))).toEqual(BASKET);
    await c.say('oui');
    expect(days(c)).toEqual(['2026-12-03', '2026-12-04']);
  });

  it.each(table([['no'], ['nope'], ['nah']]))('%s: « %s » asks whether to change or give up, as « non » does; « give up » then gives up', async (channel, phrasing) => {
    const c = await atFrenchBasket(channel);
    const next = await c.say(phrasing);
    expect(offered(next)).toEqual(BASKET);
    expect(c.text(next)).toContain((fr['booking.basket.which'] ?? '').slice(0, 30));
    expect(c.text(await c.say('give up'))).toContain(fr['booking.basket.abandoned']);
    expect(days(c)).toEqual([]);
  });
});

describe('French words at the English basket', () => {
  it.each(table([['Abandonner', []], ['Confirmer', ['2026-12-03']], ['oui', ['2026-12-03']]]))('%s: « %s » → %p stored', async (channel, phrasing, stored) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('english');
    expect(offered(await c.say('book the canteen for Léa on December 3'))).toHaveLength(3);
    await c.say(phrasing);
    await c.say('yes');
    expect(days(c)).toEqual(stored);
  });
});

describe('any question with options', () => {
  it.each(table([['Full copy', 'It is me']]))('%s: a French act request answered « %s », « %s » (the English labels) goes on to the next questions', async (channel, format, relation) => {
    const c = startChat({ channelId: channel, env: { DEFAULT_COMMUNE: 'carrieres-sous-poissy' } });
    chats.push(c);
    await c.say('je voudrais un acte de naissance');
    await c.say('Carrières-sous-Poissy');
    expect(c.text(await c.say(format))).toContain(fr['civilAct.ask.relation']);
    expect(c.text(await c.say(relation))).toContain(fr['civilAct.askSelf.lastName']);
  });
});

/**
 * The « Conversation » issue, told in a conversation: « me no speak french » not said twice once the commune is
 * chosen; « moi pas parler français » and its kin switch on the simple French; « mdr ok » heard as « ok ».
 */
import { signedInChat } from '../support/accounts';
import { bookedByChild } from '../support/booking';
import { startChat, type Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** Whether the replies hold the text of `key` in `locale` (plain or not; the channel's short version where it has one). */
function holds(c: Chat, replies: Awaited<ReturnType<Chat['say']>>, key: string, locale: 'fr' | 'en', sms: boolean, plain = false): boolean {
  return c.text(replies).includes(c.core.texts.for(locale, plain, sms)(key));
}

describe('English asked with the first message, by SMS before the commune is known', () => {
  it('« hello, me no speak french », then « 1 »: English said once, with the greeting, not again with the menu', async () => {
    const c = startChat({ channelId: 'sms' });
    chats.push(c);
    const first = await c.say('hello, me no speak french');
    expect(holds(c, first, 'commune.ask', 'en', true)).toBe(true);
    expect(holds(c, first, 'commands.languageSeen', 'en', true)).toBe(true);
    const next = await c.say('1');
    expect(holds(c, next, 'commands.language', 'en', true)).toBe(false);
    expect(holds(c, next, 'commands.languageSeen', 'en', true)).toBe(false);
    expect(holds(c, await c.say('aide'), 'commands.help.footer', 'en', true)).toBe(true);
  });
});

describe('French said hard to read: the simple French switched on, and said in it', () => {
  it.each(['moi pas parler français', 'je parle pas bien français', 'français pas bien', 'moi pas comprendre le français', 'bonjour, moi pas parler français'])(
    'on Web Chat, « %s »',
    async (text) => {
      const c = startChat({ channelId: 'webchat' });
      chats.push(c);
      await c.join({ commune: 'carrieres-sous-poissy' });
      expect(holds(c, await c.say(text), 'commands.plain.on', 'fr', false, true)).toBe(true);
      expect(holds(c, await c.say('aide'), 'commands.help.menu', 'fr', false, true)).toBe(true);
    },
  );
});

describe('« mdr ok » and its kin after an answer', () => {
  it.each(['mdr ok', 'ok mdr', "lol d'accord"])('« %s » at the basket\'s « Confirmez-vous ? »: the booking done', async (text) => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
    await c.say('inscrire Léa à la cantine lundi');
    await c.say(text);
    expect(bookedByChild(c)).toEqual([{ child: 'Léa', code: 'canteen', day: '2026-11-23' }]);
  });
  it.each(['mdr ok', 'ok mdr', "lol d'accord"])('« %s » after the opening hours: heard, as « ok », not « pas compris »', async (text) => {
    const c = startChat({ channelId: 'webchat' });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('horaires de la mairie');
    const replies = await c.say(text);
    expect(holds(c, replies, 'menu.notUnderstood', 'fr', false)).toBe(false);
    expect(holds(c, replies, 'menu.again', 'fr', false)).toBe(true);
  });
});

describe('the next election asked, with no election day known', () => {
  it.each([
    ['c quand la prochaine élection', true],
    ['la prochaine élection c\'est quand ?', true],
    ['date des élections municipales', true],
    ['je veux m\'inscrire sur les listes électorales', false],
  ])('« %s »: where the dates are said (%s), and the registration rules', async (text, datesAsked) => {
    const c = startChat({ channelId: 'webchat' });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const replies = await c.say(text);
    expect(holds(c, replies, 'demarche.electoral_roll.deadline.datesElsewhere', 'fr', false)).toBe(datesAsked);
    expect(holds(c, replies, 'demarche.electoral_roll.rules', 'fr', false)).toBe(true);
  });
});

describe('a child\'s allergy said to the assistant: the service that looks after the children', () => {
  it.each(['Léa est allergique aux chats', 'Hugo est allergique aux chiens', 'mon fils est allergique aux arachides', 'Léa est allergique au gluten'])(
    'signed in (Léa and Hugo), « %s »: the service\'s contact for diets and allergies',
    async (text) => {
      const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
      const replies = await c.say(text);
      expect(holds(c, replies, 'care.diet', 'fr', false)).toBe(true);
      expect(holds(c, replies, 'menu.notUnderstood', 'fr', false)).toBe(false);
    },
  );
  it.each(['mon mari est allergique aux chats', 'Paul est allergique aux chats'])('signed in, « %s » (not a child of the family): not the care\'s', async (text) => {
    const { c } = await signedInChat(chats, { linkFile: 'CSP-F-000101' });
    expect(holds(c, await c.say(text), 'care.diet', 'fr', false)).toBe(false);
  });
});

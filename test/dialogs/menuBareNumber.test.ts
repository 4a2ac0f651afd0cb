/**
 * A bare number at the menu means an item of a list the resident sees. After a goodbye (« merci au revoir »), or
 * by SMS after the one-line hint that follows an answer (« Pour le menu, tapez menu »), no list is on screen: « 1 »
 * starts no task by surprise; it gets why, and the full menu, whose numbers then work. Where the menu was shown
 * (the full menu, or the card after an answer on Web Chat), the numbers open its items as before.
 */
import type { Activity } from 'botbuilder';
import { startChat, type Chat } from '../support/harness';
import { CHANNELS, fr, labels, offered } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function chat(channelId: string): Promise<Chat> {
  const c = startChat({ channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
}

const GUEST_MENU = labels('menu.item.createAccount', 'menu.item.signIn', 'menu.item.requests', 'menu.item.info');
/** The rubrics a turn shows: the menu card's (its spoken text) on Web Chat, the numbered lines by SMS. */
function menuShown(replies: Partial<Activity>[]): string[] {
  const card = replies.find((r) => r.attachments?.length);
  return card ? GUEST_MENU.filter((l) => String(card.speak ?? '').includes(l)) : offered(replies);
}
const WHY = fr['menu.numberWithoutList'] as string;
/** The sign-up's first words, as the channel says them (shorter by SMS). */
const creating = (c: Chat, channel: string): string => c.core.texts.for('fr', false, channel === 'sms')('createAccount.intro');

describe.each(CHANNELS)('a bare number where no list is shown (%s)', (channel) => {
  it.each([['merci au revoir'], ['au revoir']])('after « %s »: « 1 » opens nothing, says why and shows the menu; « 2 » then signs in', async (goodbye) => {
    const c = await chat(channel);
    await c.say('horaires de la mairie');
    await c.say(goodbye);
    const replies = await c.say('1');
    expect(c.text(replies)).toContain(WHY);
    expect(c.text(replies)).not.toContain(creating(c, channel));
    expect(menuShown(replies)).toEqual(GUEST_MENU);
    expect(c.text(await c.say('2')).split('\n').at(-1)).toBe(fr['signIn.askEmail']);
  });

  it('as the very first message after the goodbye at the menu: « 3. » opens nothing either', async () => {
    const c = await chat(channel);
    await c.say('au revoir');
    const text = c.text(await c.say('3.'));
    expect(text).toContain(WHY);
    expect(text).not.toContain(fr['demarches.ask'] ?? '\u0000');
  });
});

describe('by SMS, after the one-line hint', () => {
  it('« non merci » after an answer, then « 1 »: why and the menu, no account started; « 1 » next creates it', async () => {
    const c = await chat('sms');
    await c.say('horaires de la mairie');
    expect(c.text(await c.say('non merci'))).toContain(fr['menu.afterAnswer']);
    const replies = await c.say('1');
    expect(c.text(replies)).toContain(WHY);
    expect(c.text(replies)).not.toContain(creating(c, 'sms'));
    expect(menuShown(replies)).toEqual(GUEST_MENU);
    expect(c.text(await c.say('1'))).toContain(creating(c, 'sms'));
  });
});

describe('where the menu is shown, numbers open its items', () => {
  it.each(CHANNELS)('%s: the full menu, then « 4 »: the practical info', async (channel) => {
    const c = await chat(channel);
    await c.say('menu');
    const text = c.text(await c.say('4'));
    expect(text).not.toContain(WHY);
    expect(text).toContain((fr['info.intro'] as string).split('{{')[0]);
  });

  it('Web Chat: the menu card after an answer, then « 1 »: the account is created', async () => {
    const c = await chat('webchat');
    await c.say('horaires de la mairie');
    await c.say('non merci');
    expect(c.text(await c.say('1'))).toContain(creating(c, 'webchat'));
  });
});

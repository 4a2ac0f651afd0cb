/**
 * « c'est pas le bon enfant » (no child named) at a basket the bot made for one child: a correction of the child, never a
 * request about the family key. The family has two children: the basket moves to the other one (confirmed, the rows are
 * his). A basket for both: which child is asked, the basket kept.
 */
import { signedInChat } from '../support/accounts';
import { family } from '../support/booking';
import type { Chat } from '../support/harness';
import { CHANNELS, fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const KEY_ASKED = (fr['familyKey.ask'] as string | undefined)?.split('{{')[0];

describe('the wrong child said at a basket', () => {
  it.each(table([["c'est pas le bon enfant"], ['mauvais enfant'], ["non c'est pour l'autre"], ["je me suis trompé d'enfant"]]))('%s: « %s » at Léa\'s basket: Hugo\'s basket, booked for him', async (channelId, said) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine le 7 décembre pour Léa');
    const answer = c.text(await c.say(said));
    if (KEY_ASKED) expect(answer).not.toContain(KEY_ASKED);
    expect(answer).not.toContain(fr['topics.paused']?.split('{{')[0]);
    await c.say('oui');
    const { lea, hugo, booked } = await family(c);
    expect(booked(hugo).map((r) => [r.day, r.status])).toEqual([['2026-12-07', 'confirmed']]);
    expect(booked(lea)).toEqual([]);
  });

  it.each(CHANNELS)('%s: at a basket of both children: which child asked, the basket kept', async (channelId) => {
    const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine le 7 décembre pour Léa et Hugo');
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    expect(c.text(await c.say("c'est pas le bon enfant"))).toContain(t('booking.basket.whichChild', { names: 'Léa, Hugo' }).split(':')[0]);
    expect(c.text(await c.say('Hugo'))).toContain('Hugo');
    await c.say('oui');
    const { lea, hugo, booked } = await family(c);
    expect(booked(hugo).map((r) => r.day)).toEqual(['2026-12-07']);
    expect(booked(lea)).toEqual([]);
  });
});

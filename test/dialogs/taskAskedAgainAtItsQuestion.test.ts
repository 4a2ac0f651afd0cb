/**
 * The task under way asked for again at its own question (« je veux signaler une absence » at « Quel enfant sera absent ? »,
 * « je voudrais réserver la cantine » at « Pour quel enfant ? », the voter démarche named at its nationality question): « C'est en
 * cours : … » and the question again, never « je n'ai pas compris », and what was entered is kept. When the message also answers
 * (« … pour Léa », « … pour Hugo le 12 janvier »), that answer is taken. Web Chat and SMS; rows assert the keys said and asked
 * next, and the absence recorded for the child chosen after (her booked day cancelled).
 */
import { signedInChat } from '../support/accounts';
import { bookedByChild } from '../support/booking';
import type { Chat } from '../support/harness';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const UNDER_WAY = (fr['topics.underWay'] as string).split('{{')[0] as string;
const MISS = (fr['choice.again'] as string).split('}}')[1] as string;
const PAUSED = (fr['topics.paused'] as string).split('{{')[0] as string;

async function at(channelId: string, first: string): Promise<Chat> {
  const { c } = await signedInChat(chats, { channelId, linkFile: 'CSP-F-000101' });
  await c.say(first);
  return c;
}

describe('the task under way asked for again at its own question', () => {
  it.each(table([['je veux signaler une absence'], ['je voudrais signaler une absence'], ['signaler une absence svp'], ['déclarer une absence']]))('%s: « %s » at the absence’s child question: under way, asked again, then Léa’s absence recorded (her day cancelled)', async (channel, again) => {
    const { c } = await signedInChat(chats, { channelId: channel, linkFile: 'CSP-F-000101' });
    await c.say('réserver la cantine pour Léa et Hugo le 14 janvier');
    await c.say('oui');
    await c.say('signaler une absence');
    const said = c.text(await c.say(again));
    expect(said).toContain(UNDER_WAY);
    expect(said).not.toContain(MISS);
    expect(said).not.toContain(PAUSED);
    expect(said.indexOf(fr['absence.askChild'] as string)).toBeGreaterThan(said.indexOf(UNDER_WAY));
    expect(c.text(await c.say('Léa'))).toContain((fr['absence.askDays'] as string).split(' ?')[0]);
    await c.say('le 14 janvier');
    // Léa's day cancelled by her absence (free this far ahead), Hugo's kept.
    expect(bookedByChild(c)).toEqual([expect.objectContaining({ child: 'Hugo', day: '2027-01-14' })]);
  });

  it.each(table([['je veux signaler une absence pour Léa']]))('%s: « %s » answers the child question: the days asked next', async (channel, again) => {
    const c = await at(channel, 'signaler une absence');
    const said = c.text(await c.say(again));
    expect(said).not.toContain(UNDER_WAY);
    expect(said).toContain((fr['absence.askDays'] as string).split(' ?')[0]);
  });

  it.each(table([['je voudrais réserver la cantine']]))('%s: « %s » at the booking’s child question: under way, asked again, the canteen kept', async (channel, again) => {
    const c = await at(channel, 'réserver la cantine');
    const said = c.text(await c.say(again));
    expect(said).toContain(UNDER_WAY);
    expect(said).not.toContain(MISS);
    expect(said.indexOf(fr['booking.askChildren'] as string)).toBeGreaterThan(said.indexOf(UNDER_WAY));
    const next = c.text(await c.say('Hugo le 12 janvier'));
    expect(next).not.toContain(fr['booking.askActivity']);
    expect(next).toMatch(/Hugo/);
  });

  it.each(table([['réserver la cantine pour Hugo le 12 janvier']]))('%s: « %s » answers the child question: Hugo’s day in the basket', async (channel, again) => {
    const c = await at(channel, 'réserver la cantine');
    const said = c.text(await c.say(again));
    expect(said).not.toContain(UNDER_WAY);
    expect(said).toMatch(/Hugo/);
    expect(said).not.toContain(fr['booking.askChildren']);
  });

  it.each(table([["je veux m'inscrire sur les listes électorales"]]))('%s: « %s » inside the voter démarche: under way, its question asked again', async (channel, again) => {
    const c = await at(channel, "je veux m'inscrire sur les listes électorales");
    const said = c.text(await c.say(again));
    expect(said).toContain(UNDER_WAY);
    expect(said).not.toContain(MISS);
    expect(said.indexOf(fr['demarche.electoral_roll.ask.nationality'] as string)).toBeGreaterThan(said.indexOf(UNDER_WAY));
  });

  it.each(table([['plutôt un acte de mariage']]))('%s: « %s » in a birth act request changes the act (no request said again)', async (channel, again) => {
    const c = await at(channel, 'je veux un acte de naissance');
    const said = c.text(await c.say(again));
    expect(said).not.toContain(UNDER_WAY);
    // The act's kind changed, the other answers kept: the form asked again.
    expect(said).toContain((fr['civilAct.kindChanged'] as string).split('{{')[0]);
    expect(said).toContain(fr['civilAct.ask.format']);
  });
});

/**
 * Practical questions followed up in English: « when does it reopen? », « is it open tomorrow? »,
 * « and on Saturday? », « what's the phone number? » after an hours answer were not understood or
 * answered with the week's hours again. Each English follow-up must get the answer its French
 * equivalent gets, in the same English conversation (same clock, same service): the replies are
 * compared, on Web Chat and by SMS. Clock: Wednesday 18 November 2026, 12:30 in Paris (the lunch break).
 */
import { fixedClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/** An English conversation (« english » chosen) that asked for the town hall's hours. */
async function afterHours(channelId: string, first: string): Promise<Chat> {
  const c = startChat({ channelId, clock: fixedClock('2026-11-18T11:30:00Z'), env: { DEFAULT_COMMUNE: 'carrieres-sous-poissy' } });
  chats.push(c);
  await c.say('english');
  await c.say(first);
  return c;
}

const answer = async (channelId: string, first: string, followUp: string): Promise<string> => {
  const c = await afterHours(channelId, first);
  return c.text(await c.say(followUp));
};

describe('an English follow-up after an hours answer', () => {
  it.each(
    table([
      ['when does it reopen?', 'il rouvre quand ?'],
      ['when does it open again', 'il rouvre quand ?'],
      ['when will it be open again?', 'il rouvre quand ?'],
      ['is it open tomorrow', "c'est ouvert demain ?"],
      ['is it open tomorrow at 5pm?', "c'est ouvert demain à 17h ?"],
      ['and on Saturday?', 'et samedi ?'],
      ['is it open now?', "c'est ouvert maintenant ?"],
      ["what's the phone number?", 'quel est le numéro de téléphone ?'],
      ['where is it?', "quelle est l'adresse ?"],
      ['when will the billing office open again?', 'quand est-ce que la régie rouvre ?'],
    ]),
  )('%s: « %s » is answered as « %s »', async (channel, english, french) => {
    const expected = await answer(channel, 'what time does the town hall open?', french);
    const c = await afterHours(channel, 'what time does the town hall open?');
    const replies = await c.say(english);
    expect(c.text(replies)).toBe(expected);
    expect(c.text(replies)).toContain(c.core.texts.for('en', false, channel === 'sms')('info.more'));
  });
});

describe('the same questions asked first, in English', () => {
  it.each(
    table([
      ['when does the town hall reopen?', 'quand est-ce que la mairie rouvre ?'],
      ['is the town hall open on Saturday at 5pm?', 'la mairie est ouverte samedi à 17h ?'],
      ['is the town hall open next Monday?', 'la mairie est ouverte lundi prochain ?'],
    ]),
  )('%s: « %s » is answered as « %s »', async (channel, english, french) => {
    const expected = await answer(channel, 'menu', french);
    const c = await afterHours(channel, 'menu');
    expect(c.text(await c.say(english))).toBe(expected);
  });
});

describe('in French', () => {
  it('« c\'est où ? » after an hours answer gives the address, as « quelle est l\'adresse ? » does', async () => {
    const c = startChat({ channelId: 'webchat' });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('horaires de la mairie');
    const where = c.text(await c.say("c'est où ?"));
    const d = startChat({ channelId: 'webchat' });
    chats.push(d);
    await d.join({ commune: 'carrieres-sous-poissy' });
    await d.say('horaires de la mairie');
    expect(where).toBe(d.text(await d.say("quelle est l'adresse ?")));
  });
});

/**
 * Details said with the place, as at a guichet: « a carrieres, c mon mari il est decede le 3 novembre »
 * at « Dans quelle commune a eu lieu le décès ? » gives the place, who asks (the spouse) and the day
 * (without a year: the last 3 November), none asked again; « acte de naissance pr moi, jsuis ne a
 * poissy » up front is told at once that Poissy delivers it and asked the place before the form.
 * Web Chat and SMS; the clock is Wednesday 18 November 2026.
 */
import type { Chat } from '../support/harness';
import { demarcheChat, storedRequests } from '../support/demarches';
import { fr, table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const chat = (channelId: string): Promise<Chat> => demarcheChat(chats, { channelId });

const stored = storedRequests;
const until = async (c: Chat, marker: string, answers: string[]) => {
  for (const a of answers) if (c.text(await c.say(a)).includes(marker)) return;
};

describe('details said with the place', () => {
  it.each(table([['a carrieres, c mon mari il est decede le 3 novembre', '2026-11-03'], ["à Carrières, c'est mon mari, il est décédé le 20 novembre", '2025-11-20']]))('%s: « %s »: the place, the spouse and the day are taken', async (channel, phrasing, day) => {
    const c = await chat(channel);
    await c.say('acte de décès');
    expect(c.text(await c.say(phrasing))).toContain(fr['civilAct.ask.lastName']);
    await c.say('MARTIN');
    // The day is not asked: the e-mail comes after the first name.
    expect(c.text(await c.say('Robert'))).not.toContain(fr['civilAct.ask.eventDay']?.split('{{')[0] ?? '?');
    await until(c, 'Je récapitule', ['sophie@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Martin']);
    await c.say('oui');
    expect(stored(c)).toEqual([expect.objectContaining({ kind: 'death', place: 'Carrières-sous-Poissy', relation: 'spouse', eventDay: day, lastName: 'MARTIN' })]);
  });

  it.each(table([['acte de naissance pr moi, jsuis ne a poissy']]))('%s: « %s »: Poissy told at once, the place asked before the form', async (channel, phrasing) => {
    const c = await chat(channel);
    const reply = c.text(await c.say(phrasing));
    expect(reply).toContain('Poissy');
    expect(reply.split('\n').at(-1)).toBe(fr['civilAct.ask.place']?.replace('{{event}}', 'la naissance'));
    expect(c.text(await c.say('Carrières-sous-Poissy'))).toContain(fr['civilAct.ask.format']);
  });
});

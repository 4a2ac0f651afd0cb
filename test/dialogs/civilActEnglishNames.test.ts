/**
 * An act named in English alone (« death certificate », « certificate of death », « marriage certificate »,
 * « birth certificate for my son »): that act is asked, never the certificat de vie commune, whose French
 * name shares the word « certificat ». Web Chat and SMS; the act's kind stored checked.
 */
import type { Chat } from '../support/harness';
import { demarcheChat, storedRequests } from '../support/demarches';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const en = (c: Chat, channel: string) => c.core.texts.for('en', false, channel === 'sms');

describe('an act named in English', () => {
  it.each(table([['death certificate'], ['i need a death certificate'], ['certificate of death'], ['Death certificate please']]))('%s: « %s »: the place of the death asked, a death act stored', async (channel, said) => {
    const c = await demarcheChat(chats, { channelId: channel });
    await c.say('english');
    const t = en(c, channel);
    expect(c.text(await c.say(said))).toContain(t('civilAct.ask.place', { event: t('civilAct.event.death') }));
    for (const a of ['here', 'MARTIN', 'Robert', '03/11/2026', 'paul@example.org', '3 rue de la Gare 78955 Carrières-sous-Poissy', 'Paul Martin', 'yes']) await c.say(a);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ kind: 'death', lastName: 'MARTIN' })]);
  });

  it.each(table([['marriage certificate'], ['wedding certificate']]))('%s: « %s »: the form of a marriage act asked', async (channel, said) => {
    const c = await demarcheChat(chats, { channelId: channel });
    await c.say('english');
    const reply = c.text(await c.say(said));
    expect(reply).toContain(en(c, channel)('civilAct.ask.format'));
    expect(reply).not.toContain(en(c, channel)('civilAct.ask.kind'));
  });

  it.each(table([['birth certificate for my son']]))('%s: « %s »: a birth act of a child, the form asked', async (channel, said) => {
    const c = await demarcheChat(chats, { channelId: channel });
    await c.say('english');
    expect(c.text(await c.say(said))).toContain(en(c, channel)('civilAct.ask.format'));
  });
});

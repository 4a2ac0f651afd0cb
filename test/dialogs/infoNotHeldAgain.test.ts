/**
 * « et le 26 ? » right after an hours answer about a service the commune's file does not hold (Chanteloup-les-Vignes' mairie):
 * the known hours for that day only. « je ne connais pas ses horaires » and whom to contact were said again at every follow-up
 * (three long blocks for three short questions, by SMS above all). Another service named, or a contact asked, is answered whole.
 * « et le 26 ? » is 26 December, the month asked before (it was 26 November, the coming 26th). Web Chat and SMS. The clock is
 * Wednesday 18 November 2026.
 */
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function chat(channelId: string): Promise<Chat> {
  const c = startChat({ channelId });
  chats.push(c);
  await c.join({ commune: 'chanteloup-les-vignes' });
  return c;
}

/** « Je n'ai pas d'informations sur », « Pour votre question, contactez : » (each channel's wording), and the guichet unique's phone. */
const GUICHET_PHONE = '01 39 74 29 12';
const said = (c: Chat, channel: string) => {
  const t = c.core.texts.for('fr', false, channel === 'sms');
  return [t('info.notHeld', { service: '', commune: '' }).split(' ').slice(0, 4).join(' '), t('info.askInstead'), GUICHET_PHONE];
};

describe('a follow-up about a service whose hours are not held', () => {
  it.each(table([['et le 26 ?'], ['et samedi matin'], ['et demain ?']]))('%s: « la mairie est ouverte le 24 décembre ? », then « %s »: the day\'s hours only', async (channel, message) => {
    const c = await chat(channel);
    const first = c.text(await c.say('la mairie est ouverte le 24 décembre ?'));
    for (const part of said(c, channel)) expect(first).toContain(part);
    const again = c.text(await c.say(message));
    expect(again).toContain('Guichet unique');
    for (const part of said(c, channel)) expect(again).not.toContain(part);
  });

  it.each(table([['et le 26 ?', /26 décembre/], ['et le 2 ?', /2 janvier/]]))('%s: « le 24 décembre ? », then « %s »: a day of the month asked before, or the next', async (channel, said, day) => {
    const c = await chat(channel);
    await c.say('la mairie est ouverte le 24 décembre ?');
    expect(c.text(await c.say(said))).toMatch(day);
  });

  it.each(table([['et son numéro ?']]))('%s: « %s » after it still gives whom to contact', async (channel, said) => {
    const c = await chat(channel);
    await c.say('la mairie est ouverte le 24 décembre ?');
    expect(c.text(await c.say(said))).toContain(GUICHET_PHONE);
  });
});

/**
 * Following a request without its reference at hand: « je l'ai pas », « je sais pas », « non », « I don't have it »
 * at « quel est le numéro de votre demande ? » offer to find it again (the references mailed), instead of « je ne
 * reconnais pas ce numéro » again and again. And in English, « where is my request? », « what is the status of my
 * request » follow a request (they were read as the town hall's contact, or not understood). Web Chat and SMS.
 */
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function chat(channel: string, english = false) {
  const c = startChat({ channelId: channel });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  if (english) await c.say('english');
  return { c, t: c.core.texts.for(english ? 'en' : 'fr', false, channel === 'sms') };
}

describe('the reference not at hand', () => {
  it.each(table([["je l'ai pas"], ['je sais pas'], ['non'], ['je ne l\'ai plus'], ['euh je sais plus']]))('%s: « %s » at the reference: the lost reference offered', async (channel, said) => {
    const { c, t } = await chat(channel);
    expect(c.text(await c.say('où en est ma demande'))).toContain(t('follow.askReference'));
    const reply = c.text(await c.say(said));
    expect(reply).toContain(t('lostReference.askEmail'));
    expect(reply).not.toContain(t('follow.badReference'));
  });
});

describe('following a request in English', () => {
  it.each(table([['where is my request?'], ['what is the status of my request'], ['track my application']]))('%s: « %s »: the reference asked; « I don\'t have it »: the lost reference offered', async (channel, said) => {
    const { c, t } = await chat(channel, true);
    expect(c.text(await c.say(said))).toContain(t('follow.askReference'));
    expect(c.text(await c.say("I don't have it"))).toContain(t('lostReference.askEmail'));
  });
});

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
  it.each(table([["je l'ai pas"], ['je sais pas'], ['non'], ['je ne l\'ai plus'], ['euh je sais plus'], ['jai perdu le numero'], ['perdu'], ["je l'ai oublié"], ['jl ai effacé le sms']]))('%s: « %s » at the reference: the lost reference offered', async (channel, said) => {
    const { c, t } = await chat(channel);
    expect(c.text(await c.say('où en est ma demande'))).toContain(t('follow.askReference'));
    const reply = c.text(await c.say(said));
    expect(reply).toContain(t('lostReference.askEmail'));
    expect(reply).not.toContain(t('follow.badReference'));
  });
});

describe('an e-mail typed before the reference', () => {
  it.each(table([['paul.durand@example.fr']]))('%s: « %s »: kept, the reference asked; then « perdu »: the references mailed to it, no e-mail asked', async (channel, email) => {
    const { c, t } = await chat(channel);
    await c.say('où en est ma demande');
    const reply = c.text(await c.say(email));
    expect(reply).toContain(t('follow.emailKept'));
    expect(reply).toContain(t('follow.askReference'));
    const lost = c.text(await c.say('perdu'));
    expect(lost).not.toContain(t('lostReference.askEmail'));
    expect(lost).toContain(t('lostReference.sent', { email, commune: 'Carrières-sous-Poissy' }));
  });

  it.each(table([['paul.durand@example.fr']]))('%s: « %s », then a reference: looked up with the e-mail kept, not asked again', async (channel, email) => {
    const { c, t } = await chat(channel);
    await c.say('où en est ma demande');
    await c.say(email);
    const reply = c.text(await c.say('CSP-2026-000999'));
    expect(reply).not.toContain(t('follow.askEmail', { reference: 'CSP-2026-000999' }));
    expect(reply).toContain(t('follow.notFoundAgain'));
  });
});

describe('following a request in English', () => {
  it.each(table([['where is my request?'], ['what is the status of my request'], ['track my application']]))('%s: « %s »: the reference asked; « I don\'t have it »: the lost reference offered', async (channel, said) => {
    const { c, t } = await chat(channel, true);
    expect(c.text(await c.say(said))).toContain(t('follow.askReference'));
    expect(c.text(await c.say("I don't have it"))).toContain(t('lostReference.askEmail'));
  });
});

describe('the e-mail of the requests forgotten', () => {
  it.each(table([['je sais plus mon mail'], ["j'ai oublié"], ['aucune idée']]))('%s: « %s » at the lost reference\'s e-mail question: where to look and the service, not « pas complète »', async (channel, said) => {
    const { c, t } = await chat(channel);
    expect(c.text(await c.say("j'ai perdu ma référence"))).toContain(t('lostReference.askEmail'));
    const reply = c.text(await c.say(said));
    expect(reply).toContain(t('lostReference.emailForgotten'));
    expect(reply).not.toContain(t('signIn.badEmail'));
    expect(reply).not.toContain(t('lostReference.askEmail'));
  });
});

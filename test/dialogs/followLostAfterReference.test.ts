/**
 * Following a request, a reference typed, then at « quelle adresse e-mail avez-vous donnée ? » the resident says they lost
 * the reference (« j'ai perdu ma référence », « en fait j'ai oublié le numéro de ma demande »): how to find it again is
 * offered (the references mailed), never « cette adresse e-mail ne semble pas complète ».
 */
import { startChat, type Chat } from '../support/harness';
import { CHANNELS, fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

describe.each(CHANNELS)('the reference lost, said at the e-mail question (%s)', (channelId) => {
  it.each(["j'ai perdu ma référence", "en fait j'ai oublié le numero de ma demande"])('« %s »: the lost references offered', async (said) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('suivre ma demande');
    await c.say('CSP-2026-999999');
    const next = c.text(await c.say(said));
    expect(next).toContain(fr['lostReference.askEmail']);
    expect(next).not.toContain(fr['signIn.badEmail']?.split('{{')[0]);
  });
});

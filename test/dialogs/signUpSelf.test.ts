/**
 * « je veux m'inscrire », « comment on s'inscrit ? », « Bonjour, je souhaiterais m'inscrire »: oneself to sign up, no child,
 * activity nor list named. It was read as a booking (« pour réserver, connectez-vous », the sign-in's e-mail asked of
 * someone without an account); now the account's creation starts (its civility asked). A child or an activity named
 * stays a booking. Web Chat and SMS, in Carrières-sur-Seine.
 */
import { startChat, type Chat } from '../support/harness';
import { fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function reply(channelId: string, said: string): Promise<string> {
  const c = startChat({ channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sur-seine' });
  return c.text(await c.say(said));
}

describe('oneself to sign up, nothing else named', () => {
  it.each([
    ['webchat', "je veux m'inscrire"],
    ['webchat', 'comment on s inscrit ?'],
    ['sms', "Bonjour, je souhaiterais m'inscrire"],
    ['sms', "je voudrai m'inscrire svp"],
  ])('%s « %s »: the civility asked, not the sign-in', async (channel, said) => {
    const text = await reply(channel, said);
    expect(text).toContain(fr['createAccount.ask.civility']);
    expect(text).not.toContain(String(fr['booking.signInFirst']).slice(0, 14)); // « Pour réserver, », its SMS version too
  });

  it('« je veux inscrire ma fille à la cantine » stays a booking', async () => {
    expect(await reply('webchat', 'je veux inscrire ma fille à la cantine')).not.toContain(fr['createAccount.ask.civility']);
  });
});

/**
 * « mon adresse yahoo passe pas », « mon mail gmail marche pas »: the e-mail refused at sign-in. It was read as a postal address
 * (the move's choices) or a contact asked (the régie's contacts again right after them). Now: the sign-in, its e-mail asked.
 */
import { settableClock } from '../../src/domain/clock';
import { runningDialogs } from '../support/dialogStack';
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function chat(channelId: string) {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  return c;
}

const SAID = table([['mon adresse yahoo passe pas'], ['mon mail gmail marche pas'], ["mon adresse hotmail n'est pas reconnue"], ['mon e-mail passe pas']]);

describe('the e-mail refused at sign-in', () => {
  it.each(SAID)('%s: « %s » is the sign-in, not a move nor a contact', async (channel, said) => {
    const c = await chat(channel);
    await c.say(said);
    expect(runningDialogs(c).join(' ')).toMatch(/signIn/i);
    expect(runningDialogs(c).join(' ')).not.toMatch(/demarche|addressChange|info/i);
  });

  it.each(SAID)('%s: right after the régie\'s contacts, « %s » is the sign-in too', async (channel, said) => {
    const c = await chat(channel);
    await c.say('qui contacter pour une facture ?');
    await c.say(said);
    expect(runningDialogs(c).join(' ')).toMatch(/signIn/i);
  });
});

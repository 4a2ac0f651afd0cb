/**
 * « Où en est ma demande ? » without an account, in the conversation where the request was made:
 * the requests made there are given (with a refusal's reason), no reference nor e-mail asked. In
 * another conversation nothing is given away: the reference is asked as before. One of them followed there by
 * its reference is given too (a request made without an e-mail could not be followed at all); elsewhere the e-mail is asked.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';
import { reachedOnce } from '../support/reachedCopy';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

/**
 * An electoral roll request made in a new chat (11 to 13 turns), through its turns on each channel's first test,
 * the next tests starting from a copy of that state (test/support/reachedCopy.ts).
 */
const made = reachedOnce(async (channelId, cs) => {
  const c = startChat({ channelId, clock: settableClock('2026-11-18T14:00:00Z') });
  cs.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  await c.say('listes électorales');
  for (const a of ['Française', "J'y habite", 'Bernard', 'Julie', '03/02/1995', 'julie@example.org', '3 rue Verte 78955']) await c.say(a);
  if (channelId === 'webchat') for (const a of ['au guichet', 'au guichet']) await c.say(a);
  return { c, asked: await c.say('oui') };
});
/** The chat where the request was made, and its reference, read from the database. */
async function requestMade(channelId: string): Promise<{ c: Chat; reference: string }> {
  const { c } = await made(channelId, chats);
  const [row] = c.core.db.$client.prepare('select reference from requests').all() as Array<{ reference: string }>;
  if (!row) throw new Error('no request made');
  return { c, reference: row.reference };
}

describe.each(CHANNELS)('the requests made in this conversation (%s)', (channelId) => {
  it('are given at « où en est ma demande ? », with the reason of a refusal', async () => {
    const { c, reference } = await requestMade(channelId);
    await c.core.service.requests.decide(reference, 'refused', 'Justificatif de domicile illisible.');
    const told = c.text(await c.say('où en est ma demande ?'));
    expect(told).toContain(reference);
    expect(told).toContain('Justificatif de domicile illisible.');
  });

  it.each(['elle en est ou ma demande', 'alors ma demande ?', 'ma demande elle en est ou'])('are given at « %s » (few words, no accents)', async (words) => {
    const { c, reference } = await requestMade(channelId);
    expect(c.text(await c.say(words))).toContain(reference);
  });

  it.each(["j'ai perdu le numéro de ma demande", "j'ai perdu ma référence", 'mes demandes'])('are given at « %s »: no e-mail nor reference asked (it may have been made without one)', async (words) => {
    const { c, reference } = await requestMade(channelId);
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    const told = c.text(await c.say(words));
    expect(told).toContain(reference);
    expect(told).not.toContain(t('lostReference.askEmail'));
    expect(told).not.toContain(t('follow.askReference'));
  });

  it('are not given in another conversation (another channel user): the reference is asked', async () => {
    const { c, reference } = await requestMade(channelId);
    const other = startChat({ channelId: channelId === 'sms' ? 'webchat' : 'sms', core: c.core });
    await other.join({ commune: 'carrieres-sous-poissy' });
    expect(other.text(await other.say('où en est ma demande ?'))).not.toContain(reference);
    // Lost there, nothing is given away either: the e-mail given for the requests is asked.
    await other.say('menu');
    expect(other.text(await other.say("j'ai perdu ma référence"))).toContain(c.core.texts.for('fr', false, channelId === 'sms')('lostReference.askEmail'));
  });

  it('one of them followed by its reference there is given, no e-mail asked; elsewhere the e-mail is asked', async () => {
    const { c, reference } = await requestMade(channelId);
    await c.core.service.requests.decide(reference, 'refused', 'Justificatif de domicile illisible.');
    const told = c.text(await c.say(`suivre ${reference}`));
    expect(told).toContain('Justificatif de domicile illisible.');
    expect(told).not.toContain(c.core.texts.for('fr')('follow.askEmail', { reference }));
    const other = startChat({ channelId: channelId === 'sms' ? 'webchat' : 'sms', core: c.core });
    await other.join({ commune: 'carrieres-sous-poissy' });
    const asked = other.text(await other.say(`suivre ${reference}`));
    expect(asked).not.toContain('Justificatif de domicile illisible.');
    expect(asked).toContain(c.core.texts.for('fr')('follow.askEmail', { reference }));
  });
});

/**
 * A request made without an e-mail (an act sent by post), followed from another conversation (a new SMS
 * number, a new web chat): after its reference and « pas d'e-mail », a name and a date written in the request
 * are asked, and the request is given when all three match (never saying which did not). A request not found
 * is not the end: the reference is asked again (typed again in lower case, with spaces), up to three tries,
 * then the service's contact. « j'ai perdu ma référence » without an e-mail gives the service to call.
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
 * A birth act asked without an e-mail (14 turns), through its turns on each channel's first test, the next tests
 * starting from a copy of that state (test/support/reachedCopy.ts).
 */
const made = reachedOnce(async (channelId, cs) => {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  cs.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  let asked: Awaited<ReturnType<Chat['say']>> = [];
  for (const m of ['acte de naissance', 'copie intégrale', "c'est moi", 'ici', 'Dupont', 'Marie', '12/03/1990', 'Jean Dupont et Anne Martin', 'pas de mail', 'non', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Marie Dupont', 'oui']) asked = await c.say(m);
  return { c, asked };
});

/** A birth act asked without an e-mail on `channelId`; its reference. */
async function madeWithoutEmail(channelId: string): Promise<{ c: Chat; reference: string }> {
  const { c } = await made(channelId, chats);
  const [row] = c.core.db.$client.prepare('select reference, requester_email from requests').all() as Array<{ reference: string; requester_email: string }>;
  if (!row || row.requester_email !== '') throw new Error('no request made without an e-mail');
  return { c, reference: row.reference };
}

/** Another conversation on the other channel, with the same bot and database. */
async function elsewhere(c: Chat, channelId: string): Promise<Chat> {
  const other = startChat({ channelId: channelId === 'sms' ? 'webchat' : 'sms', core: c.core });
  await other.join({ commune: 'carrieres-sous-poissy' });
  return other;
}

const tOf = (c: Chat) => c.core.texts.for('fr');

describe.each(CHANNELS)('a request made without an e-mail on %s, followed in another conversation', (channelId) => {
  it.each([['dupont', '12 mars 1990'], ['Marie DUPONT', '12/03/1990'], ['Dupont', '12031990']])('reference, « pas de mail », « %s », « %s »: the request is given', async (name, day) => {
    const { c, reference } = await madeWithoutEmail(channelId);
    const o = await elsewhere(c, channelId);
    const t = tOf(o);
    await o.say(`où en est ma demande ${reference}`);
    expect(o.text(await o.say("je n'ai pas d'email"))).toContain(t('follow.proof.askName', { reference }));
    expect(o.text(await o.say(name))).toContain(t('follow.proof.askDay'));
    const told = o.text(await o.say(day));
    expect(told).toContain(reference);
    expect(told).toContain(t('request.status.submitted'));
    expect(told).not.toContain(t('follow.noEmail', { reference }));
  });

  it.each([['je sais pas'], ['je sais plus mon mail'], ['je me souviens plus']])('reference, then « %s » at the e-mail: the name and the date asked, the request given', async (forgot) => {
    const { c, reference } = await madeWithoutEmail(channelId);
    const o = await elsewhere(c, channelId);
    const t = tOf(o);
    await o.say(`où en est ma demande ${reference}`);
    expect(o.text(await o.say(forgot))).toContain(t('follow.proof.askName', { reference }));
    await o.say('Dupont');
    const told = o.text(await o.say('12/03/1990'));
    expect(told).toContain(reference);
    expect(told).toContain(t('request.status.submitted'));
  });

  it('its number alone (« ma demande 000001 »), no e-mail, the name and the date: the request is given', async () => {
    const { c, reference } = await madeWithoutEmail(channelId);
    const o = await elsewhere(c, channelId);
    const t = tOf(o);
    await o.say(`ma demande ${reference.slice(-6)} elle en est où`);
    for (const m of ['pas de mail', 'Dupont']) await o.say(m);
    const told = o.text(await o.say('12/03/1990'));
    expect(told).toContain(reference);
    expect(told).toContain(t('request.status.submitted'));
  });

  it('a wrong name: not found, the reference asked again; typed again in lower case with spaces, then found', async () => {
    const { c, reference } = await madeWithoutEmail(channelId);
    const o = await elsewhere(c, channelId);
    const t = tOf(o);
    await o.say('suivre ma demande');
    await o.say(reference);
    for (const m of ['pas de mail', 'Durand']) await o.say(m);
    const again = o.text(await o.say('12/03/1990'));
    expect(again).toContain(t('follow.proof.notFoundAgain'));
    expect(again).toContain(t('follow.askReference'));
    expect(o.text(await o.say(reference.toLowerCase().replace(/-/g, ' ')))).toContain(t('follow.askEmail', { reference }));
    for (const m of ['non', 'Dupont']) await o.say(m);
    expect(o.text(await o.say('12/03/1990'))).toContain(t('request.status.submitted'));
  });

  it('three wrong dates: the service to call, the follow ends', async () => {
    const { c, reference } = await madeWithoutEmail(channelId);
    const o = await elsewhere(c, channelId);
    const t = tOf(o);
    for (const day of ['01/01/1990', '02/01/1990']) {
      for (const m of [`suivre ${reference}`, 'pas de mail', 'Dupont']) await o.say(m);
      expect(o.text(await o.say(day))).toContain(t('follow.askReference'));
    }
    await o.say(reference);
    for (const m of ['pas de mail', 'Dupont']) await o.say(m);
    const last = o.text(await o.say('03/01/1990'));
    expect(last).toContain(t('follow.proof.notFound'));
    expect(last).not.toContain(t('follow.askReference'));
  });

  it('an e-mail that does not match: not found, the reference asked again (no dead end)', async () => {
    const { c, reference } = await madeWithoutEmail(channelId);
    const o = await elsewhere(c, channelId);
    const t = tOf(o);
    await o.say(`où en est ma demande ${reference}`);
    const again = o.text(await o.say('marie@example.org'));
    expect(again).toContain(t('follow.notFoundAgain'));
    expect(again).toContain(t('follow.askReference'));
  });

  it('« j\'ai perdu ma référence », then no e-mail: the service to call, no loop', async () => {
    const { c } = await madeWithoutEmail(channelId);
    const o = await elsewhere(c, channelId);
    const t = tOf(o);
    await o.say('suivre ma demande');
    await o.say("j'ai perdu ma référence");
    expect(o.text(await o.say("je n'ai pas d'email"))).toContain(t('lostReference.noEmail'));
  });
});

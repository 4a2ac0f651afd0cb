/**
 * Following a request made without an e-mail: wrong tries are counted per reference in the database, so a new
 * conversation (a new SMS number, a new web chat) does not start them again; past the limit even the right name
 * and date are refused and the service's contact is given. A request without any date in it (a livret de famille
 * asked without the marriage's day) is followed with its postal address instead, after « aucune » at the date.
 */
import { settableClock } from '../../src/domain/clock';
import { PROOF_TRIES_PER_DAY } from '../../src/domain/requestProof';
import { startChat, type Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

async function made(channelId: string, answers: string[]): Promise<{ c: Chat; reference: string }> {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const m of answers) await c.say(m);
  const [row] = c.core.db.$client.prepare('select reference, requester_email from requests').all() as Array<{ reference: string; requester_email: string }>;
  if (!row || row.requester_email !== '') throw new Error('no request made without an e-mail');
  return { c, reference: row.reference };
}

const BIRTH_ACT = ['acte de naissance', 'copie intégrale', "c'est moi", 'ici', 'Dupont', 'Marie', '12/03/1990', 'Jean Dupont et Anne Martin', 'pas de mail', 'non', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Marie Dupont', 'oui'];
const BOOKLET = ['livret de famille', 'perte', 'oui', 'oui', 'Durand', 'Julie', 'aucun', 'aucun', '2', 'non', 'non', '5 rue de la Gare 78955', 'au guichet', 'oui'];

/** A new conversation on a new channel user, with the same bot and database. */
let users = 0;
async function another(c: Chat, channelId: string): Promise<Chat> {
  users += 1;
  const other = startChat({ channelId, core: c.core, user: `resident-${users}` });
  await other.join({ commune: 'carrieres-sous-poissy' });
  return other;
}

describe.each(CHANNELS)('following a request without an e-mail on %s', (channelId) => {
  it('wrong dates from several conversations add up: past the limit, the right ones are refused, the service given', async () => {
    const { c, reference } = await made(channelId, BIRTH_ACT);
    const t = c.core.texts.for('fr');
    for (let i = 0; i < PROOF_TRIES_PER_DAY; i++) {
      const o = await another(c, channelId);
      for (const m of [`suivre ${reference}`, 'pas de mail', 'Dupont']) await o.say(m);
      await o.say(`0${i + 1}/01/1990`);
    }
    const o = await another(c, channelId);
    for (const m of [`suivre ${reference}`, 'pas de mail', 'Dupont']) await o.say(m);
    const last = o.text(await o.say('12/03/1990'));
    expect(last).toContain(t('follow.proof.locked'));
    expect(last).not.toContain(t('request.status.submitted'));
    expect(last).not.toContain(t('follow.askReference'));
    const counted = c.core.db.$client.prepare("select count(*) as n from audit_log where action = 'request.proofFailed' and subject = ?").get(`request:${reference}`) as { n: number };
    expect(counted.n).toBe(PROOF_TRIES_PER_DAY);
  });

  it('a right try is not counted: the same request followed again and again', async () => {
    const { c, reference } = await made(channelId, BIRTH_ACT);
    const t = c.core.texts.for('fr');
    for (let i = 0; i <= PROOF_TRIES_PER_DAY; i++) {
      const o = await another(c, channelId);
      for (const m of [`suivre ${reference}`, 'pas de mail', 'Dupont']) await o.say(m);
      expect(o.text(await o.say('12/03/1990'))).toContain(t('request.status.submitted'));
    }
  });

  it('a request without a date: « aucune » at the date, then its address (number and street): the request is given', async () => {
    const { c, reference } = await made(channelId, BOOKLET);
    const o = await another(c, channelId);
    const t = o.core.texts.for('fr');
    for (const m of [`où en est ma demande ${reference}`, 'pas de mail', 'durand']) await o.say(m);
    expect(o.text(await o.say('aucune'))).toContain(t('follow.proof.askAddress'));
    const told = o.text(await o.say('5 rue de la gare'));
    expect(told).toContain(reference);
    expect(told).toContain(t('request.status.submitted'));
  });

  it('a request without a date: another address is not found; a date-bearing request is never proven by its address', async () => {
    const booklet = await made(channelId, BOOKLET);
    const t = booklet.c.core.texts.for('fr');
    const o = await another(booklet.c, channelId);
    for (const m of [`suivre ${booklet.reference}`, 'pas de mail', 'Durand', 'pas de date']) await o.say(m);
    expect(o.text(await o.say('7 rue de la Gare'))).toContain(t('follow.proof.notFound'));
    const act = await made(channelId, BIRTH_ACT);
    const p = await another(act.c, channelId);
    for (const m of [`suivre ${act.reference}`, 'pas de mail', 'Dupont', 'je sais plus']) await p.say(m);
    // The date not remembered, the address does not prove a request that holds one: the service to ask, no loop.
    const ended = p.text(await p.say('3 rue des Lilas'));
    expect(ended).toContain(t('follow.proof.notFound'));
    expect(ended).not.toContain(t('follow.askReference'));
    expect(ended).not.toContain(t('request.status.submitted'));
  });
});

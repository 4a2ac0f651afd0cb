/**
 * Following a request with its reference and the e-mail used for it: wrong e-mails are counted per reference in
 * the database (the same limit as a request followed with a name and a date, src/domain/requestProof.ts), so a new
 * conversation (a new SMS number, a new web chat) does not start them again; past the limit even the right e-mail
 * is refused and the service's contact is given. A right try is never counted.
 */
import { settableClock } from '../../src/domain/clock';
import { PROOF_TRIES_PER_DAY } from '../../src/domain/requestProof';
import { startChat, type Chat } from '../support/harness';
import { CHANNELS, textBefore } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const DEATH_ACT = ['acte de décès', 'Carrières-sous-Poissy', 'Martin', 'Paul', '02/11/2025', 'paul.martin@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Martin', 'oui'];

async function made(channelId: string): Promise<{ c: Chat; reference: string }> {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  chats.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const m of DEATH_ACT) await c.say(m);
  const [row] = c.core.db.$client.prepare('select reference, requester_email from requests').all() as Array<{ reference: string; requester_email: string }>;
  if (!row || row.requester_email !== 'paul.martin@example.org') throw new Error('no request made with the e-mail');
  return { c, reference: row.reference };
}

/** A new conversation on a new channel user, with the same bot and database. */
let users = 0;
async function another(c: Chat, channelId: string): Promise<Chat> {
  users += 1;
  const other = startChat({ channelId, core: c.core, user: `follower-${users}` });
  await other.join({ commune: 'carrieres-sous-poissy' });
  return other;
}

const failed = (c: Chat, reference: string) => (c.core.db.$client.prepare("select count(*) as n from audit_log where action = 'request.proofFailed' and subject = ?").get(`request:${reference}`) as { n: number }).n;

describe.each(CHANNELS)('following a request with its e-mail on %s', (channelId) => {
  it('wrong e-mails from several conversations add up: past the limit, the right one is refused, the service given', async () => {
    const { c, reference } = await made(channelId);
    const t = c.core.texts.for('fr');
    for (let i = 0; i < PROOF_TRIES_PER_DAY; i++) {
      const o = await another(c, channelId);
      await o.say(`où en est ma demande ${reference}`);
      expect(o.text(await o.say(`someone${i}@example.org`))).toContain(textBefore('follow.notFoundAgain').slice(0, 30));
    }
    expect(failed(c, reference)).toBe(PROOF_TRIES_PER_DAY);
    const o = await another(c, channelId);
    await o.say(`où en est ma demande ${reference}`);
    const last = o.text(await o.say('paul.martin@example.org'));
    expect(last).toContain(t('follow.proof.locked'));
    expect(last).not.toContain(t('request.status.submitted'));
    expect(failed(c, reference)).toBe(PROOF_TRIES_PER_DAY);
  });

  it('the reference and the e-mail given at once count the same way, and a right try is not counted', async () => {
    const { c, reference } = await made(channelId);
    const t = c.core.texts.for('fr');
    for (let i = 0; i <= PROOF_TRIES_PER_DAY; i++) {
      const o = await another(c, channelId);
      await o.say('où en est ma demande');
      expect(o.text(await o.say(`${reference} paul.martin@example.org`))).toContain(t('request.status.submitted'));
    }
    expect(failed(c, reference)).toBe(0);
    const o = await another(c, channelId);
    await o.say('où en est ma demande');
    await o.say(`${reference} paul@example.org`);
    expect(failed(c, reference)).toBe(1);
  });
});

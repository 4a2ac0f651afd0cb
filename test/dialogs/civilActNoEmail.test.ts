/**
 * An act asked without an e-mail address, as at a guichet: the act goes by post, so the request is
 * taken; a phone number is asked instead (or nothing), the read-back says so, no mail is sent, and
 * the resident is told the reference to note and how to hear of it.
 */
import { settableClock } from '../../src/domain/clock';
import { startChat, type Chat } from '../support/harness';
import { outboxMails } from '../support/outbox';
import { labels, offered, table } from '../support/prompts';
import { reachedOnce } from '../support/reachedCopy';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const READ_BACK = labels('createAccount.yes', 'createAccount.no');
type Row = { data: string; requester_email: string; reference: string };
const requests = (c: Chat) => c.core.db.$client.prepare('select reference, requester_email, data from requests').all() as Row[];

/** A death act up to its e-mail question (6 turns), reached on each channel's first row, then from a copy (test/support/reachedCopy.ts). */
const emailAsked = reachedOnce(async (channelId, cs) => {
  const c = startChat({ clock: settableClock('2026-11-18T14:00:00Z'), channelId });
  cs.push(c);
  await c.join({ commune: 'carrieres-sous-poissy' });
  for (const m of ['acte de décès', 'Carrières-sous-Poissy', 'Martin', 'Paul']) await c.say(m);
  return { c, asked: await c.say('02/11/2025') };
});
async function atEmail(channelId: string): Promise<Chat> {
  const { c, asked } = await emailAsked(channelId, chats);
  expect(c.text(asked)).toContain(c.core.texts.for('fr')('civilAct.ask.email').slice(0, 30));
  return c;
}

describe('an act asked without an e-mail', () => {
  it.each(table([["je n'ai pas d'email"], ['pas de mail'], ["non j'en ai pas"], ['non'], ["j'ai pas d'adresse mail"], ['aucune']]))(
    '%s: « %s », then a phone number: the request is made, with the phone for the état civil',
    async (channel, none) => {
      const c = await atEmail(channel);
      const t = c.core.texts.for('fr');
      expect(c.text(await c.say(none))).toContain(t('civilAct.ask.phone').slice(0, 30));
      expect(c.text(await c.say('06 12 34 56 78'))).toContain(t('civilAct.ask.address').slice(0, 30));
      await c.say('3 rue des Lilas 78955 Carrières-sous-Poissy');
      const recap = await c.say('Sophie Martin');
      expect(offered(recap)).toEqual(READ_BACK);
      expect(c.text(recap)).toContain('06 12 34 56 78');
      const sent = c.text(await c.say('oui'));
      const [row] = requests(c);
      expect(row?.requester_email).toBe('');
      expect(JSON.parse(row?.data ?? '{}')).toMatchObject({ kind: 'death', lastName: 'Martin', phone: '0612345678', address: '3 rue des Lilas 78955 Carrières-sous-Poissy' });
      // The reference to note, the call back, and the état civil's number to ask where it stands.
      const service = c.core.service.serviceFor(await c.core.service.getCommune('carrieres-sous-poissy'), 'requests');
      expect(sent).toContain(row?.reference as string);
      expect(sent).toContain(service.phone as string);
      await c.core.service.outbox.idle();
      expect(outboxMails(c.core.config.outboxDir)).toHaveLength(0);
    },
  );

  it.each(table([['non'], ['pas de téléphone non plus'], ["je n'en ai pas"], ['non plus'], ['moi non plus'], ['toujours pas']]))('%s: no phone either (« %s »): made all the same, the reference to note', async (channel, none) => {
    const c = await atEmail(channel);
    await c.say('pas de mail');
    expect(c.text(await c.say(none))).toContain(c.core.texts.for('fr')('civilAct.ask.address').slice(0, 30));
    await c.say('3 rue des Lilas 78955 Carrières-sous-Poissy');
    expect(offered(await c.say('Sophie Martin'))).toEqual(READ_BACK);
    const sent = c.text(await c.say('oui'));
    const [row] = requests(c);
    expect(row?.requester_email).toBe('');
    expect(JSON.parse(row?.data ?? '{}')).not.toHaveProperty('phone');
    expect(sent).toContain(row?.reference as string);
  });

  it.each(table([['12'], ['demain']]))('%s: « %s » at the phone question is asked again, what was said kept', async (channel, wrong) => {
    const c = await atEmail(channel);
    await c.say('pas de mail');
    expect(c.text(await c.say(wrong))).toContain(c.core.texts.for('fr')('request.bad.phone').slice(0, 30));
    await c.say('0612345678');
    await c.say('3 rue des Lilas 78955 Carrières-sous-Poissy');
    await c.say('Sophie Martin');
    await c.say('oui');
    expect(JSON.parse(requests(c)[0]?.data ?? '{}')).toMatchObject({ lastName: 'Martin', phone: '0612345678' });
  });

  it.each(table([['paul.martin@example.org']]))('%s: an e-mail found after all, at the phone question, is the one used', async (channel, email) => {
    const c = await atEmail(channel);
    await c.say('pas de mail');
    await c.say(`ah si : ${email}`);
    await c.say('3 rue des Lilas 78955 Carrières-sous-Poissy');
    await c.say('Sophie Martin');
    await c.say('oui');
    expect(requests(c)[0]?.requester_email).toBe(email);
    expect(JSON.parse(requests(c)[0]?.data ?? '{}')).not.toHaveProperty('phone');
  });

  it.each(table([['2']]))('%s: the read-back corrects the phone (« %s », then « le téléphone »), the « no e-mail » kept', async (channel, no) => {
    const c = await atEmail(channel);
    for (const m of ['pas de mail', '0612345678', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Martin', no, 'le téléphone']) await c.say(m);
    expect(offered(await c.say('07 11 22 33 44'))).toEqual(READ_BACK);
    await c.say('oui');
    expect(requests(c)[0]?.requester_email).toBe('');
    expect(JSON.parse(requests(c)[0]?.data ?? '{}')).toMatchObject({ phone: '0711223344' });
  });

  it('a wrong e-mail is asked again, saying how to go on without one', async () => {
    const c = await atEmail('webchat');
    expect(c.text(await c.say('paul.martin@'))).toContain(c.core.texts.for('fr')('request.bad.email'));
  });

  it.each(table([["je n'ai pas d'email"], ['pas de mail']]))('%s: following it from another conversation, « %s » at the e-mail question, then the name not known: the état civil\'s phone and the reference', async (channel, none) => {
    const made = await atEmail(channel);
    for (const m of ['pas de mail', 'non', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Durand', 'oui']) await made.say(m);
    const [row] = requests(made);
    // In the conversation it was made in, its reference is enough (followMadeHere.test.ts): here, another one.
    const c = startChat({ channelId: channel === 'sms' ? 'webchat' : 'sms', core: made.core, clock: settableClock('2026-11-18T14:00:00Z') });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say(`où en est ma demande ${row?.reference as string}`);
    // The name and a date written in the request are asked (followWithoutEmail.test.ts); without them, the phone.
    expect(c.text(await c.say(none))).toContain(c.core.texts.for('fr')('follow.proof.askName', { reference: row?.reference as string }));
    const reply = c.text(await c.say('je ne sais plus'));
    const service = c.core.service.serviceFor(await c.core.service.getCommune('carrieres-sous-poissy'), 'requests');
    expect(reply).toContain(service.phone as string);
    expect(reply).toContain(row?.reference as string);
    // Nothing is asked any more: the next message is a new request.
    expect(c.text(await c.say('horaires de la mairie'))).not.toContain(c.core.texts.for('fr')('signIn.badEmail'));
  });

  it('a request without an e-mail is never followed with an empty one', async () => {
    const c = await atEmail('webchat');
    for (const m of ['pas de mail', 'non', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Durand', 'oui']) await c.say(m);
    const [row] = requests(c);
    const commune = await c.core.service.getCommune('carrieres-sous-poissy');
    expect(await c.core.service.requests.follow(commune, row?.reference as string, '')).toBeUndefined();
  });

  it.each(table([['pas de mail']]))('%s: « %s »: the reply says to follow it here by its reference, which then gives it', async (channel, none) => {
    const c = await atEmail(channel);
    for (const m of [none, 'non', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'Sophie Durand']) await c.say(m);
    const sent = c.text(await c.say('oui'));
    const [row] = requests(c);
    const reference = row?.reference as string;
    expect(sent).toContain(c.core.texts.for('fr', false, channel === 'sms')('request.followHere', { reference }));
    expect(c.text(await c.say(`où en est ma demande ${reference}`))).toContain(reference);
  });
});

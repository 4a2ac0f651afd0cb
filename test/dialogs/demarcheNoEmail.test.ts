/**
 * The guided démarches (listes électorales, attestation de domicile, certificat de vie commune…)
 * without an e-mail, as at a guichet and as for an act (contactAnswer.ts): « pas de mail » is not a
 * bad address; a phone is asked instead, or nothing, the request is made with an empty requester
 * e-mail, no mail is queued, and the resident is told the reference, how the service will tell them
 * and its number. And at their name questions, « pourquoi ? », « je sais pas » are never names.
 */
import type { Chat } from '../support/harness';
import { demarcheChat } from '../support/demarches';
import { outboxMails } from '../support/outbox';
import { labels, offered, table } from '../support/prompts';
import { reachedOnce } from '../support/reachedCopy';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const READ_BACK = labels('demarche.yes', 'demarche.no');
type Row = { data: string; requester_email: string; reference: string; kind: string };
const requests = (c: Chat) => c.core.db.$client.prepare('select reference, kind, requester_email, data from requests').all() as Row[];
const ADDRESS = '3 rue Verte 78955 Carrières-sous-Poissy';

const chat = (channelId: string): Promise<Chat> => demarcheChat(chats, { channelId });

/** The electoral roll up to its e-mail question (7 turns), reached on each channel's first test, then from a copy (test/support/reachedCopy.ts). */
const emailAsked = reachedOnce(async (channelId) => {
  const c = await chat(channelId);
  for (const m of ['je veux m inscrire sur les listes electorales', '1', '1', 'Bernard', 'Julie']) await c.say(m);
  return { c, asked: await c.say('03/02/1995') };
});
async function rollAtEmail(channelId: string): Promise<Chat> {
  const { c, asked } = await emailAsked(channelId, chats);
  expect(c.text(asked)).toContain(c.core.texts.for('fr')('demarche.electoral_roll.ask.email'));
  return c;
}

/** The papers (Web Chat only: by SMS they are for the guichet), then the read-back. */
async function papersThenReadBack(c: Chat, channel: string, count: number) {
  let last = await c.say(ADDRESS);
  if (channel === 'webchat') for (let i = 0; i < count; i++) last = await c.say('au guichet');
  expect(offered(last)).toEqual(READ_BACK);
  return c.text(last);
}

const service = async (c: Chat) => c.core.service.serviceFor(await c.core.service.getCommune('carrieres-sous-poissy'), 'requests');

describe('a démarche without an e-mail', () => {
  it.each(table([["je n'ai pas d'email"], ['pas de mail'], ["non j'en ai pas"], ['non'], ['aucune']]))(
    '%s: electoral roll, « %s », then a phone: made, the phone kept for the service',
    async (channel, none) => {
      const c = await rollAtEmail(channel);
      const t = c.core.texts.for('fr');
      expect(c.text(await c.say(none))).toContain(t(channel === 'sms' ? 'demarche.ask.phoneSms' : 'demarche.ask.phone').slice(0, 40));
      expect(c.text(await c.say('06 12 34 56 78'))).toContain(t('demarche.electoral_roll.ask.address').slice(0, 20));
      expect(await papersThenReadBack(c, channel, 2)).toContain('06 12 34 56 78');
      const sent = c.text(await c.say('oui'));
      const [row] = requests(c);
      expect(row).toMatchObject({ kind: 'electoral_roll', requester_email: '' });
      expect(JSON.parse(row?.data ?? '{}')).toMatchObject({ lastName: 'Bernard', firstName: 'Julie', phone: '0612345678', address: ADDRESS });
      expect(sent).toContain(row?.reference as string);
      expect(sent).toContain(t('demarche.callBack', { phone: '06 12 34 56 78' }));
      expect(sent).toContain((await service(c)).phone as string);
      await c.core.service.outbox.idle();
      expect(outboxMails(c.core.config.outboxDir)).toHaveLength(0);
    },
  );

  it.each(table([['non'], ["je n'en ai pas"]]))('%s: no phone either (« %s »): made all the same, the service writes by post', async (channel, none) => {
    const c = await rollAtEmail(channel);
    await c.say('pas de mail');
    await c.say(none);
    expect(await papersThenReadBack(c, channel, 2)).toContain(`${c.core.texts.for('fr')('demarche.electoral_roll.label.phone')} : ${c.core.texts.for('fr')('demarche.none')}`);
    const sent = c.text(await c.say('oui'));
    const [row] = requests(c);
    expect(row?.requester_email).toBe('');
    expect(JSON.parse(row?.data ?? '{}')).toMatchObject({ phone: null });
    expect(sent).toContain(row?.reference as string);
    expect(sent).toContain(c.core.texts.for('fr')('demarche.byPost'));
  });

  it.each(table([['12'], ['demain']]))('%s: « %s » at the phone question is asked again, how to go on without said', async (channel, wrong) => {
    const c = await rollAtEmail(channel);
    await c.say('pas de mail');
    expect(c.text(await c.say(wrong))).toContain(c.core.texts.for('fr')('request.bad.phone'));
    await c.say('0712345678');
    await papersThenReadBack(c, channel, 2);
    await c.say('oui');
    expect(JSON.parse(requests(c)[0]?.data ?? '{}')).toMatchObject({ phone: '0712345678' });
  });

  it('a wrong e-mail says how to go on without one; an e-mail found at the phone question is the one used', async () => {
    const c = await rollAtEmail('webchat');
    expect(c.text(await c.say('julie@'))).toContain(c.core.texts.for('fr')('request.bad.email'));
    await c.say('pas de mail');
    await c.say('ah si : julie@example.org');
    await papersThenReadBack(c, 'webchat', 2);
    await c.say('oui');
    expect(requests(c)[0]?.requester_email).toBe('julie@example.org');
    expect(JSON.parse(requests(c)[0]?.data ?? '{}')).not.toHaveProperty('phone');
  });

  it.each(table([['le téléphone']]))('%s: the read-back corrects the phone (« non », « %s »), the « no e-mail » kept', async (channel, named) => {
    const c = await rollAtEmail(channel);
    await c.say('pas de mail');
    await c.say('0612345678');
    await papersThenReadBack(c, channel, 2);
    await c.say('non');
    await c.say(named);
    expect(offered(await c.say('07 11 22 33 44'))).toEqual(READ_BACK);
    await c.say('oui');
    expect(requests(c)[0]?.requester_email).toBe('');
    expect(JSON.parse(requests(c)[0]?.data ?? '{}')).toMatchObject({ phone: '0711223344' });
  });

  const OTHERS: Array<[string, string[], number]> = [
    ['address_change', ["attestation d'hébergement", "J'ai emménagé", 'Leroy', 'Sam', '12/12/1990', ADDRESS, '01/09/2026'], 2],
    ['cohabitation_certificate', ['certificat de vie commune', 'Leroy', 'Sam', '12/12/1990', 'Martin', 'Anne', '03/04/1991', ADDRESS, '01/09/2020'], 3],
  ];
  it.each(table(OTHERS))('%s: %s, « pas de mail » then a phone: made without e-mail', async (channel, kind, turns, papers) => {
    const c = await chat(channel);
    for (const m of turns) await c.say(m);
    await c.say('pas de mail');
    let last = await c.say('06 12 34 56 78');
    if (channel === 'webchat') for (let i = 0; i < papers; i++) last = await c.say('au guichet');
    expect(offered(last)).toEqual(READ_BACK);
    const sent = c.text(await c.say('oui'));
    const [row] = requests(c);
    expect(row).toMatchObject({ kind, requester_email: '' });
    expect(JSON.parse(row?.data ?? '{}')).toMatchObject({ lastName: 'Leroy', phone: '0612345678' });
    expect(sent).toContain(row?.reference as string);
  });
});

describe('a démarche\'s names: a question or a doubt is never a name', () => {
  it.each(table([['pourquoi ?', 'demarche.electoral_roll.why.name'], ['c quoi deja', 'demarche.unsure.name'], ['je sais pas', 'demarche.unsure.name']]))(
    '%s: « %s » at the surname, then at the first name',
    async (channel, said, key) => {
      const c = await chat(channel);
      const t = c.core.texts.for('fr');
      for (const m of ['je veux m inscrire sur les listes electorales', '1', '1']) await c.say(m);
      expect(c.text(await c.say(said))).toContain(t(key));
      expect(c.text(await c.say('Bernard'))).toContain(t('demarche.electoral_roll.ask.firstName'));
      expect(c.text(await c.say(said))).toContain(t(key));
      for (const m of ['Julie', '03/02/1995', 'julie@example.org']) await c.say(m);
      await papersThenReadBack(c, channel, 2);
      await c.say('oui');
      expect(JSON.parse(requests(c)[0]?.data ?? '{}')).toMatchObject({ lastName: 'Bernard', firstName: 'Julie' });
    },
  );

  it.each(table([['pourquoi ?', 'demarche.cohabitation_certificate.why.name']]))('%s: « %s » at the partner\'s name', async (channel, said, key) => {
    const c = await chat(channel);
    for (const m of ['certificat de vie commune', 'Leroy', 'Sam', '12/12/1990']) await c.say(m);
    expect(c.text(await c.say(said))).toContain(c.core.texts.for('fr')(key));
    expect(c.text(await c.say('Martin'))).toContain(c.core.texts.for('fr')('demarche.cohabitation_certificate.ask.partnerFirstName'));
  });
});

/**
 * Three first SMS found by hand at Carrières-sous-Poissy (its number, as Twilio gives it):
 * - « horaires et téléphone de la mairie », « adresse et horaires », « tel + horaires du guichet unique »: only one of
 *   the two was answered (the phone, or the address); both are said, by SMS in at most 2 segments, and in Web Chat.
 * - « cantine jeudi pour ma fille » not signed in: what was understood, that sign-in is needed and the e-mail asked,
 *   were 3 segments (319 characters with the welcome); at most 2.
 * - « je voudrais un acte de naissance »: who may get which form and the form asked, were 3 segments (346 characters);
 *   at most 2, the rule short (said in full in Web Chat).
 */
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { toGsm7 } from '../../src/sms/smsText';
import { settableClock } from '../../src/domain/clock';
import { ROOT, startChat, type Chat } from '../support/harness';
import { smsCost, smsResident } from '../support/smsResident';
import { fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const AT = '2026-12-07T09:00:00Z';

const bySms = (commune: string, from: string) => smsResident(chats, commune, from, AT);

const cost = smsCost;
const sms = { ...fr, ...readLocaleFile(path.join(ROOT, 'locales'), 'fr', 'sms') };
/** A locale text's first words, as the SMS says them. */
const start = (key: string) => toGsm7((sms[key] ?? `<missing ${key}>`).split('{{')[0]!.slice(0, 30));

describe('a practical question asking two things', () => {
  it.each([
    ['horaires et téléphone de la mairie', '01 39 22 36 00', '8 h 30-12 h'],
    ['adresse et horaires de la mairie', '1, place Saint-Blaise', '8 h 30-12 h'],
    ['tel + horaires du guichet unique', '01 73 16 72 97', '9 h-12 h'],
  ])('by SMS, « %s »: both said, in 2 segments', async (said, contact, hours) => {
    const bodies = await bySms('carrieres-sous-poissy', '+33600000561')(said);
    const text = bodies.join('\n');
    expect(text).toContain(contact);
    expect(text).toContain(hours);
    expect(cost(bodies)).toBeLessThanOrEqual(2);
  });

  it.each([
    ['horaires et téléphone de la mairie', '01 39 22 36 00', 'Horaires de'],
    ['adresse et horaires', '1, place Saint-Blaise', 'Horaires de'],
  ])('in Web Chat, « %s »: both said', async (said, contact, hours) => {
    const c = startChat({ channelId: 'webchat', clock: settableClock(AT) });
    chats.push(c);
    await c.say('Carrières-sous-Poissy');
    const text = c.text(await c.say(said));
    expect(text).toContain(contact);
    expect(text).toContain(hours);
  });
});

describe('first SMS of a request', () => {
  it('a booking not signed in: understood, sign-in needed, the e-mail asked, in 2 segments', async () => {
    const bodies = await bySms('carrieres-sous-poissy', '+33600000562')('cantine jeudi pour ma fille');
    const text = bodies.join('\n');
    expect(text).toContain('jeudi 10');
    expect(text).toContain(start('booking.signInFirst'));
    expect(text).toContain(start('signIn.askEmail'));
    expect(cost(bodies)).toBeLessThanOrEqual(2);
  });

  // Two days of the evening care (« l'accueil du soir les mardi 8 décembre et jeudi 10 décembre »): 323 characters before.
  it('a booking of two days of a longer activity not signed in: in 2 segments', async () => {
    const bodies = await bySms('carrieres-sous-poissy', '+33600000565')('bjr garderie du soir pr hugo mardi et jeudi svp');
    const text = bodies.join('\n');
    expect(text).toContain('jeudi 10');
    expect(text).toContain(start('signIn.askEmail'));
    expect(cost(bodies)).toBeLessThanOrEqual(2);
  });

  it('an act: who may get which form, short, and the form asked, in 2 segments', async () => {
    const bodies = await bySms('carrieres-sous-poissy', '+33600000563')('je voudrais un acte de naissance');
    const text = bodies.join('\n');
    expect(text).toContain(start('civilAct.rules'));
    expect(text).toContain(start('civilAct.ask.format'));
    expect(text.split('\n').filter((line) => /^\d\. /.test(line))).toHaveLength(3);
    expect(cost(bodies)).toBeLessThanOrEqual(2);
  });
});

describe('the rule on act forms by SMS', () => {
  it('« pourquoi ? » at the form question: the rule said in full', async () => {
    const say = bySms('carrieres-sous-poissy', '+33600000564');
    await say('je voudrais un acte de naissance');
    const text = (await say('pourquoi ?')).join('\n');
    expect(text).toContain(toGsm7(fr['civilAct.why.format']!.slice(0, 60)));
    expect(text).toContain('petits-enfants');
  });
});

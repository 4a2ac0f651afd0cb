/**
 * The read-backs of a civil-status act and of a démarche showed the address and the parents' names exactly as typed
 * (« 12 rue des lilas 78955 carrieres », « paul   martin et marie  durand »). They are read back tidied — last names in
 * capitals, first names with their capital, single spaces, the address with a comma before its postal code, the street's
 * and the town's capitals, the commune's full name for its short one — and the request stored keeps what was typed.
 * Web Chat and SMS.
 */
import { addressShown } from '../../src/domain/addressShown';
import { parentsAsFiled } from '../../dialogs/parentsAsFiled';
import { startChat, type Chat } from '../support/harness';
import { demarcheChat, storedRequests } from '../support/demarches';
import { CHANNELS } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const CSP = { name: 'Carrières-sous-Poissy', postalCodes: ['78955'] };

it.each([
  ['12 rue des lilas 78955 carrieres', '12 rue des Lilas, 78955 Carrières-sous-Poissy'],
  ['3 allée des acacias  78955 carieres sous poissy', '3 allée des Acacias, 78955 Carrières-sous-Poissy'],
  ['5 avenue victor hugo 78300 poissy', '5 avenue Victor Hugo, 78300 Poissy'],
  ['12 Rue de la Gare, 78300 POISSY', '12 Rue de la Gare, 78300 POISSY'],
  ['12 rue de la Gare, Poissy 78300', '12 rue de la Gare, Poissy 78300'],
])('the address « %s » is read back « %s »', (typed, shown) => {
  expect(addressShown(typed, CSP)).toBe(shown);
});

it.each([
  ['paul   martin et marie  durand', 'Paul MARTIN et Marie DURAND'],
  ['durand marie, martin paul', 'DURAND Marie, MARTIN Paul'],
  ['Paul Martin et Marie Durand', 'Paul MARTIN et Marie DURAND'],
  ['kofi mensah et ama mensah', 'Kofi Mensah et Ama Mensah'],
])('the parents « %s » are read back « %s »', (typed, shown) => {
  expect(parentsAsFiled(typed)).toBe(shown);
});

describe.each(CHANNELS)('%s', (channelId) => {
  it('a civil-status act: the address and the parents read back tidied, stored as typed', async () => {
    const c = startChat({ channelId, env: { DEFAULT_COMMUNE: 'carrieres-sous-poissy' } });
    chats.push(c);
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    let r = '';
    for (const a of ['je voudrais un acte de naissance', 'Copie intégrale', "C'est moi", 'Carrières-sous-Poissy', 'martin', 'léa', '14/03/1988', 'paul   martin et marie  durand', 'lea@example.org', '12 rue des lilas 78955 carrieres']) r = c.text(await c.say(a));
    expect(r).toContain(t('civilAct.recapParents', { parents: 'Paul MARTIN et Marie DURAND' }));
    expect(r).toContain('12 rue des Lilas, 78955 Carrières-sous-Poissy');
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ parents: 'paul   martin et marie  durand', address: '12 rue des lilas 78955 carrieres' })]);
  });

  // The space's creation read the address back as typed.
  it('the space\'s creation: the address read back tidied', async () => {
    const c = startChat({ channelId, env: { DEFAULT_COMMUNE: 'carrieres-sous-poissy' } });
    chats.push(c);
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    let r = '';
    for (const a of ['créer mon espace', 'Madame', 'Martin', 'Julie', 'julie.martin@example.org', '06 12 34 56 78', '12 rue des lilas 78955 carrieres']) r = c.text(await c.say(a));
    expect(r).toContain(t('createAccount.confirm'));
    expect(r).toContain('12 rue des Lilas, 78955 Carrières-sous-Poissy');
  });

  it('the census: the parents and the birthplace read back tidied', async () => {
    const c = await demarcheChat(chats, { channelId });
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    let r = '';
    for (const a of ['recensement citoyen', '12/01/2010', 'oui', 'benali', 'inès', 'poissy', 'paul benali et  anne benali', '1 rue de la demo', 'non', 'non']) r = c.text(await c.say(a));
    for (let i = 0; i < 3 && !r.includes(t('demarche.confirm')); i++) r = c.text(await c.say('au guichet'));
    expect(r).toContain(t('demarche.recapLine', { label: t('demarche.citizen_census.label.parents'), value: 'Paul BENALI et Anne BENALI' }));
    expect(r).toContain(t('demarche.recapLine', { label: t('demarche.citizen_census.label.birthPlace'), value: 'Poissy' }));
    expect(r).toContain(t('demarche.recapLine', { label: t('demarche.citizen_census.label.address'), value: '1 rue de la Demo, 78955 Carrières-sous-Poissy' }));
  });
});

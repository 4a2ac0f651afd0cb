/**
 * « retour », « revenir », « précédent », « back » in a form of several questions (the space's creation, a civil-status act,
 * a démarche) go back one question: it is asked again, its answer said back, and the answers after it are kept; at the first
 * question, there is none before (said so, the question asked again). They paused the task and showed the menu. Outside a
 * form (the menu), « retour » is still the menu. Web Chat and SMS; the locale key said next and what is stored asserted.
 */
import { startChat, type Chat } from '../support/harness';
import { demarcheChat, storedRequests } from '../support/demarches';
import { table } from '../support/prompts';
import { detectCommand } from '../../src/nlu/commands';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

function chat(channel: string) {
  const c = startChat({ channelId: channel, env: { DEFAULT_COMMUNE: 'carrieres-sous-poissy' } });
  chats.push(c);
  return { c, t: c.core.texts.for('fr', false, channel === 'sms') };
}

it.each([['retour'], ['Retour'], ['revenir'], ['précédent'], ['question précédente'], ['revenir en arrière'], ['back'], ['go back']])('« %s » is the word to go back', (said) => {
  expect(detectCommand(said)).toBe('back');
});
it.each([['retour au menu'], ['back to menu'], ['menu']])('« %s » is still the menu', (said) => {
  expect(detectCommand(said)).toBe('menu');
});

describe('creating a space', () => {
  it.each(table([['retour'], ['précédent'], ['revenir en arrière']]))('%s: « %s »: the question before, the answers kept; at the first, none before', async (channel, back) => {
    const { c, t } = chat(channel);
    await c.say('créer mon espace');
    const first = c.text(await c.say(back));
    expect(first).toContain(t('form.back.first'));
    expect(first).toContain(t('createAccount.ask.civility'));
    for (const a of ['Madame', 'Martin']) await c.say(a);
    const again = c.text(await c.say(back));
    expect(again).toContain(t('form.back.was', { value: 'Martin' }));
    expect(again).toContain(t('createAccount.ask.lastName'));
    for (const a of ['Dupont', 'Julie', 'julie.dupont@example.org', '06 12 34 56 78']) await c.say(a);
    // At the address, back to the phone; then on to the read-back, confirmed.
    expect(c.text(await c.say(back))).toContain(t('form.back.was', { value: '0612345678' }));
    for (const a of ['06 12 34 56 79', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'oui']) await c.say(a);
    const account = await c.core.service.deps.repos.accounts.findByEmail('carrieres-sous-poissy', 'julie.dupont@example.org');
    expect(account).toMatchObject({ civility: 'madame', lastName: 'Dupont', firstName: 'Julie', phone: '0612345679' });
  });
});

describe('a civil-status act', () => {
  it.each(table([['retour'], ['back']]))('%s: « %s »: the question before, the answers kept', async (channel, back) => {
    const { c, t } = chat(channel);
    for (const a of ['je voudrais un acte de naissance', 'Copie intégrale', "C'est moi"]) await c.say(a);
    const relation = c.text(await c.say(back));
    expect(relation).toContain(t('form.back.was', { value: t('civilAct.relation.self') }));
    expect(relation).toContain(t('civilAct.ask.relation'));
    for (const a of ["C'est moi", 'Carrières-sous-Poissy', 'Martin']) await c.say(a);
    expect(c.text(await c.say(back))).toContain(t('civilAct.askSelf.lastName'));
    for (const a of ['Martinez', 'Léa', '14/03/1988', 'Paul Martinez et Marie Durand', 'lea@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy']) await c.say(a);
    // At the read-back, back to the last question (the address).
    expect(c.text(await c.say(back))).toContain(t('civilAct.ask.address'));
    for (const a of ['5 rue des Lilas 78955 Carrières-sous-Poissy', 'oui']) await c.say(a);
    expect(storedRequests(c)).toEqual([expect.objectContaining({ format: 'full_copy', relation: 'self', place: 'Carrières-sous-Poissy', lastName: 'Martinez', firstName: 'Léa', eventDay: '1988-03-14' })]);
    expect(String(storedRequests(c)[0]?.address)).toContain('5 rue des Lilas');
  });
});

describe('a démarche (the census)', () => {
  it.each(table([['retour'], ['précédent']]))('%s: « %s »: the question before, the answers kept; at the first, none before', async (channel, back) => {
    const c = await demarcheChat(chats, { channelId: channel });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    for (const a of ['recensement citoyen', '12/01/2010', 'oui']) await c.say(a);
    expect(c.text(await c.say(back))).toContain(t('form.back.first'));
    for (const a of ['Benali', 'Inès', 'Poissy (78)']) await c.say(a);
    const again = c.text(await c.say(back));
    expect(again).toContain(t('form.back.was', { value: 'Poissy (78)' }));
    expect(again).toContain(t('demarche.citizen_census.ask.birthPlace'));
    let r = await c.say('Paris');
    for (const a of ['Paul Benali et Anne Benali', '1 rue de la Demo 78955 Carrières-sous-Poissy', 'anne@example.org']) r = await c.say(a);
    for (let i = 0; i < 3 && !c.text(r).includes(t('demarche.confirm')); i++) r = await c.say('au guichet');
    await c.say('oui');
    expect(storedRequests(c)).toEqual([expect.objectContaining({ lastName: 'Benali', firstName: 'Inès', birthDay: '2010-01-12', birthPlace: 'Paris' })]);
  });
});

describe('the census', () => {
  // « retour » at its first question paused it and showed the menu; at its offer, « retour » was not understood.
  it.each(table([['retour'], ['back']]))('%s: « %s » at the birth day: none before, asked again; at the offer: the birth day again, nothing lost', async (channel, back) => {
    const { c, t } = chat(channel);
    await c.say('recensement citoyen');
    const first = c.text(await c.say(back));
    expect(first).toContain(t('form.back.first'));
    expect(first).toContain(t('census.askBirth'));
    expect(first).not.toContain(t('topics.later'));
    expect(c.text(await c.say('15/11/2010'))).toContain(t('census.offer'));
    const again = c.text(await c.say(back));
    expect(again).toContain(t('form.back.previous'));
    expect(again).toContain(t('census.askBirth'));
    expect(c.text(await c.say('15/11/2010'))).toContain(t('census.offer'));
  });
});

describe('outside a form', () => {
  it.each(table([['retour']]))('%s: « %s » at the menu is the menu', async (channel, back) => {
    const { c, t } = chat(channel);
    await c.say('bonjour');
    expect(c.text(await c.say(back))).not.toContain(t('form.back.first'));
  });
});

/**
 * Questions about a request's delay and price, never a new request: « c quand que je peux avoir
 * l attestation ? » after a census was sent, « ça va prendre combien de temps ? » after an act
 * request, « combien de temps pour recevoir un acte de naissance ? » then « c'est gratuit ? » at the
 * menu, « c'est gratuit ? » at the form of the act. Web Chat and SMS; each row asserts the answer's
 * locale keys, the questions asked next and the requests stored.
 */
import type { Activity } from 'botbuilder';
import { demarcheChat, rows } from '../support/demarches';
import type { Chat } from '../support/harness';
import { fr, offered, table, CHANNELS } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const tOf = (c: Chat, channel: string) => c.core.texts.for('fr', false, channel === 'sms');
const requestCount = (c: Chat) => rows(c, 'select id from requests').length;

async function sendCensus(c: Chat): Promise<void> {
  let r: Partial<Activity>[] = [];
  for (const a of ['recensement de mon fils né le 15/11/2010', 'oui', 'Durand', 'Léa Marie', 'Poissy (78)', 'Françoise et Marc Durand', '1 rue de la Demo 78955 Carrières-sous-Poissy', 'francoise@example.org']) r = await c.say(a);
  for (let i = 0; i < 3 && !offered(r).includes(fr['demarche.yes'] as string); i++) r = await c.say('au guichet');
  await c.say('oui');
}

async function sendAct(c: Chat): Promise<void> {
  for (const a of ['acte de naissance', 'Copie intégrale', 'c moi', 'Carrières-sous-Poissy', 'Durand', 'Léa', '12/03/1988', 'Paul Durand et Marie Durand', 'lea@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'oui']) await c.say(a);
}

describe('delay and price of a request', () => {
  it.each(CHANNELS)('%s: « c quand que je peux avoir l attestation ? » after a census sent says what comes next, no new census', async (channel) => {
    const c = await demarcheChat(chats, { channelId: channel });
    const t = tOf(c, channel);
    await sendCensus(c);
    expect(requestCount(c)).toBe(1);
    const answer = c.text(await c.say('c quand que je peux avoir l attestation ?'));
    expect(answer).toContain(t('demarche.citizen_census.next'));
    expect(answer).toContain(t('requestFacts.follow', { reference: 'CSP-2026-000001' }));
    expect(answer).not.toContain(t('census.askBirth'));
    expect(requestCount(c)).toBe(1);
  });

  it.each(table([['ça va prendre combien de temps ?'], ["combien de temps pour recevoir l'acte ?"], ['je vais le recevoir quand ?'], ["et c'est long ?"], ['ça va être long ?'], ['et c combien de temps en general'], ["c'est combien de jours pour l'avoir ?"]]))('%s: « %s » after an act request answers the delay (not the invoices)', async (channel, phrasing) => {
    const c = await demarcheChat(chats, { channelId: channel });
    const t = tOf(c, channel);
    await sendAct(c);
    expect(requestCount(c)).toBe(1);
    const answer = c.text(await c.say(phrasing));
    expect(answer).toContain(t('requestFacts.delay.civilAct'));
    expect(answer).toContain(t('requestFacts.follow', { reference: 'CSP-2026-000001' }));
    expect(answer).not.toContain(t('invoices.signInFirst'));
    expect(requestCount(c)).toBe(1);
  });

  it.each(CHANNELS)("%s: « c'est long ? » with no request sent here is not a request's delay", async (channel) => {
    const c = await demarcheChat(chats, { channelId: channel });
    expect(c.text(await c.say("c'est long ?"))).not.toContain(tOf(c, channel)('requestFacts.delay.ask'));
  });

  it.each(CHANNELS)('%s: « combien de temps pour recevoir un acte de naissance ? » answers without starting a request; « c\'est gratuit ? » next says it is free', async (channel) => {
    const c = await demarcheChat(chats, { channelId: channel });
    const t = tOf(c, channel);
    const delay = c.text(await c.say('combien de temps pour recevoir un acte de naissance ?'));
    expect(delay).toContain(t('requestFacts.delay.civilAct'));
    expect(delay).not.toContain(t('civilAct.ask.format'));
    const free = c.text(await c.say("c'est gratuit ?"));
    expect(free).toContain(t('requestFacts.free.civil_status_act'));
    expect(free).not.toContain(t('civilAct.formHelp.general'));
  });

  it.each(table([["c'est gratuit ?"], ['c payant ?'], ['ça prend combien de temps ?']]))('%s: « %s » at the form of the act answers it, the forms asked again, the request goes on', async (channel, phrasing) => {
    const c = await demarcheChat(chats, { channelId: channel });
    const t = tOf(c, channel);
    await c.say('acte de naissance');
    const replies = await c.say(phrasing);
    expect(c.text(replies)).toContain(t(phrasing.includes('temps') ? 'requestFacts.delay.civilAct' : 'requestFacts.free.civil_status_act'));
    expect(c.text(replies)).not.toContain(t('civilAct.formHelp.general'));
    expect(c.text(replies)).toContain(t('civilAct.ask.format'));
    for (const a of ['Copie intégrale', 'c moi', 'Carrières-sous-Poissy', 'Durand', 'Léa', '12/03/1988', 'Paul Durand et Marie Durand', 'lea@example.org', '3 rue des Lilas 78955 Carrières-sous-Poissy', 'oui']) await c.say(a);
    expect(rows(c, 'select kind from requests')).toEqual([{ kind: 'civil_status_act' }]);
  });
});

/**
 * At « Dans quelle commune a eu lieu la naissance ? », answers that are no place (« à mon nom », « à la maison », « par
 * courrier »…) were read as a town (« pour « Mon Nom », adressez-vous à cette mairie »). Now the question is asked again
 * saying a commune is awaited, what was entered kept: the commune typed next goes on to the names (the form and who one
 * is not asked again). The census's birthplace reads them the same way. Web Chat and SMS; the locale key said next asserted.
 */
import { startChat, type Chat } from '../support/harness';
import { table } from '../support/prompts';
import { demarcheChat } from '../support/demarches';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const NOT_PLACES = [['à mon nom'], ["c'est à mon nom"], ['au nom de ma fille'], ['à la maison'], ["à l'hôpital"], ['par courrier'], ['chez moi']] as Array<[string]>;

describe('a civil act: an answer that is no place at the place question', () => {
  it.each(table(NOT_PLACES))('%s: « %s »: a commune asked again, then the act goes on', async (channel, answer) => {
    const c = startChat({ channelId: channel, env: { DEFAULT_COMMUNE: 'carrieres-sous-poissy' } });
    chats.push(c);
    for (const m of ['je voudrais un acte de naissance', 'Copie intégrale', "C'est moi"]) await c.say(m);
    const t = c.core.texts.for('fr', false, channel === 'sms');
    const again = c.text(await c.say(answer));
    expect(again).toContain(t('civilAct.bad.place', { commune: 'Carrières-sous-Poissy' }));
    expect(again).not.toContain(t('civilAct.otherCommune', { place: 'X' }).split('X')[0]);
    expect(c.text(await c.say('Carrières-sous-Poissy'))).toContain(t('civilAct.askSelf.lastName'));
  });
});

describe('the census: an answer that is no place at the birthplace', () => {
  it.each(table(NOT_PLACES))('%s: « %s »: a place asked again', async (channel, answer) => {
    const c = await demarcheChat(chats, { channelId: channel });
    const t = c.core.texts.for('fr', false, channel === 'sms');
    for (const m of ['recensement citoyen', '12/01/2010', 'oui', 'Benali', 'Inès']) await c.say(m);
    expect(c.text(await c.say(answer))).toContain(t('demarche.bad.place.number'));
    expect(c.text(await c.say('Poissy (78)'))).toContain(t('demarche.citizen_census.ask.parents'));
  });
});

/**
 * A service of another commune's own organisation asked for a month or a season where there is none (« le SEJ est ouvert
 * en août ? » at Carrières-sous-Poissy or Chanteloup-les-Vignes, « le guichet unique » at Carrières-sur-Seine): the commune
 * has none, who answers such questions here is named, and the hours its file gives are for that month (never « je n'ai pas
 * d'informations », never now). « cet été », « en juillet et août » are both months (they were answered for now); a
 * service the bot has no code for (« le CCAS ») asked for a month gets the month's known hours too. Asked on Wednesday
 * 18 November 2026 (Paris), Web Chat and SMS, in the three demo communes.
 */
import { withPeriod } from '../../dialogs/infoAnswers';
import { askedService } from '../../src/domain/askedService';
import type { Commune } from '../../src/domain/types';
import { parseInfoQuery } from '../../src/nlu/infoQuery';
import { demoCommuneList } from '../support/demoCommunes';
import { startChat, type Chat } from '../support/harness';
import { CHANNELS } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const commune = (id: string) => demoCommuneList().find((c) => c.id === id) as Commune;

it('« cet été », « en juillet et août »: July and August of the coming summer; « en août » alone as before', () => {
  const summer = { from: '2027-07-01', to: '2027-08-31' };
  expect(withPeriod(parseInfoQuery('le SEJ est ouvert cet été ?'), { dates: [] }, 'le SEJ est ouvert cet été ?', '2026-11-18').period).toEqual(summer);
  expect(withPeriod(parseInfoQuery('ouvert en juillet et août ?'), { dates: [], month: '2027-07' }, 'ouvert en juillet et août ?', '2026-11-18').period).toEqual(summer);
  expect(withPeriod(parseInfoQuery('ouvert en août ?'), { dates: [], month: '2027-08' }, 'ouvert en août ?', '2026-11-18').period).toEqual({ from: '2027-08-01', to: '2027-08-31' });
});

it('the SEJ, a guichet unique: none where the file has none; a mairie is only not described', () => {
  expect(askedService(commune('carrieres-sous-poissy'), 'sej')).toMatchObject({ kind: 'notHeld', absent: true, instead: { code: 'periscolaire' } });
  expect(askedService(commune('carrieres-sur-seine'), 'guichet_unique')).toMatchObject({ kind: 'notHeld', absent: true, instead: { code: 'sej' } });
  expect(askedService(commune('carrieres-sur-seine'), 'mairie')).not.toHaveProperty('absent');
});

describe.each(CHANNELS)('%s', (channelId) => {
  async function ask(communeId: string, question: string) {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: communeId });
    return { text: c.text(await c.say(question)), t: c.core.texts.for('fr', false, channelId === 'sms') };
  }

  it.each([
    ['carrieres-sous-poissy', 'le SEJ est ouvert en août ?', 'sej', 'Service des Accueils périscolaires et de Loisirs'],
    ['chanteloup-les-vignes', 'est-ce que le SEJ est ouvert en août ?', 'sej', 'Guichet unique (Espace Victor Hugo)'],
    ['carrieres-sur-seine', 'le guichet unique est ouvert en août ?', 'guichet_unique', 'Service Scolaire-Enfance-Jeunesse (SEJ)'],
  ])('%s, « %s »: none here, who answers, and August', async (communeId, question, code, instead) => {
    const { text, t } = await ask(communeId, question);
    const name = commune(communeId).name;
    expect(text).toContain(t('info.notHere', { commune: name, name: t(`info.serviceBare.${code}`) }));
    // By SMS, who answers is named in its contact line (« Contact : <service>, <phone> » or its portal).
    expect(text).toContain(channelId === 'sms' ? instead : t('info.hereInstead', { service: instead }));
    expect(text).not.toContain(t('info.notHeld', { commune: name, service: t(`info.serviceName.${code}`) }));
    // The month's hours where the file gives some (Carrières-sur-Seine's none: said so).
    if (communeId === 'carrieres-sur-seine') expect(text).toContain(t('info.noKnownHours', { commune: name }));
    else expect(text).toMatch(/du 1er ao[uû]t au 31 ao[uû]t/);
  });

  it.each(['le SEJ est ouvert cet été ?', 'le SEJ est ouvert en juillet et août ?'])('Carrières-sur-Seine, « %s »: the summer, its closures (14 July, the summer closure)', async (question) => {
    const { text } = await ask('carrieres-sur-seine', question);
    expect(text).toMatch(/du 1er juillet au 31 ao[uû]t/);
    expect(text).toContain('14 juillet');
    expect(text).toContain('fermeture estivale');
  });

  it('Carrières-sous-Poissy, « le CCAS est ouvert en août ? »: not described, and the hours known for August', async () => {
    const { text, t } = await ask('carrieres-sous-poissy', 'le CCAS est ouvert en août ?');
    expect(text).toContain(t('info.otherNotHeld', { service: t('info.otherName.ccas'), commune: 'Carrières-sous-Poissy' }));
    expect(text).toMatch(/du 1er ao[uû]t au 31 ao[uû]t/);
  });
});

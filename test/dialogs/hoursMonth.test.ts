/**
 * A month said without a day (« le SEJ est ouvert en août ? », « horaires de la mairie au mois de juillet »,
 * « is the town hall open in July? »): the hours for that month, its closed days with why (the 14 July holiday, the SEJ's
 * summer closure), not today's state nor the week's hours alone. Asked on Wednesday 18 November 2026 (Paris), Web and SMS.
 */
import { hoursAnswerFor, withPeriod } from '../../dialogs/infoAnswers';
import type { Commune, CommuneService } from '../../src/domain/types';
import { parseInfoQuery } from '../../src/nlu/infoQuery';
import { demoCommuneList } from '../support/demoCommunes';
import { startChat, type Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const csp = demoCommuneList().find((c) => c.id === 'carrieres-sous-poissy') as Commune;
const mairie = csp.services.find((s) => s.code === 'mairie') as CommuneService;
const NOW = new Date('2026-11-18T14:00:00Z');

it('a month read: the period from its first to its last day (February: 28 days)', () => {
  expect(hoursAnswerFor(mairie, withPeriod(parseInfoQuery('ouvert en juillet ?'), { dates: [], month: '2027-07' }), NOW)).toMatchObject({ kind: 'period', from: '2027-07-01', to: '2027-07-31' });
  expect(withPeriod(parseInfoQuery('horaires en février'), { dates: [], month: '2027-02' }).period).toEqual({ from: '2027-02-01', to: '2027-02-28' });
  // A day said with the month, or a contact: not a period.
  expect(withPeriod(parseInfoQuery('ouvert demain ?'), { dates: [], month: '2027-07' }).period).toBeUndefined();
  expect(withPeriod(parseInfoQuery('numéro de la mairie'), { dates: [], month: '2027-07' }).period).toBeUndefined();
});

describe.each([['web', undefined], ['sms', 'sms']] as const)('%s', (_name, channelId) => {
  it.each(['la mairie est ouverte en juillet ?', 'horaires de la mairie au mois de juillet'])('« %s »: closed on 14 July, said why', async (question) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const t = c.core.texts.for('fr', false, channelId === 'sms');
    const text = c.text(await c.say(question));
    expect(text).toContain('14 juillet');
    expect(text).toContain(t('holiday.nationalDay'));
    expect(text).not.toContain('19 novembre');
  });

  it.each(['le SEJ est ouvert en août ?', 'les horaires du SEJ en aout'])('Carrières-sur-Seine, « %s »: the summer closure', async (question) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sur-seine' });
    const text = c.text(await c.say(question));
    expect(text).toContain('fermeture estivale');
    expect(text).toMatch(/9 ao[uû]t/);
  });

  it('« is the town hall open in July? »: closed on 14 July', async () => {
    const c = startChat({ channelId, locale: 'en-US' });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    const t = c.core.texts.for('en', false, channelId === 'sms');
    const text = c.text(await c.say('is the town hall open in July?'));
    expect(text).toContain(t('holiday.nationalDay'));
  });
});

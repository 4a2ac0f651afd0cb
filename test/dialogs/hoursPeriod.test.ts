/**
 * Opening hours asked for a period (« c ouvert pendant les vacances de Noël ? », « la semaine
 * prochaine ? »): answered for the period, the days closed in it (Christmas and New Year's Day, with
 * why) and the usual hours otherwise; never Christmas Day alone. At the menu, at a task's question
 * (the sign-in's e-mail) and in English. Asked on Wednesday 18 November 2026 (Paris), Carrières-sous-Poissy.
 */
import { hoursAnswerFor, withPeriod } from '../../dialogs/infoAnswers';
import type { Commune, CommuneService } from '../../src/domain/types';
import { parseInfoQuery } from '../../src/nlu/infoQuery';
import { demoCommuneList } from '../support/demoCommunes';
import { startChat, type Chat } from '../support/harness';
import { CHANNELS, fr } from '../support/prompts';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const csp = demoCommuneList().find((c) => c.id === 'carrieres-sous-poissy') as Commune;
const mairie = csp.services.find((s) => s.code === 'mairie') as CommuneService;
const NOW = new Date('2026-11-18T14:00:00Z');
const days = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = new Date(`${from}T12:00:00Z`); d.toISOString().slice(0, 10) <= to; d = new Date(d.getTime() + 86_400_000)) out.push(d.toISOString().slice(0, 10));
  return out;
};

describe('a run of days read as a period', () => {
  it('the Christmas holidays (19 December to 3 January): closed on the 25th and the 1st, said why', () => {
    const answer = hoursAnswerFor(mairie, withPeriod(parseInfoQuery('c ouvert pendant les vacances de Noël ?'), { dates: days('2026-12-19', '2027-01-03') }), NOW);
    expect(answer).toMatchObject({ kind: 'period', from: '2026-12-19', to: '2027-01-03' });
    expect(answer.kind === 'period' && answer.closed.map((d) => [d.day, d.state === 'closed' && d.holiday])).toEqual([['2026-12-25', 'christmas'], ['2027-01-01', 'newYear']]);
  });

  it.each([[['2026-12-21', '2026-12-22']], [['2026-12-21', '2026-12-23', '2026-12-24', '2026-12-28', '2026-12-29']]])('%j (too few, or not in a row): day by day', (dates) => {
    expect(withPeriod(parseInfoQuery('ouvert ?'), { dates }).period).toBeUndefined();
  });
});

describe.each(CHANNELS)('hours for a period in a conversation (%s)', (channelId) => {
  async function chat(): Promise<Chat> {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    if (channelId === 'sms') await c.say('Carrières-sous-Poissy');
    return c;
  }
  const period = (c: Chat, key: string, params: Record<string, string>) => c.core.texts.for('fr')(key, { service: mairie.name, ...params });

  it.each([['c ouvert pendant les vacances de Noël ?'], ['la mairie est ouverte pendant les vacances de noel ?']])('« %s » at the menu: the period, its days closed, the usual hours', async (said) => {
    const c = await chat();
    const text = c.text(await c.say(said));
    expect(text).toContain(period(c, 'info.periodClosed', { from: '19 décembre', to: '3 janvier', days: 'vendredi 25 décembre (Noël), vendredi 1er janvier (le jour de l\'An)' }).slice(0, 40));
    expect(text).toContain(fr['info.periodUsual']);
  });

  it('« c ouvert pendant les vacances de Noël ? » at the sign-in e-mail: the period answered, the e-mail asked again', async () => {
    const c = await chat();
    await c.say('me connecter');
    const text = c.text(await c.say('c ouvert pendant les vacances de Noël ?'));
    expect(text).toContain(fr['info.periodUsual']);
    expect(text.split('\n').at(-1)).toBe(fr['signIn.askEmail']);
  });

  it('« ouvert la semaine prochaine ? »: no closure that week, the usual hours', async () => {
    const c = await chat();
    const text = c.text(await c.say('la mairie est ouverte la semaine prochaine ?'));
    expect(text).toContain(fr['info.periodUsualAll']);
  });
});

describe('in English', () => {
  it('« is the town hall open during the Christmas holidays? »: the period answered', async () => {
    const c = startChat({ channelId: 'webchat', locale: 'en-US' });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    await c.say('english');
    const text = c.text(await c.say('is the town hall open during the Christmas holidays?'));
    expect(text).toContain(c.core.texts.for('en')('info.periodUsual'));
  });
});

describe('a period said by its two ends, or asked after another', () => {
  it('« entre Noël et le jour de l’an » (two days read): 25 December to 1 January, both closed', () => {
    const text = 'c fermé entre noel et le jour de l an ?';
    const answer = hoursAnswerFor(mairie, withPeriod(parseInfoQuery(text), { dates: ['2026-12-25', '2027-01-01'] }, text), NOW);
    expect(answer).toMatchObject({ kind: 'period', from: '2026-12-25', to: '2027-01-01' });
    expect(answer.kind === 'period' && answer.closed.map((d) => d.day)).toEqual(['2026-12-25', '2027-01-01']);
  });

  it('the summer holidays: a holiday on a Sunday (15 August 2027) closes nothing more, not listed', () => {
    const answer = hoursAnswerFor(mairie, withPeriod(parseInfoQuery('ouvert pendant les vacances d été ?'), { dates: days('2027-07-03', '2027-08-31') }), NOW);
    expect(answer.kind === 'period' && answer.closed.map((d) => d.day)).toEqual(['2027-07-14']);
  });

  it.each(CHANNELS)('%s: « et pdt les vacances d été ? » after the Christmas holidays: the summer’s period, not Christmas again', async (channelId) => {
    const c = startChat({ channelId });
    chats.push(c);
    await c.join({ commune: 'carrieres-sous-poissy' });
    if (channelId === 'sms') await c.say('Carrières-sous-Poissy');
    await c.say('c ouvert pendant les vacances de Noël ?');
    const text = c.text(await c.say('et pdt les vacances d ete ?'));
    expect(text).toContain(fr['info.periodUsual']);
    expect(text).toContain('14 juillet');
    expect(text).not.toContain('25 décembre');
  });
});

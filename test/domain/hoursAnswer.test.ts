/**
 * Hours questions for a named day, a date or a moment: text → the day answered for, open or not,
 * and the hours given (the structured answer, not its wording). Carrières-sous-Poissy's régie and
 * Hôtel de Ville as configured in the demo data; asked on Wednesday 18 November 2026 at 15:00 (Paris).
 */
import type { Commune, CommuneService } from '../../src/domain/types';
import { hoursAnswerFor } from '../../dialogs/infoAnswers';
import { answerHours } from '../../src/domain/hoursAnswer';
import { parseInfoQuery } from '../../src/nlu/infoQuery';
import { demoCommuneList } from '../support/demoCommunes';

const communes: Commune[] = demoCommuneList();
const csp = communes.find((c) => c.id === 'carrieres-sous-poissy') as Commune;
const service = (code: string) => csp.services.find((s) => s.code === code) as CommuneService;
const regie = service('regie');
const mairie = service('mairie');
const NOW = new Date('2026-11-18T14:00:00Z');
const MAIRIE_DAY = [['08:30', '12:00'], ['13:45', '17:30']];

describe('hours for a named day or date: public holidays applied, the day said', () => {
  it.each([
    ['horaires de la régie le vendredi 25 décembre', regie, { day: '2026-12-25', state: 'closed', reason: 'holiday', holiday: 'christmas' }],
    ['la régie est ouverte le 25/12 ?', regie, { day: '2026-12-25', state: 'closed', reason: 'holiday', holiday: 'christmas' }],
    ['mairie ouverte le 1er janvier ?', mairie, { day: '2027-01-01', state: 'closed', reason: 'holiday', holiday: 'newYear' }],
    ['la mairie est ouverte le jour de l’an ?', mairie, { day: '2027-01-01', state: 'closed', reason: 'holiday', holiday: 'newYear' }],
    ['mairie ouverte le lundi de Pâques ?', mairie, { day: '2027-03-29', state: 'closed', reason: 'holiday', holiday: 'easterMonday' }],
    ['horaires de la mairie le lundi 29 mars', mairie, { day: '2027-03-29', state: 'closed', reason: 'holiday', holiday: 'easterMonday' }],
    ['horaires de la mairie le mardi 30 mars', mairie, { day: '2027-03-30', state: 'open', periods: MAIRIE_DAY }],
    ['la mairie est ouverte ce dimanche ?', mairie, { day: '2026-11-22', state: 'closed', reason: 'dayOff' }],
    ['horaires de la régie demain', regie, { day: '2026-11-19', weekday: 'thu', state: 'open', periods: [['08:30', '12:00'], ['13:45', '16:00']] }],
    ['horaires de la régie après-demain ?', regie, { day: '2026-11-20', weekday: 'fri', state: 'open', periods: [['08:30', '12:00']] }],
    ['horaires de la régie lundi prochain', regie, { day: '2026-11-23', weekday: 'mon', state: 'open' }],
    ['régie ouverte le 11 novembre ?', regie, { day: '2027-11-11', state: 'closed', reason: 'holiday', holiday: 'armistice' }],
  ])('« %s »', (text, svc, expected) => {
    const answer = hoursAnswerFor(svc, parseInfoQuery(text), NOW);
    expect(answer.kind).toBe('days');
    expect(answer.kind === 'days' && answer.days).toEqual([expect.objectContaining(expected)]);
  });

  it('« ce week-end »: Saturday and Sunday, both closed, then the next opening', () => {
    const answer = hoursAnswerFor(mairie, parseInfoQuery('la mairie est ouverte ce week-end ?'), NOW);
    expect(answer).toMatchObject({
      kind: 'days',
      days: [
        { day: '2026-11-21', state: 'closed', reason: 'dayOff' },
        { day: '2026-11-22', state: 'closed', reason: 'dayOff', next: { day: '2026-11-23', opensAt: '08:30' } },
      ],
    });
  });

  it('the next opening after a holiday skips it', () => {
    const answer = hoursAnswerFor(regie, parseInfoQuery('régie ouverte le 25 décembre ?'), NOW);
    expect(answer).toMatchObject({ kind: 'days', days: [{ next: { day: '2026-12-28', weekday: 'mon', opensAt: '08:30' } }] });
  });
});

describe('hours at a moment: open or not then, with that day’s hours', () => {
  it.each([
    ['est-ce ouvert mercredi à 17h ?', regie, '2026-11-18', '17:00', { state: 'open', closesAt: '17:30' }],
    ['la régie est ouverte mercredi à 17h30 ?', regie, '2026-11-18', '17:30', { state: 'closed', reason: 'afterClosing' }],
    ['la régie est ouverte jeudi à 17 h ?', regie, '2026-11-19', '17:00', { state: 'closed', reason: 'afterClosing' }],
    ['la mairie est ouverte à midi et demi ?', mairie, '2026-11-18', '12:30', { state: 'closed', reason: 'lunch', next: { day: '2026-11-18', opensAt: '13:45' } }],
    ['mairie ouverte vers 14h30 ?', mairie, '2026-11-18', '14:30', { state: 'open', closesAt: '17:30' }],
    ['la mairie est ouverte demain à 9 heures ?', mairie, '2026-11-19', '09:00', { state: 'open', closesAt: '12:00' }],
    ['la mairie est ouverte le 25 décembre à 10h ?', mairie, '2026-12-25', '10:00', { state: 'closed', reason: 'holiday', holiday: 'christmas' }],
    ['mairie ouverte samedi à 10h ?', mairie, '2026-11-21', '10:00', { state: 'closed', reason: 'dayOff' }],
  ])('« %s »', (text, svc, day, time, status) => {
    const answer = hoursAnswerFor(svc, parseInfoQuery(text), NOW);
    expect(answer).toMatchObject({ kind: 'moment', day, time, status, hours: { day } });
  });
});

describe('what did not change: the week, one weekday in general, now', () => {
  it('« le mercredi » is every Wednesday: the weekday’s hours', () => {
    expect(hoursAnswerFor(regie, parseInfoQuery('horaires de la régie le mercredi'), NOW)).toEqual({ kind: 'weekday', weekday: 'wed', periods: [['08:30', '12:00'], ['13:45', '17:30']] });
    expect(hoursAnswerFor(mairie, parseInfoQuery('la mairie est ouverte le dimanche ?'), NOW)).toEqual({ kind: 'weekday', weekday: 'sun', periods: [] });
  });

  it('« il rouvre quand ? » after « ouverte le samedi ? »: from the coming Saturday, closed, then the next opening (it was Saturday in general again)', () => {
    const asked = { ...parseInfoQuery('la mairie est ouverte le samedi ?'), wants: 'reopens' as const };
    expect(hoursAnswerFor(mairie, asked, NOW)).toMatchObject({ kind: 'days', days: [{ day: '2026-11-21', state: 'closed', next: { day: '2026-11-23', opensAt: '08:30' } }] });
  });

  it('« le mercredi » warns when the coming Wednesday is a public holiday', () => {
    const monday = new Date('2026-11-09T10:00:00Z');
    expect(hoursAnswerFor(regie, parseInfoQuery('horaires de la régie le mercredi'), monday)).toMatchObject({ kind: 'weekday', weekday: 'wed', holiday: { day: '2026-11-11', code: 'armistice' } });
  });

  it('« maintenant », « est-ce ouvert ? » and « horaires » alone', () => {
    expect(hoursAnswerFor(regie, parseInfoQuery('est-ce ouvert maintenant ?'), NOW)).toEqual({ kind: 'now', status: { state: 'open', closesAt: '17:30' } });
    expect(hoursAnswerFor(regie, parseInfoQuery('la régie est ouverte ?'), NOW)).toMatchObject({ kind: 'now' });
    expect(hoursAnswerFor(regie, parseInfoQuery('horaires de la régie'), NOW)).toEqual({ kind: 'week' });
  });

  it('« aujourd’hui » on a public holiday is closed', () => {
    const armistice = new Date('2026-11-11T09:00:00Z');
    expect(hoursAnswerFor(mairie, parseInfoQuery('horaires de la mairie aujourd’hui'), armistice)).toMatchObject({ kind: 'days', days: [{ day: '2026-11-11', state: 'closed', holiday: 'armistice' }] });
  });

  it('is unknown for a service whose hours are not known', () => {
    expect(hoursAnswerFor(service('etat_civil'), parseInfoQuery('état civil ouvert demain ?'), NOW)).toEqual({ kind: 'unknown' });
  });
});

describe('exceptional closures of the commune file', () => {
  it('« horaires de la mairie le 14 mai »: closed, with the closure\'s label, reopening after Whit Monday', () => {
    const answer = hoursAnswerFor(mairie, parseInfoQuery('horaires de la mairie le 14 mai'), NOW);
    expect(answer).toMatchObject({ kind: 'days', days: [{ day: '2027-05-14', state: 'closed', reason: 'closure', closure: { label: expect.stringContaining('fermeture exceptionnelle') }, next: { day: '2027-05-18' } }] });
  });

  it('« le vendredi » in the week of a closure: the usual hours, and the warning for that day', async () => {
    const { answerHours } = await import('../../src/domain/hoursAnswer');
    const answer = answerHours(mairie, { kind: 'weekday', weekday: 'fri' }, new Date('2027-05-04T08:00:00Z'));
    expect(answer).toMatchObject({ kind: 'weekday', periods: MAIRIE_DAY, closure: { day: '2027-05-07', closure: { label: "pont de l'Ascension" } } });
    expect(answer).not.toHaveProperty('holiday');
  });
});

describe('a service without weekly hours (Carrières-sur-Seine’s SEJ): a dated day closed is still known', () => {
  const sej = (communes.find((c) => c.id === 'carrieres-sur-seine') as Commune).services.find((s) => s.code === 'sej') as CommuneService;
  it.each([
    ['le SEJ est ouvert le 10 août ?', { day: '2027-08-10', state: 'closed', reason: 'closure' }],
    ['le SEJ est ouvert le 25 décembre ?', { day: '2026-12-25', state: 'closed', reason: 'holiday', holiday: 'christmas' }],
  ])('« %s »', (text, expected) => {
    const answer = hoursAnswerFor(sej, parseInfoQuery(text), NOW);
    expect(answer.kind === 'days' && answer.days).toEqual([expect.objectContaining(expected)]);
  });

  it('« en août »: the weekdays of its summer closure, closed', () => {
    const answer = answerHours(sej, { kind: 'period', from: '2027-08-01', to: '2027-08-31' }, NOW);
    expect(answer.kind === 'period' && answer.closed.map((d) => d.day)).toEqual(['2027-08-09', '2027-08-10', '2027-08-11', '2027-08-12', '2027-08-13']);
    expect(answerHours(sej, { kind: 'period', from: '2027-10-04', to: '2027-10-08' }, NOW).kind).toBe('unknown');
  });

  it('an ordinary day or the week asked stays unknown', () => {
    expect(hoursAnswerFor(sej, parseInfoQuery('le SEJ est ouvert le 26 décembre ?'), NOW).kind).toBe('unknown');
    expect(hoursAnswerFor(sej, parseInfoQuery('horaires du SEJ'), NOW).kind).toBe('unknown');
  });
});

/**
 * « ça ferme à quelle heure ce soir ? », « ça ouvre à quelle heure demain ? »: the closing or opening time of the
 * day asked (as data), already closed for today with the next opening; and « le soir » only for openings running
 * past 18:00. Carrières-sous-Poissy's demo services; the clock given to each question (Paris time).
 */
import type { Commune, CommuneService } from '../../src/domain/types';
import { hoursAnswerFor } from '../../dialogs/infoAnswers';
import { parseInfoQuery } from '../../src/nlu/infoQuery';
import { demoCommuneList } from '../support/demoCommunes';

const csp = demoCommuneList().find((c) => c.id === 'carrieres-sous-poissy') as Commune;
const service = (code: string) => csp.services.find((s) => s.code === code) as CommuneService;
/** Friday 4 December 2026, 20:51 in Paris; Wednesday 18 November 2026, 15:00 in Paris. */
const FRIDAY_NIGHT = new Date('2026-12-04T19:51:00Z');
const WEDNESDAY_AFTERNOON = new Date('2026-11-18T14:00:00Z');

describe('closing and opening time asked', () => {
  it.each([
    ['la mairie ferme a quelle heure ce soir ?', 'closes'],
    ['à quelle heure ferme la mairie ?', 'closes'],
    ["jusqu'à quelle heure c'est ouvert la mairie ?", 'closes'],
    ['ça ouvre à quelle heure demain', 'opens'],
    ['a quelle heure ouvre la régie', 'opens'],
    ['il rouvre quand ?', 'reopens'],
  ])('« %s »: %s', (text, wants) => {
    expect(parseInfoQuery(text).wants).toBe(wants);
  });

  it('« la mairie ferme a quelle heure ce soir ? » after closing: closed for today, the next opening (Monday 8:30)', () => {
    const answer = hoursAnswerFor(service('mairie'), parseInfoQuery('la mairie ferme a quelle heure ce soir ?'), FRIDAY_NIGHT);
    expect(answer).toMatchObject({ kind: 'bound', bound: 'closes', day: '2026-12-04', closedNow: true, next: { day: '2026-12-07', opensAt: '08:30' } });
    expect(answer.kind === 'bound' && answer.time).toBeFalsy();
  });

  it('the same question in the afternoon: the day\'s closing time', () => {
    const answer = hoursAnswerFor(service('mairie'), parseInfoQuery('la mairie ferme a quelle heure ce soir ?'), WEDNESDAY_AFTERNOON);
    expect(answer).toMatchObject({ kind: 'bound', bound: 'closes', day: '2026-11-18', time: '17:30' });
    expect(answer.kind === 'bound' && answer.closedNow).toBeFalsy();
  });

  it('« ça ouvre à quelle heure demain »: tomorrow\'s first opening; a closed day: the next opening', () => {
    expect(hoursAnswerFor(service('mairie'), parseInfoQuery('la mairie ouvre à quelle heure demain'), WEDNESDAY_AFTERNOON)).toMatchObject({ kind: 'bound', bound: 'opens', day: '2026-11-19', time: '08:30' });
    const saturday = hoursAnswerFor(service('mairie'), parseInfoQuery('ça ouvre à quelle heure demain'), FRIDAY_NIGHT);
    expect(saturday).toMatchObject({ kind: 'bound', bound: 'opens', day: '2026-12-05', hours: { state: 'closed' }, next: { day: '2026-12-07', opensAt: '08:30' } });
  });

  it('« à quelle heure ouvre la régie ? » while it is open: open now, until its closing', () => {
    expect(hoursAnswerFor(service('regie'), parseInfoQuery('a quelle heure ouvre la régie ?'), WEDNESDAY_AFTERNOON)).toMatchObject({ kind: 'bound', bound: 'opens', openNow: true, time: '17:30' });
  });
  it('« il ferme a quelle heure le mercredi » on a Friday night: the coming Wednesday\'s closing time, not « closed for today »', () => {
    const answer = hoursAnswerFor(service('guichet_unique'), parseInfoQuery('il ferme a quelle heure le mercredi'), FRIDAY_NIGHT);
    expect(answer).toMatchObject({ kind: 'bound', bound: 'closes', day: '2026-12-09', time: '18:00' });
    expect(answer.kind === 'bound' && answer.closedNow).toBeFalsy();
  });
});

describe('« le soir »', () => {
  it('an opening that ends at 17:30 is not in the evening', () => {
    const answer = hoursAnswerFor(service('mairie'), parseInfoQuery('la mairie est ouverte ce soir ?'), WEDNESDAY_AFTERNOON);
    expect(answer).toMatchObject({ kind: 'part', part: 'evening', periods: [], next: { day: '2026-11-19', opensAt: '08:30' } });
  });
});

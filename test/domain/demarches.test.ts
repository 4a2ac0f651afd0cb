/** The démarches' rules: registration deadlines, ages, addresses in the commune, counts, the order of questions. */
import { ageOn, checkDay, electionCheck, eighteenth, fieldsFor, isAddressIn, nextField, oldEnoughToVote, parseCount, registrationDeadline } from '../../src/domain/demarches';

describe('electoral registration deadline (code électoral, art. L17: the sixth Friday before)', () => {
  it.each([
    ['2027-04-11', '2027-03-05'],
    ['2026-03-15', '2026-02-06'],
    ['2024-06-09', '2024-05-03'],
    ['2026-12-13', '2026-11-06'],
    // A first round on a Friday or a Saturday (overseas): still six Fridays strictly before.
    ['2027-04-09', '2027-02-26'],
    ['2027-04-10', '2027-03-05'],
  ])('for a first round on %s: %s', (firstRound, deadline) => {
    expect(registrationDeadline(firstRound)).toBe(deadline);
  });

  it('stands against the next election of the list, in Paris time', () => {
    const days = ['2027-04-11', '2026-12-13', '2026-03-15'];
    expect(electionCheck(days, new Date('2026-11-06T22:59:00Z'))).toEqual({ state: 'inTime', firstRound: '2026-12-13', deadline: '2026-11-06' });
    // 00:01 in Paris on 7 November: too late for December.
    expect(electionCheck(days, new Date('2026-11-06T23:01:00Z'))).toEqual({ state: 'tooLate', firstRound: '2026-12-13', deadline: '2026-11-06' });
    expect(electionCheck(days, new Date('2026-12-14T10:00:00Z'))).toMatchObject({ state: 'inTime', firstRound: '2027-04-11' });
    expect(electionCheck([], new Date())).toEqual({ state: 'noneKnown' });
  });
});

describe('ages and days', () => {
  it('counts whole years, birthdays included', () => {
    expect(ageOn('2008-11-18', '2026-11-18')).toBe(18);
    expect(ageOn('2008-11-19', '2026-11-18')).toBe(17);
    expect(eighteenth('2008-02-29')).toBe('2026-03-01');
  });

  it.each([
    ['2030-01-01', 'past', 'future'],
    ['1899-12-31', 'past', 'tooOld'],
    ['2010-05-01', 'adult', 'minor'],
    ['2008-11-18', 'adult', 'ok'],
    ['2012-01-01', 'past', 'ok'],
  ] as const)('%s as %s: %s', (day, rule, verdict) => {
    expect(checkDay(day, rule, '2026-11-18')).toBe(verdict);
  });

  it('lets someone register when 18 by the next election', () => {
    expect(oldEnoughToVote('2009-03-01', '2026-11-18', '2027-04-11')).toBe(true);
    expect(oldEnoughToVote('2009-05-01', '2026-11-18', '2027-04-11')).toBe(false);
    expect(oldEnoughToVote('2009-03-01', '2026-11-18')).toBe(false);
    expect(oldEnoughToVote('2008-01-01', '2026-11-18')).toBe(true);
  });
});

describe('answers', () => {
  it.each([
    ['1 rue de la Demo 78955 Carrières-sous-Poissy', true],
    ['1 rue de la Demo, CARRIERES SOUS POISSY', true],
    ['3 rue Verte 78955', true],
    ['10 rue de la Paix 75002 Paris', false],
    ['2 rue de Carrières 78300 Poissy', false],
  ])('« %s » is in Carrières-sous-Poissy: %s', (address, expected) => {
    expect(isAddressIn(address, 'Carrières-sous-Poissy', ['78955'])).toBe(expected);
  });

  it.each([
    ['2', 2],
    ['deux', 2],
    ['une', 1],
    ['aucun', 0],
    ['0', 0],
    ['21', undefined],
    ['beaucoup', undefined],
    // said in a few words, as by SMS
    ['2 enfants', 2],
    ['deux enfants', 2],
    ["il y en a 3", 3],
    ["j'en ai 2", 2],
    ['1 seul', 1],
    ['aucun enfant', 0],
    ["pas d'enfant", 0],
    ['2 ou 3', undefined],
    ['julie.durand@example.org', undefined],
    ['5 rue de la gare', undefined],
  ])('reads « %s » as %s', (typed, n) => {
    expect(parseCount(typed, 20)).toBe(n);
  });

  it('asks the host and the host\'s letter only of a hosted person', () => {
    expect(fieldsFor('address_change', { case: 'moved' }).map((f) => f.id)).not.toContain('host');
    expect(fieldsFor('address_change', { case: 'hosted' }).map((f) => f.id)).toEqual(expect.arrayContaining(['host', 'hostLetter']));
    expect(nextField('address_change', {})?.id).toBe('case');
    expect(nextField('family_booklet', { reason: 'lost', holder: 'yes', livesHere: 'yes', lastName: 'A', firstName: 'B', otherParent: null })?.id).toBe('marriageDay');
  });
});

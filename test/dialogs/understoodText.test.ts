/**
 * What was understood, said back: a period said as a range of calendar days (« les vacances de
 * Noël ») is said by its first and last day, not by a count that takes in weekends and holidays.
 */
import path from 'node:path';
import { formatDay, formatDays, understoodText } from '../../dialogs/understoodText';
import { addDays } from '../../src/domain/parisTime';
import { Texts } from '../../src/i18n';
import { ROOT } from '../support/harness';

const t = Texts.create(path.join(ROOT, 'locales')).for('fr');
const daysFrom = (first: string, count: number) => Array.from({ length: count }, (_, i) => addDays(first, i));

it('says a range of 16 calendar days without counting them (closed days are not booked)', () => {
  const text = formatDays(t, 'fr-FR', daysFrom('2026-12-19', 16));
  expect(text).toContain('19');
  expect(text).toContain('3');
  expect(text).not.toContain('16');
});

it('still counts days said one by one when there are many', () => {
  const mondays = ['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25', '2027-02-01', '2027-02-08'];
  expect(formatDays(t, 'fr-FR', mondays)).toContain('6');
});

it('says a start without its end as such (« à partir de lundi »), not that day alone', () => {
  const u = { intent: 'report_absence' as const, dates: ['2026-12-07'], activity: null, openStart: true };
  expect(understoodText(t, 'fr-FR', u)).toBe(t('understood.summary', { what: [t('understood.action.report_absence'), t('understood.fromDay', { day: formatDay(t, 'fr-FR', '2026-12-07') }), t('understood.needsEnd')].join(' ') }));
});

describe('days said one by one, each month once (an SMS is paid by its length)', () => {
  const en = Texts.create(path.join(ROOT, 'locales')).for('en');
  it.each([
    ['the same weekday', ['2027-11-04', '2027-11-11', '2027-11-18', '2027-11-25'], 'fr', 'les jeudis 4, 11, 18 et 25 novembre'],
    ['weekdays of their own', ['2027-01-11', '2027-01-12', '2027-01-14', '2027-01-15'], 'fr', 'les lundi 11, mardi 12, jeudi 14 et vendredi 15 janvier'],
    ['over two months', ['2026-11-30', '2026-12-01', '2026-12-03'], 'fr', 'les lundi 30 novembre, mardi 1er et jeudi 3 décembre'],
    ['in English', ['2027-11-04', '2027-11-11', '2027-11-18', '2027-11-25'], 'en', 'on Thursdays 4, 11, 18 and 25 November'],
  ])('%s', (_what, days, locale, said) => {
    expect(formatDays(locale === 'fr' ? t : en, locale === 'fr' ? 'fr-FR' : 'en', days)).toBe(said);
  });
});

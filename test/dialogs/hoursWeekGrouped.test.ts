/**
 * The week's hours: days in a row with the same hours said once (« lundi au vendredi : … », « lundi et mardi : … »),
 * in each language and on SMS; days apart with the same hours, or different hours, each on their own line.
 */
import path from 'node:path';
import { Texts } from '../../src/i18n';
import { weekHours } from '../../dialogs/hoursText';
import type { CommuneService } from '../../src/domain/types';
import { ROOT } from '../support/harness';

const texts = Texts.create(path.join(ROOT, 'locales'));
const FULL: Array<[string, string]> = [['08:30', '12:00'], ['13:45', '17:30']];
const MORNING: Array<[string, string]> = [['08:30', '12:00']];
const service = (hours: CommuneService['hours']) => ({ name: 'Mairie', hours }) as CommuneService;
/** The lines after the title. */
const lines = (text: string) => text.split('\n').slice(1);

describe('the week of opening hours', () => {
  it.each([
    ['fr', false],
    ['fr', true],
    ['en', false],
  ] as const)('%s (SMS %s): five days alike are one line', (locale, sms) => {
    const t = texts.for(locale, false, sms);
    const said = lines(weekHours(t, service({ mon: FULL, tue: FULL, wed: FULL, thu: FULL, fri: FULL })));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(t('info.daysRange', { from: t('weekday.mon'), to: t('weekday.fri') }));
  });

  it('days in a row grouped, days apart not; a weekday closed said, a weekend closed not', () => {
    const t = texts.for('fr');
    const said = lines(weekHours(t, service({ mon: FULL, tue: FULL, wed: MORNING, thu: FULL, fri: [], sat: MORNING })));
    expect(said).toHaveLength(5);
    expect(said[0]).toContain(t('info.daysPair', { from: t('weekday.mon'), to: t('weekday.tue') }));
    expect(said[1]?.startsWith(t('weekday.wed'))).toBe(true);
    expect(said[2]?.startsWith(t('weekday.thu'))).toBe(true);
    expect(said[3]).toBe(t('info.hoursDayClosed', { weekday: t('weekday.fri') }));
    expect(said[4]?.startsWith(t('weekday.sat'))).toBe(true);
  });
});

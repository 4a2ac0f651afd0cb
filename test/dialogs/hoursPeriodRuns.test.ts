/**
 * Hours asked for a period with days in a row closed for the same reason (the SEJ of Carrières-sur-Seine, closed
 * for its summer inventory from Monday 9 to Friday 13 August, and on 14 July): the run said once, as a range, not
 * day by day (it was five times « (fermeture estivale) », 595 characters by SMS); a day alone, or a day closed for
 * another reason, still said on its own. French and English.
 */
import { answerHours } from '../../src/domain/hoursAnswer';
import { hoursText } from '../../dialogs/hoursText';
import type { Commune, CommuneService } from '../../src/domain/types';
import { demoCommuneList } from '../support/demoCommunes';
import { startChat, type Chat } from '../support/harness';

const chats: Chat[] = [];
afterEach(() => {
  for (const c of chats.splice(0)) c.core.close();
});

const sej = (demoCommuneList().find((c) => c.id === 'carrieres-sur-seine') as Commune).services.find((s) => s.code === 'sej') as CommuneService;
const NOW = new Date('2027-06-01T10:00:00Z');
const count = (text: string, part: string): number => text.split(part).length - 1;

describe.each(['fr', 'en'] as const)('a period with days closed in a row (%s)', (locale) => {
  const texts = () => {
    const c = startChat({});
    chats.push(c);
    return c.core.texts.for(locale);
  };

  it('the summer: the inventory days said once, as a range; the 14th of July on its own', () => {
    const t = texts();
    const text = hoursText(t, locale, sej, answerHours(sej, { kind: 'period', from: '2027-07-05', to: '2027-08-31' }, NOW), NOW);
    expect(count(text, 'fermeture estivale')).toBe(1);
    expect(count(text, t('holiday.nationalDay'))).toBe(1);
  });

  it('a week with one day of the inventory: said as that day alone', () => {
    const t = texts();
    const text = hoursText(t, locale, sej, answerHours(sej, { kind: 'period', from: '2027-08-13', to: '2027-08-20' }, NOW), NOW);
    expect(count(text, 'fermeture estivale')).toBe(1);
  });
});

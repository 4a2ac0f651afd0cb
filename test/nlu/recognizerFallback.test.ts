/** The recognizer is consulted only for what our reader leaves, and only future single days come out. */
import { needsFallback, recognizeDays } from '../../src/nlu/recognizerFallback';
import { understand } from '../../src/nlu/understand';

describe('the recognizer fallback', () => {
  it('is needed only when a word our reader leaves remains', () => {
    expect(needsFallback('le lendemain')).toBe(true);
    expect(needsFallback('cantine pour lea')).toBe(false);
  });

  it('reads « le lendemain » as the next day, and nothing from words without a date', () => {
    expect(recognizeDays('le lendemain', '2026-11-23')).toEqual(['2026-11-24']);
    expect(recognizeDays('mon premier enfant', '2026-11-23')).toEqual([]);
  });

  it('is not consulted when our reader found the days, nor when the caller says not to', () => {
    expect(understand('cantine le lendemain', { today: '2026-11-23', fallback: false }).dates).toEqual([]);
    expect(understand('cantine le lendemain', { today: '2026-11-23' }).dates).toEqual(['2026-11-24']);
    expect(understand('cantine demain', { today: '2026-11-23' }).dates).toEqual(['2026-11-24']);
  });
});

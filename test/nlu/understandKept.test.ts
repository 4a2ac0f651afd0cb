/**
 * understand() keeps what a text says for the same text in the same context (read twice in a booking
 * turn, and the same words from other residents): the children named, the context and the recognizer's
 * readiness still count, and what a caller changes in its answer does not reach the next one.
 */
import type { RecognizedDate } from '../../src/nlu/recognizerFallback';
import { understand } from '../../src/nlu/understand';

const today = '2026-11-23';

describe('understand() read again', () => {
  it('names the children of each call, whatever was asked before for the same text', () => {
    const text = 'réserver la cantine le 7 et le 8 décembre pour Léa';
    const first = understand(text, { today });
    expect(first.child).toBeUndefined();
    const withChildren = understand(text, { today, children: ['Hugo', 'Léa'] });
    expect(withChildren).toMatchObject({ intent: first.intent, dates: ['2026-12-07', '2026-12-08'], child: 'Léa', children: ['Léa'] });
    expect(understand(text, { today, children: ['Hugo'] }).child).toBeUndefined();
  });

  it('reads again in another context: another day, another month on screen', () => {
    expect(understand('le 11', { today, month: '2027-01' }).dates).toEqual(['2027-01-11']);
    expect(understand('le 11', { today, month: '2027-02' }).dates).toEqual(['2027-02-11']);
    expect(understand('cantine demain', { today }).dates).toEqual(['2026-11-24']);
    expect(understand('cantine demain', { today: '2026-11-24' }).dates).toEqual(['2026-11-25']);
  });

  it('gives each caller its own answer: a change to one is not in the next', () => {
    const first = understand('cantine le 7 décembre', { today });
    first.dates.push('2030-01-01');
    first.intent = 'unknown';
    const again = understand('cantine le 7 décembre', { today });
    expect(again.dates).toEqual(['2026-12-07']);
    expect(again.intent).not.toBe('unknown');
  });

  it('asks the recognizer again when it was not ready the first time', () => {
    let ready = false;
    const asked: string[] = [];
    const recognizer = (text: string): RecognizedDate[] | undefined => {
      asked.push(text);
      return ready ? [{ typeName: 'datetimeV2.date', text: 'le lendemain', resolution: { values: [{ value: '2026-11-24' }] } }] : undefined;
    };
    expect(understand('cantine le lendemain', { today, recognizer }).dates).toEqual([]);
    ready = true;
    expect(understand('cantine le lendemain', { today, recognizer }).dates).toEqual(['2026-11-24']);
    expect(asked).toHaveLength(2);
  });
});

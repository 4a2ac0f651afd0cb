/** A reading kept for the last texts (src/nlu/lastReads.ts): read once per text, the oldest let go beyond the number kept. */
import { lastReads } from '../../src/nlu/lastReads';
import { detectIntent } from '../../src/nlu/intents';

it('reads a text once while it is kept, and again once let go', () => {
  const read = jest.fn((text: string) => text.length);
  const kept = lastReads(read, 2);
  expect([kept('a'), kept('bb'), kept('a'), kept('bb')]).toEqual([1, 2, 1, 2]);
  expect(read).toHaveBeenCalledTimes(2);
  kept('ccc');
  kept('a');
  expect(read).toHaveBeenCalledTimes(4);
});

it('gives the same intent asked again, with an activity named or not', () => {
  for (const text of ['je veux reserver la cantine', 'annule tout', 'mes factures']) {
    expect(detectIntent(text)).toBe(detectIntent(text));
    expect(detectIntent(text, true)).toBe(detectIntent(text, true));
  }
  expect(detectIntent('annule tout')).toBe('abort');
});

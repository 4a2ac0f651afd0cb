/**
 * Two values are told the same (dialogs/jsonEqual.ts) exactly when JSON writes them out to the same text: key order,
 * fields left out (undefined, functions, symbols), null in a list for them, numbers JSON cannot hold, -0, dates and
 * toJSON, boxed values; and a question's variant is compared without writing its card's data out.
 */
import type { Reply } from '../../cards/cardRenderer';
import { sameJson } from '../../dialogs/jsonEqual';
import { storedVariant } from '../../dialogs/storedPrompt';

const written = (v: unknown): string | undefined => JSON.stringify(v);

describe('sameJson', () => {
  const values: unknown[] = [
    'texte', '', '1', 1, 0, -0, 4.5, Number.NaN, Infinity, null, true, false, undefined, () => 1,
    [], [null], [undefined], [() => 1], [Symbol('s')], [1, 2], [2, 1], [Number.NaN], [[]], [{}],
    {}, { a: 1 }, { a: 1, b: 2 }, { b: 2, a: 1 }, { a: 1, b: undefined }, { z: undefined, a: 1 }, { a: 1, f: () => 1 },
    { a: Infinity }, { a: null }, { a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] }, { a: '1' },
    new Date(0), '1970-01-01T00:00:00.000Z', { toJSON: () => 'texte' }, { at: new Date(0) }, { at: '1970-01-01T00:00:00.000Z' },
    new Number(1), new String('texte'), new Boolean(true), new Map([[1, 2]]), new Set([1]),
    JSON.parse('{"__proto__": {"x": 1}}'), { ['__proto_' + '_']: 1 },
  ];

  it('says the same as comparing the JSON texts, for every pair', () => {
    for (const a of values) {
      for (const b of values) expect([a, b, sameJson(a, b)]).toEqual([a, b, written(a) === written(b)]);
      // A copy made through JSON, wherever JSON can write the value.
      if (written(a) !== undefined) expect(sameJson(a, JSON.parse(written(a) as string))).toBe(true);
    }
  });

  it('tells a nested difference anywhere in a card', () => {
    const card = { template: 'menu', data: { items: [{ id: 'book', label: 'Réserver', at: [1, 2, 3] }, { id: 'pay', label: 'Payer' }] } };
    const copy = JSON.parse(JSON.stringify(card)) as typeof card;
    expect(sameJson(card, copy)).toBe(true);
    (copy.data.items[0] as { at: number[] }).at[2] = 4;
    expect(sameJson(card, copy)).toBe(false);
  });

  it('compares a variant with its prompt without writing their cards out', () => {
    const card = { template: 'menu', data: { items: Array.from({ length: 8 }, (_, i) => ({ id: `t${i}`, label: `Tâche ${i}` })) } };
    const prompt: Reply = { text: 'Que voulez-vous faire ?', card };
    const stringify = jest.spyOn(JSON, 'stringify');
    try {
      const variant = storedVariant({ text: 'Je n’ai pas compris.', card: JSON.parse(JSON.stringify(card)) as Reply['card'] }, prompt);
      stringify.mockClear();
      expect(storedVariant({ text: 'Je n’ai pas compris.', card: structuredClone(card) }, prompt)).toEqual(variant);
      expect(stringify).not.toHaveBeenCalled();
      expect(variant).toEqual({ reply: { text: 'Je n’ai pas compris.' }, on: 'prompt' });
    } finally {
      stringify.mockRestore();
    }
  });
});

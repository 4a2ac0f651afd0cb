/**
 * The copy of a task's dialogs put aside (dialogs/jsonCopy.ts) is what JSON would write out and read back, whatever the
 * state holds: nested dialogs, undefined and functions left out (null in a list), numbers JSON cannot hold, dates,
 * objects with toJSON, a « __proto__ » key, boxed values; and it shares no object with what it copies.
 */
import { jsonCopy } from '../../dialogs/jsonCopy';

const roundTrip = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe('jsonCopy', () => {
  const samples: unknown[] = [
    [{ id: 'booking', state: { dialogs: { dialogStack: [{ id: 'p', state: { options: { prompt: { reply: { text: 'Quels jours ?', card: { template: 'calendar', data: { days: [1, 2] } } } } } } }] }, stepIndex: 0 } }],
    { a: undefined, b: () => 1, c: Symbol('s'), d: [undefined, () => 1, Symbol('t'), 3], e: Number.NaN, f: -0, g: Infinity, h: null },
    { at: new Date(0), custom: { toJSON: () => ({ said: 'x' }) }, boxed: [new Number(3), new String('s'), new Boolean(false)] },
    JSON.parse('{"__proto__": {"x": 1}, "y": [1, {"__proto__": 2}]}'),
    { map: new Map([[1, 2]]), set: new Set([1]), nested: [[[]], {}] },
    'texte',
    4.5,
    null,
  ];

  it('gives what a JSON round trip gives', () => {
    for (const v of samples) {
      const made = jsonCopy(v);
      expect(JSON.stringify(made)).toBe(JSON.stringify(roundTrip(v)));
      expect(made).toEqual(roundTrip(v));
    }
    const proto = jsonCopy(samples[3]) as Record<string, unknown>;
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(Object.keys(proto)).toEqual(['__proto__', 'y']);
  });

  it('shares no object with the value copied', () => {
    const v = samples[0] as Array<{ state: { dialogs: { dialogStack: unknown[] } } }>;
    const made = jsonCopy(v);
    made[0]!.state.dialogs.dialogStack.length = 0;
    expect(v[0]!.state.dialogs.dialogStack).toHaveLength(1);
  });

  it('throws where JSON.parse would', () => {
    expect(() => jsonCopy(undefined)).toThrow();
    expect(() => jsonCopy(10n)).toThrow();
  });
});

/**
 * Control and bidi-override characters: removed from what residents type, refused in e-mail addresses.
 * A text's fold kept: worked out once for a text folded again (each turn folds its message and the
 * options' labels many times), the same result; at most so many kept, long texts never.
 */
import { isEmail } from '../../src/domain/accounts';
import { hasControls, keptResults, normalize, stripControls, stripControlsDeep } from '../../src/domain/text';
import { fold } from '../../src/nlu/yesNo';

describe('control characters', () => {
  it.each([
    ['\u001b[2Jbonjour', '[2Jbonjour'],
    ['a\u0000b\u0007c\u007fd', 'abcd'],
    ['C1\u0085\u009b31m', 'C131m'],
    ['\u202eevil\u202c \u2066x\u2069', 'evil x'],
    ['deux\r\nlignes\rici', 'deux\nlignes\nici'],
    ['tab\tet\nligne', 'tab\tet\nligne'],
    ['Crème brûlée — « ok » 😀', 'Crème brûlée — « ok » 😀'],
  ])('strips %j', (typed, kept) => {
    expect(stripControls(typed)).toBe(kept);
    expect(hasControls(kept)).toBe(false);
  });

  it('cleans every string of a card value, keys included, and leaves the rest', () => {
    expect(stripControlsDeep({ 'a\u001b': ['x\u009b', 1, null, { y: 'z\u202e' }], ok: true })).toEqual({ a: ['x', 1, null, { y: 'z' }], ok: true });
    let deep: unknown = 'bottom\u001b';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(() => stripControlsDeep(deep)).not.toThrow();
  });

  it.each(['ana\u001b@example.org', 'ana@exam\u0085ple.org', '\u202eana@example.org', 'ana@example.org\u0000', 'ana@example.org\u2069'])('refuses the e-mail %j', (email) => {
    expect(isEmail(email)).toBe(false);
  });

  it('accepts an ordinary e-mail', () => {
    expect(isEmail(' Ana.Durand@Example.org ')).toBe(true);
  });
});

describe('results kept', () => {
  it('works a text out once, then gives the same result; at most `max` kept, a long text never', () => {
    const seen: string[] = [];
    const upper = keptResults((text) => {
      seen.push(text);
      return text.toUpperCase();
    }, 2);
    expect([upper('oui'), upper('non'), upper('oui'), upper('non')]).toEqual(['OUI', 'NON', 'OUI', 'NON']);
    expect(seen).toEqual(['oui', 'non']);
    // A third text: the kept ones let go, then kept anew.
    expect([upper('peut-être'), upper('oui'), upper('oui')]).toEqual(['PEUT-ÊTRE', 'OUI', 'OUI']);
    expect(seen).toEqual(['oui', 'non', 'peut-être', 'oui']);
    const long = 'x'.repeat(2001);
    upper(long);
    upper(long);
    expect(seen.filter((t) => t === long)).toHaveLength(2);
  });

  it.each([
    ['Écrivez-la comme 14/03/2019.', 'ecrivez la comme 14 03 2019'],
    ['Ouiiii, d’accord !', 'oui d accord'],
  ])('folds %j the same the second time', (text, folded) => {
    expect(fold(text)).toBe(folded);
    expect(fold(text)).toBe(folded);
    expect(normalize(text)).toBe(normalize(text));
  });
});

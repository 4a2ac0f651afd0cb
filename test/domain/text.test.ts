/** Control and bidi-override characters: removed from what residents type, refused in e-mail addresses. */
import { isEmail } from '../../src/domain/accounts';
import { hasControls, stripControls, stripControlsDeep } from '../../src/domain/text';

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

/**
 * The chat page's colour: white text on the commune's colour (header, the resident's bubbles, the
 * card's main button) and that colour on white (suggested answers) must read at 4.5:1 (WCAG AA).
 * A colour that does not is replaced by the default.
 */
import { DEFAULT_ACCENT, accentOf, contrastWithWhite } from '../../src/web/chatPageLook';
import type { Commune } from '../../src/domain/types';
import { demoCommuneList } from '../support/demoCommunes';

const DEMO_COMMUNES = demoCommuneList();
const commune = (accentColor?: string) => ({ id: 'x', name: 'X', accentColor }) as unknown as Commune;

it('measures contrast as WCAG does', () => {
  expect(contrastWithWhite('#000000')).toBeCloseTo(21, 1);
  expect(contrastWithWhite('#ffffff')).toBeCloseTo(1, 5);
  expect(contrastWithWhite('#0078d7')).toBeCloseTo(4.53, 1);
  expect(contrastWithWhite('#767676')).toBeCloseTo(4.54, 1);
});

it('keeps each demo commune\'s colour: all read at 4.5:1 at least', () => {
  const colours = DEMO_COMMUNES.map((c) => c.accentColor);
  expect(colours.filter(Boolean)).toHaveLength(3);
  for (const colour of colours) {
    expect(contrastWithWhite(colour as string)).toBeGreaterThanOrEqual(4.5);
    expect(accentOf(commune(colour))).toBe(colour);
  }
});

it('replaces a colour that is too light, malformed or missing by the default', () => {
  expect(contrastWithWhite(DEFAULT_ACCENT)).toBeGreaterThanOrEqual(7);
  expect(accentOf(commune('#7fb2ff'))).toBe(DEFAULT_ACCENT);
  expect(accentOf(commune('#888888'))).toBe(DEFAULT_ACCENT);
  expect(accentOf(commune('red'))).toBe(DEFAULT_ACCENT);
  expect(accentOf(commune(undefined))).toBe(DEFAULT_ACCENT);
  expect(accentOf(undefined)).toBe(DEFAULT_ACCENT);
});

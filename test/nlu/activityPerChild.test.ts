/** Each child's own activity in one message (src/nlu/activityPerChild.ts): a correction « pas … » takes one back, nothing else. */
import { activityPerChild, correctsActivity } from '../../src/nlu/activityPerChild';

const NAMES = ['Léa', 'Hugo'];

describe('activityPerChild', () => {
  it.each([
    ['inscrire Léa à la cantine et Hugo à la garderie le 8 janvier', { children: [{ name: 'Léa', activity: 'canteen' }, { name: 'Hugo', activity: 'care' }], corrected: false }],
    ['la cantine pour Léa et la garderie du soir pour Hugo', { children: [{ name: 'Léa', activity: 'canteen' }, { name: 'Hugo', activity: 'evening' }], corrected: false }],
    ['Léa et Hugo à la cantine le 8 janvier, non pas la cantine pour Hugo, la garderie', { children: [{ name: 'Léa', activity: 'canteen' }, { name: 'Hugo', activity: 'care' }], corrected: true }],
    ['non pas la cantine pour Hugo, la garderie', { children: [{ name: 'Hugo', activity: 'care' }], corrected: true }],
    ["non hugo c'est la garderie pas la cantine", { children: [{ name: 'Hugo', activity: 'care' }], corrected: true }],
    ['Hugo, pas à la cantine mais à la garderie', { children: [{ name: 'Hugo', activity: 'care' }], corrected: true }],
    ['book the canteen for Lea and the evening care for Hugo on January 8', { children: [{ name: 'Léa', activity: 'canteen' }, { name: 'Hugo', activity: 'evening' }], corrected: false }],
  ])('« %s »', (text, wanted) => {
    expect(activityPerChild(text, NAMES)).toEqual(wanted);
  });

  it.each([['réserver la cantine pour Léa et Hugo le 8 janvier'], ['réserver la cantine le 8 et le 9 janvier pour léa'], ['inscrire Léa et Hugo à la garderie'], ['pas le 8']])('« %s »: one activity, nothing corrected → undefined', (text) => {
    expect(activityPerChild(text, NAMES)).toBeUndefined();
  });

  it.each([['Hugo, pas à la cantine mais à la garderie'], ["c'est la garderie pas la cantine"], ['pas la cantine, la garderie du soir']])('« %s »: an activity corrected', (text) => {
    expect(correctsActivity(text)).toBe(true);
  });

  it.each([['pas le 14, il est à la cantine'], ['il ne sera pas à la cantine'], ['horaires de la garderie']])('« %s »: no activity corrected', (text) => {
    expect(correctsActivity(text)).toBe(false);
  });

  it('« pour hugo plutot la garderie »: one child, one activity, read when asked for (single)', () => {
    expect(activityPerChild('pour hugo plutot la garderie', NAMES)).toBeUndefined();
    expect(activityPerChild('pour hugo plutot la garderie', NAMES, true)).toEqual({ children: [{ name: 'Hugo', activity: 'care' }], corrected: false });
  });
});

/** The child corrected right after a booking: the child meant, the one not meant, or the other; never a child added. */
import { prepare } from '../../src/nlu/frenchText';
import { childSwap } from '../../src/nlu/childSwap';

const read = (text: string) => childSwap(prepare(text), ['Léa', 'Hugo']);

describe('the child corrected', () => {
  it.each([
    ["ah non c'était pour Hugo", { to: ['Hugo'], from: [] }],
    ['pardon, pour Hugo pas Léa', { to: ['Hugo'], from: ['Léa'] }],
    ['en fait c’est Hugo au lieu de Léa', { to: ['Hugo'], from: ['Léa'] }],
    ['je voulais dire Hugo', { to: ['Hugo'], from: [] }],
    ['oops I meant Hugo', { to: ['Hugo'], from: [] }],
    ["c'est pas le bon enfant", { other: true }],
    ["c'est pour l'autre", { other: true }],
    ["mince je me suis trompée, la cantine c'était pour Hugo !", { to: ['Hugo'], from: [] }],
    ['dsl c pr Hugo', { to: ['Hugo'], from: [] }],
    // « non » starting the correction is not « not Hugo »; « et non Léa » is.
    ['non non Hugo pas Léa', { to: ['Hugo'], from: ['Léa'] }],
    ['non Hugo', { to: ['Hugo'], from: [] }],
    ['pour Hugo et non Léa', { to: ['Hugo'], from: ['Léa'] }],
  ])('« %s » → %j', (text, swap) => {
    expect(read(text)).toEqual(swap);
  });

  it.each([
    'et Hugo aussi', 'pareil pour Hugo', 'Hugo', 'non pas Léa', 'merci', 'non et Hugo ?',
    // A sentence about the other child, with a word that may start a correction: no correction.
    "merci c'est super, Hugo sera content", 'non merci, Hugo est déjà inscrit', "c'est parfait merci. Hugo a une sortie scolaire",
    "pardon, Hugo est inscrit ?", "c'est bon pour Hugo ?", "non c'est bon Hugo reste à la maison", "Hugo n'est pas inscrit c'est normal ?",
    "ok et pour Hugo c'est combien ?", "Hugo c'est mercredi qu'il a piscine",
  ])('« %s » is none', (text) => {
    expect(read(text)).toBeUndefined();
  });
});

/**
 * prepare() keeps the texts it prepared lately (a turn prepares the same message several times): what it
 * returns is the same whether the text was prepared before or not, also once the kept ones are dropped.
 */
import { prepare } from '../../src/nlu/frenchText';

const SAMPLES = ['Je voudrais réserver la cantine pour Léa le 7 décembre', 'c koi le delai pr annuler ?', 'lun mar jeu', 'next monday please', 'le trois décembre', ''];

it('gives the same prepared text the first time, again, and after many other texts', () => {
  const first = SAMPLES.map(prepare);
  expect(first[0]).toBe('je voudrais reserver la cantine pour lea le 7 decembre');
  expect(SAMPLES.map(prepare)).toEqual(first);
  for (let i = 0; i < 600; i += 1) expect(prepare(`message ${i} pour Hugo`)).toBe(`message ${i} pour hugo`);
  expect(SAMPLES.map(prepare)).toEqual(first);
});

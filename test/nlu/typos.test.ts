import { correctWord, oneSlipApart } from '../../src/nlu/typos';

describe('typing slips', () => {
  it.each([
    ['cantine', 'cantnie', true], // two letters swapped
    ['reserver', 'resrver', true], // a letter missing
    ['facture', 'factuure', true], // a letter added
    ['mardi', 'marci', true], // a letter changed
    ['cantine', 'cantine', true],
    ['reserver', 'rserevr', false],
    ['mardi', 'mai', false],
  ])('%s / %s one slip apart: %s', (a, b, expected) => {
    expect(oneSlipApart(a, b)).toBe(expected);
    expect(oneSlipApart(b, a)).toBe(expected);
  });

  it.each([
    ['resrver', 'reserver'],
    ['cantnie', 'cantine'],
    ['facure', 'facture'],
    ['mecredi', 'mercredi'],
    ['decmbre', 'decembre'],
  ])('corrects %s to %s', (typed, word) => {
    expect(correctWord(typed)).toBe(word);
  });

  it.each(['entre', 'martin', 'passer', 'repos', 'mange', 'lea', 'tom', '12345', 'bonjour'])('leaves « %s » alone', (word) => {
    expect(correctWord(word)).toBe(word);
  });
});

describe('a slip that sounds like one of two near words', () => {
  it('« absense » is « absence » (it sounds so), not « absente »', () => {
    expect(correctWord('absense')).toBe('absence');
    expect(correctWord('absente')).toBe('absente');
  });
});

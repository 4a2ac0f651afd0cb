/** Thanks and goodbyes alone are closings; a request with thanks in it is not. */
import { closingAtQuestion, isClosing } from '../../src/nlu/closing';

describe('a closing', () => {
  it.each(['merci', 'Merci !', 'ok merci c tout', 'au revoir', 'merci au revoir', 'Merci beaucoup, bonne journée', 'non merci', 'non merci ça ira', "c'est tout merci", 'merci pour votre aide', 'thanks, bye', 'Merci madame, bonne soirée', 'super merci bcp', 'rien d autre, merci', 'c ok merci', "c'est ok merci", 'c bon merci', 'merci c parfait', 'merci beaucoup vous êtes super', 'Merci, vous êtes très gentille !', 'merci vous m avez bien aidé', "thanks, you've been very helpful", 'super merci, c était très utile'])('« %s » is one', (text) => {
    expect(isClosing(text)).toBe(true);
  });

  it.each(['', 'ok', 'non', 'bonjour', 'merci de supprimer la cantine du 11 décembre', 'merci, et les horaires de la mairie ?', 'merci mais je veux annuler', 'au revoir Léa sera absente demain', 'bonne journée à la cantine pour Hugo', 'vous êtes super lents', 'merci, c est super compliqué votre site'])('« %s » is not', (text) => {
    expect(isClosing(text)).toBe(false);
  });
});

describe('heard, nothing asked', () => {
  it.each(['ok', "d'accord", 'bon ok', 'ah ok', 'ok ça marche', "ah d'accord", 'ok c est noté', 'bon tant pis', 'ok ok', 'compris', 'ok top'])('« %s » at a question: heard', (text) => {
    expect(closingAtQuestion(text)).toBe('ack');
  });

  it.each(['ah bon', 'ok pour le 12', 'bon je veux annuler', 'ok mais la cantine ?', 'non tant pis'])('« %s » is not only heard', (text) => {
    expect(closingAtQuestion(text)).not.toBe('ack');
  });
});

describe('emoji alone', () => {
  it.each([['🙏', 'thanks'], ['👍', 'ack'], ['👍🏽', 'ack'], ['👌', 'ack'], ['ok 👍', 'ack'], ['😡', undefined], ['❤️', undefined]])('« %s » at a question: %s', (text, meant) => {
    expect(closingAtQuestion(text)).toBe(meant);
  });

  it('🙏 alone is a closing (thanks); 👍 alone is not one', () => {
    expect(isClosing('🙏')).toBe(true);
    expect(isClosing('👍')).toBe(false);
  });
});

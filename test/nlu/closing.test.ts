/** Thanks and goodbyes alone are closings; a request with thanks in it is not. */
import { isClosing } from '../../src/nlu/closing';

describe('a closing', () => {
  it.each(['merci', 'Merci !', 'ok merci c tout', 'au revoir', 'merci au revoir', 'Merci beaucoup, bonne journée', 'non merci', 'non merci ça ira', "c'est tout merci", 'merci pour votre aide', 'thanks, bye', 'Merci madame, bonne soirée', 'super merci bcp', 'rien d autre, merci', 'c ok merci', "c'est ok merci", 'c bon merci', 'merci c parfait'])('« %s » is one', (text) => {
    expect(isClosing(text)).toBe(true);
  });

  it.each(['', 'ok', 'non', 'bonjour', 'merci de supprimer la cantine du 11 décembre', 'merci, et les horaires de la mairie ?', 'merci mais je veux annuler', 'au revoir Léa sera absente demain', 'bonne journée à la cantine pour Hugo'])('« %s » is not', (text) => {
    expect(isClosing(text)).toBe(false);
  });
});

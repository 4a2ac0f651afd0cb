/** What is not people's names where names are asked: an e-mail (kept by the caller), a date, a phone number, too few letters. */
import { checkNames, unknownParent } from '../../src/nlu/namesAnswer';

const TODAY = '2026-12-03';

it.each(['Jean Dupont et Marie Martin', 'inconnu', 'Ahmed Benali, Fatima Benali', 'Li Wei et Zhang Min', 'Jean Dupont né le 3 mars 1960 et Marie Martin', 'Françoise et Marc Durand'])('« %s » are names', (text) => {
  expect(checkNames(text, TODAY)).toBe('ok');
});

it.each(['marie.durand@example.org', "mon mail c'est marie@exemple.fr"])('« %s » is an e-mail', (text) => {
  expect(checkNames(text, TODAY)).toBe('email');
});

it.each(['12/03/1988', 'le 12 mars 1988', '06 12 34 56 78', '0612345678', '78', 'ok', 'marie@', 'a@b@c', 'oui', 'non', "d'accord", 'Ouais', '4 allée des Tilleuls 78955 Carrières-sous-Poissy'])('« %s » is not names', (text) => {
  expect(checkNames(text, TODAY)).toBe('notNames');
});

describe('a parent said unknown', () => {
  it.each([['inconnu', 'all'], ['Inconnus', 'all'], ['parents inconnus', 'all'], ['père inconnu', 'some'], ['Aminata Sow, père inconnu', 'some'], ['Sow Aminata et père inconnu', 'some']])('« %s » → %s', (text, expected) => {
    expect(unknownParent(text)).toBe(expected);
  });

  it.each(['je sais pas', 'Jean Dupont et Marie Martin'])('« %s » says no parent unknown', (text) => {
    expect(unknownParent(text)).toBeUndefined();
  });
});

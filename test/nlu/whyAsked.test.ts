/** « pourquoi ? » at a question, with its slips; « c quoi la diff ? » at a choice; « pourquoi pas » at a yes/no question is a yes. */
import { asksDifference, asksWhy } from '../../src/nlu/whyAsked';
import { recognizeYesNo } from '../../src/nlu/yesNo';

describe('asksWhy', () => {
  it.each(['pourquoi ?', 'Pourquoi', 'pourqoi', 'porquoi ?', 'pourkoi', 'pk ?', 'pq', 'c pour quoi', "c'est pour quoi ?", 'ça sert à quoi', 'a quoi ca sert ?', "c'est obligatoire ?", 'pourquoi vous demandez ça', 'why?'])('« %s » asks why', (text) => {
    expect(asksWhy(text)).toBe(true);
  });

  it.each(['oui', 'non', 'Moreau', 'pour qui ?', 'je sais pas', 'Poissy (78)', 'plus tard'])('« %s » does not', (text) => {
    expect(asksWhy(text)).toBe(false);
  });
});

describe('asksDifference', () => {
  it.each(['c quoi la diff ?', "c'est quoi la différence ?", 'quelle difference', 'la diff entre les deux ?', "what's the difference?"])('« %s » asks what tells the options apart', (text) => {
    expect(asksDifference(text)).toBe(true);
  });

  it.each(['une adresse différente', 'oui', '2', 'divorce', 'difficile'])('« %s » does not', (text) => {
    expect(asksDifference(text)).toBe(false);
  });
});

describe('« pourquoi pas » at a yes/no question', () => {
  it.each(['pourquoi pas', 'oui pourquoi pas', 'ok, pourquoi pas !'])('« %s » is a yes', (text) => {
    expect(recognizeYesNo(text)).toEqual({ answer: 'yes', rest: '' });
  });
});

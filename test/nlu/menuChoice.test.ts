/** Which main-menu item a message chose: a card button, a number, a label or words close to it. */
import path from 'node:path';
import { readLocaleFile } from '../../src/i18n';
import { MENU_ITEMS, matchMenuChoice } from '../../src/nlu/menuChoice';

const LOCALES = path.resolve(__dirname, '../../locales');
const fr = readLocaleFile(LOCALES, 'fr');
const en = readLocaleFile(LOCALES, 'en');

/** The items whose label has no placeholder (the family key's names the commune's key). */
const LABELLED = MENU_ITEMS.filter((id) => id !== 'familyKey');

describe('matchMenuChoice', () => {
  it('leaves numbers to the options shown (dialogs/menu.ts)', () => {
    for (const n of ['1', '3', '6', '9']) expect(matchMenuChoice(n, undefined)).toBeUndefined();
  });

  describe('by label, as the card and the text list show it', () => {
    it.each(LABELLED.map((id) => [fr[`menu.item.${id}`] as string, id]))('French « %s » → %s', (label, id) => {
      expect(matchMenuChoice(label, undefined)).toBe(id);
      expect(matchMenuChoice(label.toUpperCase(), undefined)).toBe(id);
    });

    it.each(LABELLED.map((id) => [en[`menu.item.${id}`] as string, id]))('English « %s » → %s', (label, id) => {
      expect(matchMenuChoice(label, undefined)).toBe(id);
    });
  });

  describe('by words close to an item (accents, capitals, plurals left out)', () => {
    it.each([
      ['MES FACTURES', 'invoices'],
      ['mes facture', 'invoices'],
      ['je veux payer ma facture', 'invoices'],
      ['reserver', 'booking'],
      ['Réservation cantine', 'booking'],
      ['la garderie', 'booking'],
      ['demarches', 'requests'],
      ['un acte de naissance', 'requests'],
      ['HORAIRES', 'info'],
      ['infos', 'info'],
      ['connexion', 'signIn'],
      ['creer un compte', 'createAccount'],
    ])('« %s » → %s', (text, item) => {
      expect(matchMenuChoice(text, undefined)).toBe(item);
    });
  });

  describe('by card submit value', () => {
    it.each(MENU_ITEMS.map((id) => [id]))('{ menu: %s }', (id) => {
      expect(matchMenuChoice(undefined, { menu: id })).toBe(id);
    });

    it('takes the button over whatever text comes with it', () => {
      expect(matchMenuChoice('1', { menu: 'invoices' })).toBe('invoices');
      expect(matchMenuChoice('', { menu: 'info' })).toBe('info');
    });

    it.each([
      ['an unknown item', { menu: 'drop table' }],
      ['the right word in capitals', { menu: 'INVOICES' }],
      ['a property of every object', { menu: 'toString' }],
      ['a number', { menu: 4 }],
      ['null', { menu: null }],
      ['another key', { choice: 'invoices' }],
      ['a bare string', 'invoices'],
      ['null value', null],
      ['an array', ['invoices']],
    ])('ignores %s', (_what, value) => {
      expect(matchMenuChoice(undefined, value)).toBeUndefined();
    });

    it('falls back to the text when the submit value is not an item', () => {
      expect(matchMenuChoice('infos', { menu: 'nope' })).toBe('info');
    });
  });

  describe('nothing, rather than a guess', () => {
    it.each([
      ['no text at all', undefined],
      ['empty text', ''],
      ['unrelated words', 'xyzzy'],
      ['a greeting', 'bonjour'],
      ['words of two items (invoices and booking)', 'facture cantine'],
      ['words of two items (info and booking)', 'infos cantine'],
      ['words of two items (invoices and booking)', 'payer la cantine'],
      ['a bare « annuler » (a command, not an item)', 'annuler'],
    ])('for %s', (_what, text) => {
      expect(matchMenuChoice(text, undefined)).toBeUndefined();
    });
  });
});

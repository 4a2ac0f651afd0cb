/**
 * French articles around the values put in a text: « de » + « le CCAS » is « du CCAS » (and « des », « au », « aux »);
 * « le » + several days is « les 11 et 12 janvier ». On the locale texts that take such values; English untouched.
 */
import path from 'node:path';
import { frenchArticles, Texts } from '../src/i18n';
import { ROOT } from './support/harness';

const texts = Texts.create(path.join(ROOT, 'locales'));
const fr = texts.for('fr');

describe('French articles', () => {
  it.each([
    ['ccas', 'du CCAS'],
    ['technical', 'des services techniques'],
    ['urbanisme', "de l'urbanisme"],
    ['police', 'de la police municipale'],
  ])('« les coordonnées de » + the %s: %s', (code, expected) => {
    const said = fr('info.otherNotHeld', { service: fr(`info.otherName.${code}`), commune: 'Carrières-sous-Poissy' });
    expect(said).toContain(expected);
    expect(said).not.toMatch(/\bde les? /);
  });

  it('« le » + several days is « les »; one day stays « le »', () => {
    expect(fr('booking.confirm.added', { name: 'Léa', days: '11 et 12 janvier' })).toContain('les 11 et 12 janvier');
    expect(fr('booking.confirm.added', { name: 'Léa', days: '30 novembre, 1 et 2 décembre' })).toContain('les 30 novembre, 1 et 2 décembre');
    expect(fr('booking.confirm.added', { name: 'Léa', days: '11 janvier' })).toContain('le 11 janvier');
    expect(fr('absence.noneBooked', { name: 'Léa', days: '11 janvier' })).not.toContain('les 11');
  });

  it.each([
    ['Hôtel de Ville (accueil central)', "Horaires de l'Hôtel de Ville (accueil central)"],
    ['Service État-civil', 'Horaires du Service État-civil'],
    ['Régie centrale', 'Horaires de la Régie centrale'],
    ['Guichet unique (Espace Victor Hugo)', 'Horaires du Guichet unique (Espace Victor Hugo)'],
    ['Services techniques', 'Horaires des Services techniques'],
    ['la mairie', 'Horaires de la mairie'],
    ['Carrières-sous-Poissy', 'Horaires de Carrières-sous-Poissy'],
  ])('a service named as written (« %s »): « %s »', (service, expected) => {
    expect(fr('info.hoursWeek', { service })).toContain(expected);
  });

  it('a service\'s article is never put before a commune\'s name', () => {
    expect(fr('info.notHeld', { service: 'la mairie', commune: 'Carrières-sous-Poissy' })).toContain('de Carrières-sous-Poissy');
  });

  it('the values themselves are left as given; English untouched', () => {
    const params = { service: 'le CCAS' };
    expect(frenchArticles('de {{service}}', params)[1]).toMatchObject(params);
    const named = { service: 'Hôtel de Ville' };
    expect(frenchArticles('de {{service}}', named)[1]).toMatchObject(named);
    expect(texts.for('en')('info.hoursWeek', named)).not.toContain("l'Hôtel");
    expect(texts.for('en')('info.otherNotHeld', { service: 'the CCAS', commune: 'X' })).toContain('the CCAS');
  });
});

describe('French elision before a value', () => {
  it.each([
    ['Inès', "L'absence d'Inès"],
    ['Hugo', "L'absence d'Hugo"],
    ['Émile', "L'absence d'Émile"],
    ['Yves', "L'absence d'Yves"],
    ['Léa', "L'absence de Léa"],
    ['Yanis', "L'absence de Yanis"],
    ['Léa et Inès', "L'absence de Léa et Inès"],
  ])('« de » + %s: « %s »', (name, expected) => {
    expect(fr('absence.saved', { name })).toContain(expected);
  });

  it('every text with « de » before a child, a person, a month or a commune elides it; SMS texts too; English untouched', () => {
    expect(fr('booking.basket.childOwnActivities', { names: 'Inès', activities: 'Cantine' })).toContain("d'Inès");
    expect(fr('booking.calendar.hintText', { month: 'avril' })).toContain("d'avril");
    expect(fr('menu.sameCommune', { commune: 'Andrésy' })).toContain("d'Andrésy");
    expect(texts.for('fr', false, true)('absence.saved', { name: 'Inès' })).not.toMatch(/\bde Inès/);
    expect(fr('info.hoursWeek', { service: 'Hôtel de Ville' })).toContain("de l'Hôtel de Ville");
    expect(texts.for('en')('absence.saved', { name: 'Inès' })).toContain('Inès');
  });
});

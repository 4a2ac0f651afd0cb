import { parseInfoQuery } from '../../src/nlu/infoQuery';

describe('practical questions', () => {
  it.each([
    ['Quels sont les horaires de la régie le mercredi ?', { service: 'regie', weekday: 'wed', wants: 'hours' }],
    ['horaires regie mercredi', { service: 'regie', weekday: 'wed', wants: 'hours' }],
    ['Est-ce que la mairie est ouverte maintenant ?', { service: 'mairie', when: 'now', wants: 'openNow' }],
    ['est-ce ouvert maintenant', { when: 'now', wants: 'openNow' }],
    ["c'est ouvert aujourd'hui ?", { when: 'today', wants: 'openNow' }],
    ['la régie ouvre à quelle heure demain', { service: 'regie', when: 'tomorrow', wants: 'hours' }],
    ['numéro de téléphone du guichet unique', { service: 'guichet_unique', wants: 'contact' }],
    ["comment joindre l'état civil", { service: 'etat_civil', wants: 'contact' }],
    ["adresse de l'hôtel de ville", { service: 'mairie', wants: 'address' }],
    ['où est le service état civil', { service: 'etat_civil', wants: 'address' }],
    ["adresse mail de la régie", { service: 'regie', wants: 'contact' }],
    ["horaires de l'accueil du soir", { service: 'periscolaire', wants: 'hours' }],
    ['horaires du SEJ le lundi', { service: 'sej', weekday: 'mon', wants: 'hours' }],
    ['horaires pour la clé enfance', { service: 'inscriptions', wants: 'hours' }],
    ['HORAIRES', { wants: 'hours' }],
  ])('« %s »', (text, expected) => {
    expect(parseInfoQuery(text)).toEqual(expected);
  });

  it('reads « demain » but not « après-demain » as tomorrow', () => {
    expect(parseInfoQuery('ouvert demain ?').when).toBe('tomorrow');
    expect(parseInfoQuery('ouvert après-demain ?').when).toBeUndefined();
  });
});

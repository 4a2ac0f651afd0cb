/** Names said for a booking or an absence that are none of the family's children (src/nlu/unknownChildNames.ts). */
import { unknownChildNames } from '../../src/nlu/unknownChildNames';

const KNOWN = ['Léa', 'Hugo'];

describe('unknownChildNames', () => {
  it.each([
    ['inscrire lucas à la cantine lundi', ['Lucas']],
    ['inscrire Léa et Lucas à la cantine jeudi', ['Lucas']],
    ['réserver la garderie pour Tom mardi', ['Tom']],
    ['Lucas sera absent lundi', ['Lucas']],
    ['lucas a la cantine lundi', ['Lucas']],
    ['je veux inscrire ma fille Emma au centre de loisirs', ['Emma']],
    ['mettre Jade à la garderie le soir', ['Jade']],
    ['ajoute lucas', ['Lucas']],
    ['et lucas aussi', ['Lucas']],
    ['ajoute lucas le 17', ['Lucas']],
    ['et lucas le 24', ['Lucas']],
  ])('« %s » → %j', (text, names) => expect(unknownChildNames(text, KNOWN)).toEqual(names));

  it.each([
    'inscrire Léa et Hugo à la cantine lundi et mardi',
    'inscrire mon fils à la cantine',
    'reserver cantinne lea le 12 janvier',
    'réserver la garderi pour hugo',
    'inscrire a la cantin le 12',
    'réserver la cantine pour lundi',
    'réserver pour le 8 et le 9 janvier',
    'réserver pour janvier et février',
    'pour les deux',
    'pour elle et son frère',
    'Elle sera absente demain',
    'je ne veux plus la cantine',
    'inscription à la cantine pour Léa',
    'reserver cantine mardi pour hugo et lea',
    'hugp à la cantine',
    'réserver mercredi pour mes enfants',
    'c quoi mes enfants inscrits',
    'ajoute le 12',
    'et le 14 aussi',
    'ah et lea aussi le jeudi',
    'euh et hugo le mardi',
    'oh and lea too on thursday',
    'et aussi la garderie du soir pour hugo les memes jours',
    'et aussi le 14',
    'ou aussi le mardi',
    'and also the evening care for hugo',
    "bonjour c'est pour signaler une absence",
    'pour déclarer une absence de ma fille',
    'pour prévenir que ma fille sera absente',
    'pour envoyer un certificat',
    'lea aussi',
    'ajoute mardi',
    'rajoute hugo',
    'et sinon le 24',
    'et hugo le 24',
    'et le 24',
  ])('« %s »: no unknown name', (text) => expect(unknownChildNames(text, KNOWN)).toEqual([]));
});

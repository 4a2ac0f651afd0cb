/**
 * False dates, numbers: in messages that book, cancel or report an absence, numbers that are no days (clock times, a temperature,
 * an amount, an age or a class, a count, a reference, an address, a phone, a room or a bus, a percentage, « 1 fois sur 2 ») give
 * no day; the days really asked beside them are still read.
 * Today: Monday 7 December 2026 (Noël holidays from Saturday 19 December).
 */
import { checkDates, type DatesRow } from '../support/nluRows';

jest.setTimeout(30_000);

const T = '2026-12-07';
const dec = (...dom: number[]) => dom.map((d) => `2026-12-${String(d).padStart(2, '0')}`);
const rows = (list: [string, string[]][]): DatesRow[] => list.map(([text, dates]) => [text, T, dates]);

describe('clock times', () => {
  checkDates(rows([
    ['garderie demain à 8h30', dec(8)],
    ['je le dépose à 8 h 30 demain, garderie matin svp', dec(8)],
    ['garderie du soir jeudi jusqu a 18h15', dec(10)],
    ['accueil matin vers 7h le 15', dec(15)],
    ['garderie le 15 de 16 h 30 à 18 h 30', dec(15)],
    ['garderie soir svp je finis a 18 h', []],
    ['besoin garderie matin, je commence a 7 h 15', []],
    ["je travaille jusqu'à 19 heures, garderie du soir le 14", dec(14)],
    ['garderie a 7h45 le mardi 15', dec(15)],
    ['pas de cantine, il sort à 11 h 45', []],
    ['absent de 10h à 12h jeudi pour orthophoniste', dec(10)],
    ['garderie 18h15 le 10', dec(10)],
    ['garderie vers 7h demain matin', dec(8)],
    ['je serai là à 8h15, pas besoin de garderie mardi', dec(8)],
    ['pick up at 5:30 tomorrow, book the evening club please', dec(8)],
    ['I finish work at 6.30 pm, after school club on Thursday', dec(10)],
    ['garderie soir le 16 jusqu a 18 h 45 stp', dec(16)],
    ['je le recupere a 16 30 ce soir', dec(7)],
    ['garderie du matin à 7.30 le 17', dec(17)],
    ['accueil matin 7h30 svp', []],
  ]));
});

describe('a temperature, a symptom', () => {
  checkDates(rows([
    ['il a 39 de fièvre, absent aujourd hui', dec(7)],
    ['elle a 38,5 ce matin elle reste a la maison', dec(7)],
    ['fièvre à 39 il ira pas à l école demain', dec(8)],
    ['mon fils a 38.5 de temperature, pas de cantine demain', dec(8)],
    ['il a 39,2 pas d ecole', []],
    ['elle a 39 de fievre', []],
    ['Léa a 38.7, je la garde', []],
    ['fievre 39 absent', []],
    ['il est a 40 de fievre je le garde a la maison', []],
    ['39.5 de fievre il reste au lit', []],
    ['my son has a 39 fever, he will miss school tomorrow', dec(8)],
    ['il a de la fievre 38 5 absent jeudi', dec(10)],
  ]));
});

describe('an amount', () => {
  checkDates(rows([
    ['cantine le 15 a 3,10 € c est ca ?', dec(15)],
    ['réserver la garderie à 45 euros le mois', []],
    ['cantine 3,10 euros le repas, je reserve jeudi', dec(10)],
    ['annuler la cantine du 14, ça fait 4,20 de moins', dec(14)],
    ['je veux annuler les repas, on m a preleve 45 euros', []],
    ['garderie 2,50 la séance, inscrire jeudi', dec(10)],
    ['le repas est a 4,50 je veux annuler le 16', dec(16)],
    ['annulez la cantine, 45 € c est trop cher', []],
    ['cantine a 3.10 pour demain ?', dec(8)],
    ['la garderie a 1,80 le soir, inscrire Tom le 17', dec(17)],
    ['annuler la cantine 45 balles par mois c est trop', []],
    ['lunch is 3.10 a day? book Thursday', dec(10)],
  ]));
});

describe('an age, a class', () => {
  checkDates(rows([
    ['inscrire mon fils de 6 ans à la cantine jeudi', dec(10)],
    ['ma fille en CE1 sera absente demain', dec(8)],
    ['mon fils en 5e mange pas a la cantine le 15', dec(15)],
    ['cantine pour ma fille de 4 ans', []],
    ['il est en 6e, inscrire au centre mercredi', dec(9)],
    ['mes enfants de 3 et 5 ans, garderie le 17', dec(17)],
    ['ma fille 8 ans absente vendredi', dec(11)],
    ['mon fils (10ans) cantine mardi', dec(8)],
    ['en 4eme il peut aller à l étude ?', []],
    ['inscription cantine fille 11 ans en 6ème', []],
    ['il est en 3e et sera absent', []],
    ['ma fille est en 2nde, absente le 10', dec(10)],
    ['my daughter is 7, book lunch on the 15th', dec(15)],
    ['he is in year 3, absent tomorrow', dec(8)],
    ['elle a 5 ans et demi, garderie le 14', dec(14)],
  ]));
});

describe('a count without a start', () => {
  checkDates(rows([
    ['il sera absent 3 jours', []],
    ['absente 2 jours', []],
    ['cantine pour 2 enfants jeudi', dec(10)],
    ['annuler 3 repas', []],
    ['garderie pour mes 3 enfants le 16', dec(16)],
    ['il manquera 5 jours, il part en classe verte', []],
    ['cantine pour les 2 garçons mardi', dec(8)],
    ['I have 2 kids, book lunch Thursday', dec(10)],
    ['absent for 3 days', []],
    ['il sera absent 3 jours a partir de demain', dec(8, 9, 10)],
    ['2 repas de plus jeudi', dec(10)],
    ['il va louper 4 jours de cantine', []],
  ]));
});

describe('a reference, an address, a phone number', () => {
  checkDates(rows([
    ['facture 2026-11 impayée, annuler cantine jeudi', dec(10)],
    ['ma demande 000123 pour absence le 10', dec(10)],
    ['ref 4587 absence demain', dec(8)],
    ['j ai la ref 123 pour la garderie du 16', dec(16)],
    ['réservation numéro 8 à annuler', []],
    ['annuler la réservation n°12', []],
    ['ticket n° 14 pour la cantine', []],
    ['nous habitons 12 rue Victor Hugo, inscrire Léa au centre mercredi', dec(9)],
    ['au 8 rue de la gare, absent demain', dec(8)],
    ['je suis au 3 bis rue des écoles', []],
    ['mon portable 07 12 13 14 15, absence demain', dec(8)],
    ['appelez le 01 39 22 36 00 pour annuler', []],
    ['call me on 07 81 22 33 44 about the friday booking', dec(11)],
    ['06 12 34 56 78 rappelez moi pour la cantine', []],
  ]));
});

describe('a room, a bus, a percentage, « 1 fois sur 2 »', () => {
  checkDates(rows([
    ['il prend le bus 12, garderie demain', dec(8)],
    ['salle 14, cantine jeudi', dec(10)],
    ['il est en classe 3 et sera absent le 15', dec(15)],
    ['le car n° 8 est en retard, garderie matin ce jeudi', dec(10)],
    ['la ligne 17 est en grève, il sera absent', []],
    ['bus 22 supprimé, absent demain', dec(8)],
    ['il est dans la salle 9 pour l étude', []],
    ['avec 20 % de remise, je réserve jeudi', dec(10)],
    ['tarif réduit 30% ? cantine demain', dec(8)],
    ['il a eu 15% de réduction, annulez la garderie', []],
    ['cantine 1 fois sur 2', []],
    ['il mange 1 jour sur 2 à la cantine', []],
    ['garde 1 week end sur 2, centre de loisirs', []],
    ['il vient 2 jours sur 4', []],
    ['garde alternée 1 semaine sur 2, cantine jeudi', dec(10)],
    ['une semaine sur 2 il est chez son père, pas de cantine', []],
  ]));
});

describe('days asked, still read', () => {
  checkDates(rows([
    ['réserver la cantine le 30', dec(30)],
    ['cantine le 15', dec(15)],
    ['absent le 10', dec(10)],
    ['garderie le 8 et le 9', dec(8, 9)],
    ['cantine le 15 à 12h', dec(15)],
    ['absente du 14 au 16 fievre 39', dec(14, 15, 16)],
    ['annuler la cantine le 17 svp 3 repas', dec(17)],
    ['le 11 garderie a 18h', dec(11)],
    ['garderie matin les 14 et 15 a 7h30', dec(14, 15)],
    ['cantine le 3 janvier', ['2027-01-03']],
  ]));
});

// Left (read otherwise today): the number is no day, but the intent is read as contact or family key, whose days are dropped: a day missed, not a false one.
describe('left', () => {
  it.skip.each<[string, string[]]>([
    ['dossier n° 27 cantine jeudi', dec(10)],
    ['numéro de dossier 45, absent le 15', dec(15)],
    ['cantine jeudi, adresse 15 avenue Foch 78955', dec(10)],
    ['mon adresse est 21 chemin des vignes, garderie le 14', dec(14)],
    ['rappelez moi au 06 45 12 33 10 pour la cantine du 10', dec(10)],
    ['tel 0612131415 garderie le 17', dec(17)],
  ])('« %s »', () => undefined);
});

/** The ways of telling days that set 58 showed misread in round 58, each fixed in general (variants beyond the set). */
import { checkReadings } from '../support/nluRows';

describe('« lundi 29 c\'est férié », « jeudi férié et vendredi pont », « l\'école fait le pont le vendredi 7 »: a day said closed beside the days asked is not asked', () => {
  checkReadings([
    ['cantine mardi 4 et mercredi 5 mai pr Anis, jeudi ferie et vendredi pont', '2027-04-26', 'book', ['2027-05-04', '2027-05-05'], 'canteen'],
    ['garderie soir lundi 10 et mardi 11 mai pr Lou, lundi 17 ferie', '2027-05-03', 'book', ['2027-05-10', '2027-05-11'], 'evening'],
    ['Bonjour, comme le lundi 17 mai est férié, pourriez-vous inscrire Tom à la cantine les mardi 18 et jeudi 20 mai ? Merci', '2027-05-03', 'book', ['2027-05-18', '2027-05-20'], 'canteen'],
    ['absent mardi 4 et mercredi 5 mai pr Lina, jeudi c est ferie', '2027-04-28', 'report_absence', ['2027-05-04', '2027-05-05'], null],
    ["l'école fait le pont le vendredi 7 mai, merci d'annuler la garderie du lundi 3 et du mardi 4", '2027-04-28', 'cancel_booking', ['2027-05-03', '2027-05-04'], null],
    // unchanged: the closed day alone is the day asked
    ['annulez la cantine jeudi 6 mai, c est ferie', '2027-04-28', 'cancel_booking', ['2027-05-06'], 'canteen'],
  ]);
});

describe('« mardi 30 et jeudi 1er avril », « les 30, 31 et 1er avril »: days listed across a month\'s turn before one month', () => {
  checkReadings([
    ['cantine mardi 30 et jeudi 1er avril pr Ayline', '2027-03-15', 'book', ['2027-03-30', '2027-04-01'], 'canteen'],
    ['cantine les 30, 31 et 1er avril pr Lou', '2027-03-15', 'book', ['2027-03-30', '2027-03-31', '2027-04-01'], 'canteen'],
    ['cantine jeudi 30 et vendredi 1er octobre pr Lou', '2027-09-20', 'book', ['2027-09-30', '2027-10-01'], 'canteen'],
    // unchanged: out of order in mid-month, both in the month said
    ['cantine le 15 et le 2 avril', '2027-03-15', 'book', ['2027-04-02', '2027-04-15'], 'canteen'],
  ]);
});

describe('« centre aéré juillet pr Hana: du 5 au 9 et du 19 au 23 »: ranges said after their month, the child between, are in that month', () => {
  checkReadings([
    ['centre aere juillet pr Hana: du 5 au 9 et du 19 au 23', '2027-05-21', 'book', ['2027-07-05', '2027-07-06', '2027-07-07', '2027-07-08', '2027-07-09', '2027-07-19', '2027-07-20', '2027-07-21', '2027-07-22', '2027-07-23'], 'holidays'],
    ['centre de loisirs juillet pour Tom du 12 au 16', '2027-05-21', 'book', ['2027-07-12', '2027-07-13', '2027-07-14', '2027-07-15', '2027-07-16'], 'holidays'],
    ['centre aere aout du 2 au 6, et du 16 au 20 pr Lina', '2027-05-21', 'book', ['2027-08-02', '2027-08-03', '2027-08-04', '2027-08-05', '2027-08-06', '2027-08-16', '2027-08-17', '2027-08-18', '2027-08-19', '2027-08-20'], 'holidays'],
  ]);
});

describe('« 38,9 ce matin », « 39 de fièvre cette nuit »: a temperature and when it was taken are no day', () => {
  checkReadings([
    ['Noe absent dmain, 38,9 ce matin', '2027-05-20', 'report_absence', ['2027-05-21'], null],
    ['Lina absente demain, 39 de fievre cette nuit', '2027-05-20', 'report_absence', ['2027-05-21'], null],
    // unchanged: today said as such
    ['absent aujourd hui et demain, 38.5 ce matin', '2027-05-20', 'report_absence', ['2027-05-20', '2027-05-21'], null],
    ['Tom absent ce matin, il a de la fievre', '2027-05-20', 'report_absence', ['2027-05-20'], null],
  ]);
});

describe('« demain, non après-demain plutôt, demain c\'est pizza », « lundi 24… en fait mardi 25, lundi il a foot »: the day taken back, said again with why, is not asked', () => {
  checkReadings([
    ['cantine demain pr Naim, non apres demain plutot, demain c pizza il aime pas lol', '2027-02-24', 'book', ['2027-02-26'], 'canteen'],
    ['etude demain, non apres demain, demain il a judo', '2027-02-24', 'book', ['2027-02-26'], 'study'],
    ['cantine jeudi 20 pr Lou, non vendredi 21, jeudi il mange chez mamie', '2027-05-14', 'book', ['2027-05-21'], 'canteen'],
    ['etude lundi 24 pr Yanis... en fait mardi 25, lundi il a foot a 17h', '2027-05-14', 'book', ['2027-05-25'], 'study'],
    ['etude lundi 24 pr Yanis en fait mardi 25', '2027-05-14', 'book', ['2027-05-25'], 'study'],
  ]);
});

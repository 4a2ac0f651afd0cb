/** The ways of telling days that sets 58 and 59 showed misread in round 59, each fixed in general (variants beyond the sets). */
import { checkReadings } from '../support/nluRows';

describe('« sauf le jeudi de l\'Ascension », « (sauf Pentecôte) », « sauf le lundi de Pâques »: the holiday set aside, not every such weekday', () => {
  checkReadings([
    ['etude tous les jeudis jusqu au 20 mai pr Sacha, sauf le jeudi de l ascension', '2027-04-27', 'book', ['2027-04-29', '2027-05-13', '2027-05-20'], 'study'],
    ['Bonjour, pourriez-vous inscrire Nina à la garderie du soir tous les lundis de mai, sauf le lundi de Pentecôte ? Merci', '2027-04-20', 'book', ['2027-05-03', '2027-05-10', '2027-05-24', '2027-05-31'], 'evening'],
    ['cantine ts les lundis jusqu au 14 juin pr Noa (sauf pentecote)', '2027-05-04', 'book', ['2027-05-10', '2027-05-24', '2027-05-31', '2027-06-07', '2027-06-14'], 'canteen'],
    ['garderie matin tous les lundis d avril sauf le lundi de paques', '2027-03-20', 'book', ['2027-04-05', '2027-04-12', '2027-04-19', '2027-04-26'], 'morning'],
    // unchanged: « l'Ascension » alone, a weekday alone every such weekday
    ['cantine tous les jeudis de mai sauf ascension pr Lou', '2028-04-03', 'book', ['2028-05-04', '2028-05-11', '2028-05-18'], 'canteen'],
    ['garderie soir les lundis et mardis de mars sauf les mardis', '2027-02-20', 'book', ['2027-03-01', '2027-03-08', '2027-03-15', '2027-03-22', '2027-03-29'], 'evening'],
  ]);
});

describe('« tous les jours de la semaine de la rentrée (sauf mercredi) », « la semaine de la rentrée, ts les jours »: that whole week', () => {
  checkReadings([
    ['garderie soir tous les jours de la semaine de la rentree pr Lina', '2027-10-12', 'book', ['2027-11-08', '2027-11-09', '2027-11-10', '2027-11-11', '2027-11-12', '2027-11-13', '2027-11-14'], 'evening'],
    ['etude la semaine de la rentree pr Malo, tous les jours sauf le vendredi', '2027-10-12', 'book', ['2027-11-08', '2027-11-09', '2027-11-10', '2027-11-11', '2027-11-13', '2027-11-14'], 'study'],
    ['Bonjour, pourriez-vous inscrire Yanis à la cantine tous les jours de la semaine de la rentrée de janvier, sauf le mercredi ? Merci', '2027-12-10', 'book', ['2028-01-03', '2028-01-04', '2028-01-06', '2028-01-07', '2028-01-08', '2028-01-09'], 'canteen'],
    // unchanged: every Monday after the holidays still asks until when
    ['cantine tous les lundis apres les vacances', '2027-02-11', 'book', [], 'canteen'],
  ]);
});

describe('« was absent yesterday », « the day before yesterday »: English days gone by, as « hier », « avant-hier »', () => {
  checkReadings([
    ['Hello, Lina was absent yesterday, she had a temperature. Sorry for not telling you.', '2027-03-10', 'report_absence', ['2027-03-09'], null],
    ['Noah missed school the day before yesterday, he had a stomach ache', '2027-03-10', 'report_absence', ['2027-03-08'], null],
    ['Sorry, Maya was absent from school yesterday, she had a cold', '2027-03-12', 'report_absence', ['2027-03-11'], null],
  ]);
});

describe('« Hi, no breakfast club next week », « won\'t have lunch at the canteen on Thursday »: English days not wanted, a meal missed', () => {
  checkReadings([
    ['Hello, no breakfast club for Nora tomorrow, I am off work.', '2027-03-10', 'cancel_booking', ['2027-03-11'], 'morning'],
    ['Hey, no canteen for Ali on Friday', '2027-03-10', 'cancel_booking', ['2027-03-12'], 'canteen'],
    ['Hi, no canteen for Sam next week please', '2027-03-10', 'cancel_booking', ['2027-03-15', '2027-03-16', '2027-03-17', '2027-03-18', '2027-03-19', '2027-03-20', '2027-03-21'], 'canteen'],
    ['Noa won\'t have lunch at the canteen on Tuesday 16, I\'m picking her up at 11:30 for speech therapy.', '2027-03-10', 'report_absence', ['2027-03-16'], 'canteen'],
    ['Adam is not having lunch at school tomorrow, I take him to the dentist', '2027-03-10', 'report_absence', ['2027-03-11'], 'canteen'],
  ]);
});

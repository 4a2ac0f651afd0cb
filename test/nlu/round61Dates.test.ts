/** The ways of telling days that set 61 (and sets 58, 59) showed misread in round 61, each fixed in general (variants beyond the sets). */
import { checkDates, checkReadings } from '../support/nluRows';

describe('« …, pas jeudi il mange chez tata », « le 11 c\'est férié donc pas mercredi »: a weekday set aside with why, not asked', () => {
  checkReadings([
    ['cantine jeudi 12 et vendredi 13 pr Evan, le 11 c ferie donc pas mercredi', '2026-11-06', 'book', ['2026-11-12', '2026-11-13'], 'canteen'],
    ['cantine lundi 25, mardi 26 et vendredi 29 pr Samy, pas jeudi il mange chez tata', '2027-01-14', 'book', ['2027-01-25', '2027-01-26', '2027-01-29'], 'canteen'],
    ['cantine mardi 10, jeudi 12 pr Evan, pas mercredi il mange chez mamie', '2026-11-06', 'book', ['2026-11-10', '2026-11-12'], 'canteen'],
    ['cantine mardi 10 et jeudi 12 pr Evan, pas mercredi on est chez papi', '2026-11-06', 'book', ['2026-11-10', '2026-11-12'], 'canteen'],
    ['garderie soir lundi 25 et mardi 26 pr Samy, pas mercredi sa mamie le recupere', '2027-01-14', 'book', ['2027-01-25', '2027-01-26'], 'evening'],
    // unchanged: « pas jeudi » alone
    ['cantine lundi 25, mardi 26 et vendredi 29 pr Samy, pas jeudi', '2027-01-14', 'book', ['2027-01-25', '2027-01-26', '2027-01-29'], 'canteen'],
  ]);
});

describe('« 2 repas de 4,05 », « 2 séances à 2,04 »: what a meal or a session costs is no day', () => {
  checkReadings([
    ['cantine mardi 2 et jeudi 4 fev pr Hind, 2 repas de 4,05', '2027-01-29', 'book', ['2027-02-02', '2027-02-04'], 'canteen'],
    ['cantine lundi 8 et mardi 9 mars pr Lou, 2 repas de 3,05 c ca ?', '2027-03-01', 'book', ['2027-03-08', '2027-03-09'], 'canteen'],
    ['etude jeudi 11 mars pr Tom, 2 seances a 2,04', '2027-03-01', 'book', ['2027-03-11'], 'study'],
    ['garderie soir lundi 8 mars pr Lou, la seance a 1,04', '2027-03-01', 'book', ['2027-03-08'], 'evening'],
    // unchanged: « le repas du 4.05 » is a day
    ['cantine le repas du 4.05', '2027-03-01', 'book', ['2027-05-04'], 'canteen'],
  ]);
});

describe('« non lundi 15 au lieu du 8 », « mercredi 10 à la place de mardi »: only the day named is replaced, the others stay', () => {
  checkReadings([
    ['etude lundi 8 et jeudi 11 pr Samy, non lundi 15 au lieu du 8', '2027-03-04', 'book', ['2027-03-11', '2027-03-15'], 'study'],
    ['etude lundi 8 et jeudi 11 pr Samy, lundi 15 au lieu du 8', '2027-03-04', 'book', ['2027-03-11', '2027-03-15'], 'study'],
    ['etude lundi 8 et jeudi 11 pr Samy, non lundi 15 au lieu de lundi 8', '2027-03-04', 'book', ['2027-03-11', '2027-03-15'], 'study'],
    ['etude lundi 8 et jeudi 11 pr Samy, non plutot lundi 15 a la place du 8', '2027-03-04', 'book', ['2027-03-11', '2027-03-15'], 'study'],
    ['garderie soir mardi 9 et jeudi 11 mars pr Lou, en fait mercredi 10 a la place de mardi', '2027-03-04', 'book', ['2027-03-10', '2027-03-11'], 'evening'],
    // unchanged: a mistake told, no other day before it (set 39)
    ['j\'ai réservé par erreur la cantine pour Lou le mardi 8 décembre au lieu du mardi 15. Merci d\'annuler la réservation du 8.', '2026-12-01', 'cancel_booking', ['2026-12-08'], 'canteen'],
  ]);
});

describe('« les mardis de février avant les vacances », « jusqu\'à l\'été »: the school holidays end the days', () => {
  checkReadings([
    ['etude ts les mardis de fevrier avant les vacs pr Nathan CM2', '2027-01-26', 'book', ['2027-02-02'], 'study'],
    ['garderie soir les lundis et jeudis de fevrier avant les vacances', '2027-01-26', 'book', ['2027-02-01', '2027-02-04'], 'evening'],
    ['centre ts les mercredis jusqu a l ete pr Isaac, 4 ans', '2027-05-31', 'book', ['2027-06-02', '2027-06-09', '2027-06-16', '2027-06-23', '2027-06-30'], 'wednesday'],
    ['cantine tous les lundis jusqu a l été pr Lou', '2027-05-31', 'book', ['2027-05-31', '2027-06-07', '2027-06-14', '2027-06-21', '2027-06-28'], 'canteen'],
    ['etude les mardis et jeudis jusqu a l ete', '2027-05-31', 'book', ['2027-06-01', '2027-06-03', '2027-06-08', '2027-06-10', '2027-06-15', '2027-06-17', '2027-06-22', '2027-06-24', '2027-06-29', '2027-07-01'], 'study'],
  ]);
});

describe('« mon planning de mars vient de tomber : … les lundis et vendredis … du 1er au 26 mars »: the schedule\'s month is no bound', () => {
  checkReadings([
    ['Bonjour, je suis aide à domicile et mon planning de mars vient de tomber : je commence à 6 h 30 les lundis et vendredis. Pouvez-vous inscrire Inaya à l\'accueil du matin ces jours-là du 1er au 26 mars ? Elle est en moyenne section. Merci beaucoup.', '2027-02-23', 'book', ['2027-03-01', '2027-03-05', '2027-03-08', '2027-03-12', '2027-03-15', '2027-03-19', '2027-03-22', '2027-03-26'], 'morning'],
  ]);
  checkDates([
    ['mon planning de mars est sorti : garderie soir les mardis du 2 au 16 mars', '2027-02-20', ['2027-03-02', '2027-03-09', '2027-03-16']],
    ['mon planning de mars : je commence tôt les lundis et vendredis, garderie matin du 1er au 26 mars', '2027-02-20', ['2027-03-01', '2027-03-05', '2027-03-08', '2027-03-12', '2027-03-15', '2027-03-19', '2027-03-22', '2027-03-26']],
    // unchanged: no day written with the month, the month bounds the days
    ['mon planning de mars est arrivé, etude tous les jeudis de mars', '2027-02-20', ['2027-03-04', '2027-03-11', '2027-03-18', '2027-03-25']],
  ]);
});

describe('« mar 1er », « jeu 1er »: a short weekday before « 1er » is the weekday', () => {
  checkReadings([
    ['cantine lundi 30, mar 1er et jeudi 3 pr Théa, jcommence mon nouveau job', '2026-11-27', 'book', ['2026-11-30', '2026-12-01', '2026-12-03'], 'canteen'],
    ['cantine lun 30 et mar 1er', '2026-11-27', 'book', ['2026-11-30', '2026-12-01'], 'canteen'],
    ['garderie soir jeu 1er et ven 2 pr Lou', '2027-03-20', 'book', ['2027-04-01', '2027-04-02'], 'evening'],
  ]);
});

describe('« le rendez-vous a été fixé lundi en huit », « une consultation jeudi en huit »: an appointment a week after that weekday', () => {
  checkReadings([
    ['Bonjour, Jules doit passer une IRM à l\'hôpital Robert-Debré. Le rendez-vous a été fixé lundi en huit à 8 h, et nous ne serons pas rentrés avant le début de l\'après-midi. Il sera donc absent ce jour-là. Je vous apporterai le bulletin de situation. Cordialement, Mme Fabre', '2027-01-21', 'report_absence', ['2027-02-01'], null],
    ['Le rendez-vous a été fixé jeudi en huit, elle sera absente ce jour-là', '2027-01-21', 'report_absence', ['2027-01-28'], null],
    ['Lou a une consultation jeudi en huit, elle sera absente', '2027-01-21', 'report_absence', ['2027-01-28'], null],
    ['reunion parents profs vendredi en quinze, garderie soir ce jour la', '2027-01-21', 'book', ['2027-02-05'], 'evening'],
    ['son rdv a ete programme mardi 26 a 9h, il sera absent', '2027-01-21', 'report_absence', ['2027-01-26'], null],
    // unchanged: a day told in the past
    ['il a été malade lundi', '2027-01-21', 'report_absence', ['2027-01-18'], null],
  ]);
});

describe('« du 21 au 24 puis du 28 au 31 décembre »: the first range is of the month said after the second', () => {
  checkReadings([
    ['Pourriez-vous inscrire Jade au centre de loisirs du 21 au 24 puis du 28 au 31 décembre ? Elle aura 7 ans le 26, elle sera ravie', '2026-11-12', 'book', ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31'], 'holidays'],
    ['centre aere du lundi 21 au jeudi 24, puis du lundi 28 au jeudi 31 decembre', '2026-11-12', 'book', ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31'], 'holidays'],
    ['centre de loisirs du 5 au 9 et du 19 au 23 juillet', '2027-05-20', 'book', ['2027-07-05', '2027-07-06', '2027-07-07', '2027-07-08', '2027-07-09', '2027-07-19', '2027-07-20', '2027-07-21', '2027-07-22', '2027-07-23'], 'holidays'],
  ]);
});

describe('English ranges: « Monday the 1st until Wednesday the 3rd of March », « 5-7 July »', () => {
  checkReadings([
    ['After-school care for both girls, Monday the 1st until Wednesday the 3rd of March please, I\'m on a 3-day training', '2027-02-25', 'book', ['2027-03-01', '2027-03-02', '2027-03-03'], 'evening'],
    ['after-school care Monday 1st to Wednesday 3rd March', '2027-02-25', 'book', ['2027-03-01', '2027-03-02', '2027-03-03'], 'evening'],
    ['breakfast club Tuesday 2nd until Thursday 4th March', '2027-02-25', 'book', ['2027-03-02', '2027-03-03', '2027-03-04'], 'morning'],
    ['Cancel holiday club 5-7 July for Amelia, we\'re going to Spain for 10 days', '2027-06-15', 'cancel_booking', ['2027-07-05', '2027-07-06', '2027-07-07'], 'holidays'],
    ['holiday club 12-16 July please', '2027-06-15', 'book', ['2027-07-12', '2027-07-13', '2027-07-14', '2027-07-15', '2027-07-16'], 'holidays'],
  ]);
});

describe('« il a 2 évals vendredi », « jsuis en vacs dès ce soir »: a test\'s day, the day the parent\'s holidays start, are the story', () => {
  checkReadings([
    ['etude jeudi pr Adem, il a 2 evals vendredi', '2027-01-18', 'book', ['2027-01-21'], 'study'],
    ['cantine mardi pr Lou, elle a une eval jeudi', '2027-01-18', 'book', ['2027-01-19'], 'canteen'],
    ['plus besoin de garderie soir demain pr Ambre, jsuis en vacs des ce soir', '2027-04-01', 'cancel_booking', ['2027-04-02'], 'evening'],
    ['pas de garderie matin demain pr Lou, je suis en conge a partir de demain', '2027-04-01', 'cancel_booking', ['2027-04-02'], 'morning'],
  ]);
});

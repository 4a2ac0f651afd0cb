/** The ways of telling days that set 63 showed misread in round 63, each fixed in general (variants beyond the set). */
import { checkReadings } from '../support/nluRows';

describe('« 25 26 28 29 janvier… non pas le 29 il est en sortie », « … sauf le 29 il est en sortie »: a day of the list taken out, why said after it, is set aside', () => {
  checkReadings([
    ['cantine 25 26 28 29 janvier pr Ilian non pas le 29 il est en sortie', '2027-01-18', 'book', ['2027-01-25', '2027-01-26', '2027-01-28'], 'canteen'],
    ['cantine 4 5 et 7 février pr Sam non pas le 7 car il est malade', '2027-01-18', 'report_absence', ['2027-02-04', '2027-02-05'], 'canteen'],
    ['garderie du soir lundi mardi jeudi pr Lou, non pas jeudi elle a piscine', '2027-01-18', 'book', ['2027-01-19', '2027-01-25'], 'evening'],
    ['cantine 25 26 28 29 janvier sauf le 29 il est en sortie', '2027-01-18', 'book', ['2027-01-25', '2027-01-26', '2027-01-28'], 'canteen'],
  ]);
});

describe('« annule lundi mardi jeudi… non garde mardi », « …, finalement on garde le jeudi »: the day kept is set aside from those cancelled', () => {
  checkReadings([
    ['annulez la garderie du soir lundi, mardi et jeudi, finalement on garde le jeudi', '2026-10-02', 'cancel_booking', ['2026-10-05', '2026-10-06'], 'evening'],
    ['annuler cantine du 5 au 9 octobre pr Lou, en fait je garde le mercredi 7', '2026-10-02', 'cancel_booking', ['2026-10-05', '2026-10-06', '2026-10-08', '2026-10-09'], 'canteen'],
    ['annule étude lundi et mardi, non gardez mardi svp', '2026-10-02', 'cancel_booking', ['2026-10-05'], 'study'],
  ]);
});

describe('« nous partons demain soir. Rayane et Imane seront absents jeudi 26 »: the trip\'s day, the stop lost, is not the children\'s', () => {
  checkReadings([
    ['nous partons demain matin. Tom sera absent vendredi 27.', '2026-11-24', 'report_absence', ['2026-11-27'], null],
    ['on part en Bretagne ce soir. Lina manquera l\'école lundi 30 novembre et mardi 1er décembre.', '2026-11-24', 'report_absence', ['2026-11-30', '2026-12-01'], null],
    ['nous partons chez mamie demain. Noa et Lila seront absentes jeudi 26 et vendredi 27', '2026-11-24', 'report_absence', ['2026-11-26', '2026-11-27'], null],
  ]);
});

describe('« au calme la semaine prochaine : elle sera absente du lundi 1er au vendredi 5 mars »: the days missed inside the week named say which', () => {
  checkReadings([
    ['Tom s\'est cassé le bras hier. Il se repose la semaine prochaine : il sera absent du mardi 2 au vendredi 5 mars', '2027-02-26', 'report_absence', ['2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05'], null],
    // unchanged: read so before too
    ['il doit rester au lit la semaine prochaine. il manquera l\'école du lundi 1er au jeudi 4 mars', '2027-02-26', 'report_absence', ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04'], null],
  ]);
});

describe('« jeudi et vendredi pr Roxane, c\'est les vacances »: the holidays under way, told as what the days are, are not every day of them', () => {
  checkReadings([
    ['centre aéré mardi et mercredi pour Tom, c\'est les vacances', '2027-02-10', 'book', ['2027-02-16', '2027-02-17'], 'holidays'],
    ['centre de loisirs lundi pr Lina vu que ce sont les vacances', '2027-02-10', 'book', ['2027-02-15'], 'holidays'],
  ]);
});

describe('« tous les mardis et vendredis après les vacances jusqu\'à fin mai »: the recurrence starts when classes resume', () => {
  checkReadings([
    ['cantine tous les lundis et jeudis après les vacances de printemps jusqu\'à fin mai', '2027-03-29', 'book', ['2027-04-19', '2027-04-22', '2027-04-26', '2027-04-29', '2027-05-03', '2027-05-06', '2027-05-10', '2027-05-13', '2027-05-17', '2027-05-20', '2027-05-24', '2027-05-27', '2027-05-31'], 'canteen'],
    ['étude le mardi après les vacances jusqu\'au 25 mai', '2027-04-13', 'book', ['2027-04-20', '2027-04-27', '2027-05-04', '2027-05-11', '2027-05-18', '2027-05-25'], 'study'],
  ]);
});

describe('« pour la rentrée du 2 novembre, toute la semaine », « à partir du lundi 5 juillet toute la semaine »: from that day to the end of its week', () => {
  checkReadings([
    ['cantine à partir du lundi 2 novembre toute la semaine', '2026-10-16', 'book', ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08'], 'canteen'],
    ['garderie du soir à partir du mercredi 4 novembre toute la semaine', '2026-10-16', 'book', ['2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08'], 'evening'],
    ['centre aéré à partir du lundi 5 juillet toute la semaine', '2027-06-20', 'book', ['2027-07-05', '2027-07-06', '2027-07-07', '2027-07-08', '2027-07-09', '2027-07-10', '2027-07-11'], 'holidays'],
  ]);
});

describe('« absent à la reprise lundi 19 et mardi 20 »: the school\'s rentrée, the child away that day, is a day missed', () => {
  checkReadings([
    ['Lina sera absente à la reprise lundi 19, nous rentrons mardi', '2027-04-15', 'report_absence', ['2027-04-19'], null],
    ['Tom manquera l\'école pour la reprise lundi 19', '2027-04-15', 'report_absence', ['2027-04-19'], null],
  ]);
});

describe('« absents jeudi, merci de prévenir la cantine »: the service told in an absence is not the activity missed', () => {
  checkReadings([
    ['Lina malade demain, pouvez-vous prévenir la cantine et la garderie du soir ?', '2026-11-24', 'report_absence', ['2026-11-25'], null],
    ['absent demain, prévenez l\'étude svp', '2026-11-24', 'report_absence', ['2026-11-25'], null],
    // unchanged: read so before too
    ['Tom sera absent jeudi, merci d\'en informer la garderie', '2026-11-24', 'report_absence', ['2026-11-26'], null],
  ]);
});

describe('« le lundi de Pâques, Mathis restera avec nous… la cantine le mardi 30 et le jeudi 1er »: a public holiday named beside the days asked is the story (set 59)', () => {
  checkReadings([
    ['Le lundi de Pentecôte elle reste avec nous, garderie du soir mardi 18 et mercredi 19 mai', '2027-05-05', 'book', ['2027-05-18', '2027-05-19'], 'evening'],
    ['lundi de Pâques on est en famille, cantine mardi 30 mars et jeudi 1er avril pr Lou', '2027-03-16', 'book', ['2027-03-30', '2027-04-01'], 'canteen'],
    // unchanged: named alone, it is the day asked
    ['garderie le lundi de Pentecôte', '2027-05-05', 'book', ['2027-05-17'], null],
  ]);
});

describe('« she didn\'t come to school on Tuesday », « he wasn\'t at school on Monday »: an English absence gone is the last such day (set 58)', () => {
  checkReadings([
    ["she didn't come to school on Tuesday, she was sick", '2027-03-25', 'report_absence', ['2027-03-23'], null],
    ["my son didn't go to school on Monday", '2027-03-25', 'report_absence', ['2027-03-22'], null],
    ["Tom wasn't at school on Wednesday", '2027-03-25', 'report_absence', ['2027-03-24'], null],
    // unchanged: the day gone beside a day to come is the story
    ["he didn't go to school yesterday and won't go tomorrow", '2027-03-25', 'report_absence', ['2027-03-26'], null],
  ]);
});

describe('« 21st-23rd », « the 5th - 9th of April »: two English ordinals joined by a dash are a range (set 59)', () => {
  checkReadings([
    ['book lunch 21st-23rd April', '2027-03-25', 'book', ['2027-04-21', '2027-04-22', '2027-04-23'], 'canteen'],
    ['lunch on the 21st-23rd of April please', '2027-03-25', 'book', ['2027-04-21', '2027-04-22', '2027-04-23'], 'canteen'],
    ['Tom is off sick 29th-31st March', '2027-03-25', 'report_absence', ['2027-03-29', '2027-03-30', '2027-03-31'], null],
  ]);
});

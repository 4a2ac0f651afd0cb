/** The ways of telling days that sets 51 and 52 showed misread in round 51, each fixed in general (variants beyond the sets). */
import { checkReadings } from '../support/nluRows';

describe('a démarche\'s reference « DEM-2026-00781 »: « dem » there is no « demain », no day', () => {
  checkReadings([
    ['ou en est ma demande d acte de naissance DEM-2026-01102 svp', '2026-11-03', 'civil_status_act', [], null],
    ['acte de mariage demande DEM 2027 00310, toujours rien recu', '2027-01-20', 'civil_status_act', [], null],
    ['Bonjour, ma demande d\'extrait d\'acte de naissance (réf. DEM-2027-00044) est-elle traitée ?', '2027-02-10', 'civil_status_act', [], null],
    ['demande copie acte de deces dem-2026-00991 c en cours ?', '2026-12-01', 'civil_status_act', [], null],
    // unchanged: « dem » alone is tomorrow
    ['cantine dem pr Lea', '2027-05-05', 'book', ['2027-05-06'], 'canteen'],
  ]);
});

describe('« on Saturday mornings » in a question about opening hours: every Saturday, no day', () => {
  checkReadings([
    ['is the mairie open saturday mornings', '2027-03-02', 'opening_hours', [], null],
    ['What are the opening hours on Saturday afternoons?', '2027-01-20', 'opening_hours', [], null],
    ['Is the town hall open on Saturday mornings or only during the week?', '2026-11-18', 'opening_hours', [], null],
    // unchanged: every Tuesday evening of May, a booking
    ['Please book evening care for Ruby on Tuesday evenings in May', '2027-04-06', 'book', ['2027-05-04', '2027-05-11', '2027-05-18', '2027-05-25'], 'evening'],
  ]);
});

describe('a day of a list taken out, nothing in its place (« non pas mercredi, juste jeudi vendredi », « ah non mercredi …, donc lundi mardi »): the others stay', () => {
  checkReadings([
    ['garderie soir lundi mardi jeudi pr Lou, non pas mardi, juste lundi jeudi', '2026-09-14', 'book', ['2026-09-17', '2026-09-21'], 'evening'],
    ['cantine lundi, mardi et jeudi pr Nael ... ah non pas jeudi', '2027-01-08', 'book', ['2027-01-11', '2027-01-12'], 'canteen'],
    ['etude mardi jeudi vendredi, euh non pas vendredi, seulement mardi et jeudi', '2027-03-05', 'book', ['2027-03-09', '2027-03-11'], 'study'],
    ['accueil matin lundi mardi mercredi, ah non mercredi je bosse pas, donc lundi mardi', '2026-11-27', 'book', ['2026-11-30', '2026-12-01'], 'morning'],
    ['cantine lundi mardi jeudi pr Sam... oh non jeudi il a sortie, donc lundi et mardi', '2027-03-05', 'book', ['2027-03-08', '2027-03-09'], 'canteen'],
  ]);
});

describe('« demain pr Keyla, pas vendredi »: a day with « pas » after a comma, nothing in its place, is not asked', () => {
  checkReadings([
    ['cantine demain pr Keyla, pas vendredi', '2027-02-03', 'book', ['2027-02-04'], 'canteen'],
    ['garderie soir lundi pr Noa, pas mardi merci', '2027-02-03', 'book', ['2027-02-08'], 'evening'],
    ['etude demain seulement, pas jeudi', '2027-05-10', 'book', ['2027-05-11'], 'study'],
    // unchanged: the day meant instead is read
    ['cantine mardi... non pas mardi, jeudi pr Lilya', '2026-11-16', 'book', ['2026-11-19'], 'canteen'],
  ]);
});

describe('« demain et mercredi, non jeudi »: the last of two days corrected, the first stays', () => {
  checkReadings([
    ['etude demain et mercredi, non jeudi', '2026-11-29', 'book', ['2026-11-30', '2026-12-03'], 'study'],
    ['cantine mardi et jeudi pr Ilyes, non vendredi', '2027-03-01', 'book', ['2027-03-02', '2027-03-05'], 'canteen'],
    ['garderie lundi et mercredi, non mardi stp', '2027-03-01', 'book', ['2027-03-02', '2027-03-08'], null],
  ]);
});

describe('« lundi c\'est Pâques », « jeudi c\'est l\'Ascension »: a day told a public holiday beside the days asked is not asked', () => {
  checkReadings([
    ['cantine mardi 30 et mercredi 31 pr Ela, lundi c paques', '2027-03-23', 'book', ['2027-03-30', '2027-03-31'], 'canteen'],
    ['etude mardi 18 et jeudi 20, lundi c est la pentecote', '2027-05-10', 'book', ['2027-05-18', '2027-05-20'], 'study'],
    ['garderie mercredi 5 et vendredi 7 pr Lou, jeudi c l ascension', '2027-05-03', 'book', ['2027-05-05', '2027-05-07'], null],
  ]);
});

describe('« le jour de la rentrée et le jeudi d\'après », « le 3 novembre et le vendredi suivant »: the first such weekday after the day said', () => {
  checkReadings([
    ['cantine le lundi de la rentree et le jeudi d apres', '2026-10-16', 'book', ['2026-11-02', '2026-11-05'], 'canteen'],
    ['cantine le 3 novembre et le jeudi d apres', '2026-10-16', 'book', ['2026-11-03', '2026-11-05'], 'canteen'],
    ['cantine mardi 3 novembre et le vendredi suivant', '2026-10-16', 'book', ['2026-11-03', '2026-11-06'], 'canteen'],
    ['garderie lundi 11 et le mercredi d apres', '2027-01-05', 'book', ['2027-01-11', '2027-01-13'], null],
    // unchanged: the same weekday again is a week later
    ['garderie vendredi qui vient et le vendredi suivant', '2026-12-02', 'book', ['2026-12-04', '2026-12-11'], null],
  ]);
});

describe('English « until the October break », « until the end of May »: the recurrence bounded', () => {
  checkReadings([
    ['Could Oliver have school lunch every Friday until the October break?', '2026-09-10', 'book', ['2026-09-11', '2026-09-18', '2026-09-25', '2026-10-02', '2026-10-09', '2026-10-16'], 'canteen'],
    ['evening care every Monday till the end of May please', '2027-04-20', 'book', ['2027-04-26', '2027-05-03', '2027-05-10', '2027-05-17', '2027-05-24', '2027-05-31'], 'evening'],
    ['Please book lunch for Sam every Thursday until the end of June', '2027-05-25', 'book', ['2027-05-27', '2027-06-03', '2027-06-10', '2027-06-17', '2027-06-24'], 'canteen'],
  ]);
});

describe('Spanish « mercredi 19 y 26 para Sofía »: both days', () => {
  checkReadings([
    ['cantina lunes 17 y 24 para Mateo', '2027-05-14', 'book', ['2027-05-17', '2027-05-24'], 'canteen'],
    ['Hola, garderie jueves 4 y 11 para mi hija', '2027-02-01', 'book', ['2027-02-04', '2027-02-11'], null],
    ['Bonjour, centro de loisirs mercredi 9 y 16 para Pablo, gracias', '2027-06-01', 'book', ['2027-06-09', '2027-06-16'], 'wednesday'],
  ]);
});

describe('« tout février jusqu\'aux vacances »: the month up to the holidays, not the whole month nor from today', () => {
  checkReadings([
    ['plus de garderie soir tout fevrier pour Lina jusqu aux vacances svp', '2027-01-20', 'cancel_booking', ['2027-02-01', '2027-02-02', '2027-02-03', '2027-02-04', '2027-02-05'], 'evening'],
    ['garderie soir tout avril jusqu aux vacances de printemps pr Ana', '2027-03-20', 'book', ['2027-04-01', '2027-04-02'], 'evening'],
  ]);
});

/** The ways of asking and of telling days that sets 55 and 56 showed misread, each fixed in general (variants beyond the sets). */
import { checkReadings, checkReadingsAsBot } from '../support/nluRows';

describe('« cantine mercredi pr Lou, c 4,10 e le repas ? », « on est en tranche 3 pr le tarif »: the price asked or the tariff told beside a booking (no day, no invoice)', () => {
  const rows: Parameters<typeof checkReadings>[0] = [
    ['garderie soir lundi pr Ines, c 2,40 e la seance ?', '2027-03-03', 'book', ['2027-03-08'], 'evening'],
    ['etude mardi et jeudi pr Noe, ca fait 1,80 e la seance ?', '2027-03-03', 'book', ['2027-03-04', '2027-03-09'], 'study'],
    ['cantine vendredi pr Jade, le repas est a 3,95 avec notre quotient ?', '2027-03-03', 'book', ['2027-03-05'], 'canteen'],
    ['cantine lundi et mardi pr Lou, c tjrs 3 euros 20 le repas ?', '2027-03-03', 'book', ['2027-03-08', '2027-03-09'], 'canteen'],
    ['centre aere du 12 au 16 avril pr Nael, on est en tranche 2 pour le tarif', '2027-03-03', 'book', ['2027-04-12', '2027-04-13', '2027-04-14', '2027-04-15', '2027-04-16'], 'holidays'],
    ['centre mercredi 10 mars pr Lina, nous sommes en tranche 4', '2027-03-03', 'book', ['2027-03-10'], 'wednesday'],
    // unchanged: the price asked with no day is the invoices' (a question on what is charged)
    ['la cantine c est 3,50 e le repas ?', '2027-03-03', 'list_invoices', [], 'canteen'],
    ['le repas est a 3,50 ou 4,20 ?', '2027-03-03', 'list_invoices', [], 'canteen'],
  ];
  describe('by the rules', () => checkReadings(rows));
  describe('as the bot reads them', () => checkReadingsAsBot(rows));
});

describe('« combien de repas réservés pr Lina ce mois, j\'ai payé 58,20 € »: the bookings counted, a payment told beside', () => {
  const rows: Parameters<typeof checkReadings>[0] = [
    ['combien de jours de cantine reserves pr Tom en fevrier ? j ai paye 41,20 e', '2027-03-03', 'list_bookings', [], 'canteen'],
    ['combien de seances d etude reservees pr Ines ce mois, j ai regle 24 euros', '2027-03-03', 'list_bookings', [], 'study'],
    // unchanged: how much to pay, asked
    ['combien je dois payer pour la cantine de mars ?', '2027-03-03', 'list_invoices', [], 'canteen'],
  ];
  describe('by the rules', () => checkReadings(rows));
});

describe('« étude jeudi pr Rayane, il a besoin d\'aide en maths »: the child\'s need is why the study is booked, not the resident asking help', () => {
  const rows: Parameters<typeof checkReadings>[0] = [
    ['etude lundi et jeudi pr Noe, il a besoin d aide pour ses devoirs', '2027-03-03', 'book', ['2027-03-04', '2027-03-08'], 'study'],
    ['Pourriez-vous inscrire Jade à l\'étude mardi 9 mars ? Elle a besoin d\'aide en français.', '2027-03-03', 'book', ['2027-03-09'], 'study'],
    // unchanged: the resident's own need of help
    ['bonjour j ai besoin d aide', '2027-03-03', 'help', [], null],
  ];
  describe('by the rules', () => checkReadings(rows));
});

describe('« mardi 30 et jeudi 1er avril »: days listed before the month of the last, larger than it, are of the month before', () => {
  const rows: Parameters<typeof checkReadings>[0] = [
    ['garderie soir lundi 29 et vendredi 2 avril pr Lou', '2027-03-22', 'book', ['2027-03-29', '2027-04-02'], 'evening'],
    ['cantine 30, 31 et 1er avril pr Tom', '2027-03-22', 'book', ['2027-03-30', '2027-03-31', '2027-04-01'], 'canteen'],
    ['centre mercredi 28 avril et 5 mai pr Lina', '2027-04-20', 'book', ['2027-04-28', '2027-05-05'], 'wednesday'],
    ['etude jeudi 27 et mardi 1er juin pr Ines', '2027-05-20', 'book', ['2027-05-27', '2027-06-01'], 'study'],
    // unchanged: days rising to the month said are all in it
    ['cantine mardi 6 et jeudi 8 avril', '2027-03-22', 'book', ['2027-04-06', '2027-04-08'], 'canteen'],
  ];
  describe('by the rules', () => checkReadings(rows));
});

describe('« absente demain, 38,7 ce matin »: when a fever was taken or a symptom seen is no day of absence beside the days missed', () => {
  const rows: Parameters<typeof checkReadings>[0] = [
    ['Lou absent demain, 39,1 ce matin', '2027-02-24', 'report_absence', ['2027-02-25'], null],
    ['Jade absente demain et vendredi, fievre ce matin', '2027-02-24', 'report_absence', ['2027-02-25', '2027-02-26'], null],
    ['Tom absent demain, encore 38 de fievre cette nuit', '2027-02-24', 'report_absence', ['2027-02-25'], null],
    // unchanged: with no other day, the fever of this morning is today's absence
    ['Jade absente, fievre ce matin', '2027-02-24', 'report_absence', ['2027-02-24'], null],
    ['Lou a 38,5 ce matin, absent aujourd hui et demain', '2027-02-24', 'report_absence', ['2027-02-24', '2027-02-25'], null],
  ];
  describe('by the rules', () => checkReadings(rows));
});

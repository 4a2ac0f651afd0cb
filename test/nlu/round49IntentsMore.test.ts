/** More of what residents ask, found misread in round 49 (sets 49 and 50), each fixed in general (variants beyond the sets). */
import { checkReadings } from '../support/nluRows';

describe('someone to call given as the emergency contact (« mettre le tel de la mamie comme contact d\'urgence, 06… »): the contact details changed', () => {
  checkReadings([
    ['mettre le tel de la mamie comme contact d urgence, 06 88 12 03 47', '2026-10-06', 'update_contact', [], null],
    ['Pouvez-vous ajouter ma sœur comme personne à prévenir ? Son numéro : 07 12 34 56 78', '2026-10-06', 'update_contact', [], null],
    ['rajoutez le voisin en contact d urgence stp 0611223344', '2026-10-06', 'update_contact', [], null],
    ['je voudrais changer le numéro d\'urgence de Léo, c\'est maintenant le 06 01 02 03 04', '2026-10-06', 'update_contact', [], null],
  ]);
});

describe('a remark beside a booking asked outright: who pays, the tariff found right, a brother or sister staying home (a booking still)', () => {
  checkReadings([
    ['cantine vendredi 27 pr Awa, la facture de 4,20 € par repas c ok', '2026-11-21', 'book', ['2026-11-27'], 'canteen'],
    ['Bonjour, pour mon fils Hamza, cantine lundi 31 mai. Le papa paye, numéro dossier CSP-F-000457. Merci', '2027-05-21', 'book', ['2027-05-31'], 'canteen'],
    ['Merci d\'inscrire Tristan à la cantine le lundi 1er mars et le jeudi 4 mars. Son frère Achille, lui, reste à la maison.', '2027-02-22', 'book', ['2027-03-01', '2027-03-04'], 'canteen'],
    ['garderie soir mardi pr Jade, c est sa mere qui reglera', '2027-02-22', 'book', ['2027-02-23'], 'evening'],
    ['etude jeudi pr Malo, le tarif a 2,10 l heure ca me va', '2027-02-22', 'book', ['2027-02-25'], 'study'],
    ['cantine mercredi 3 et jeudi 4 pr Nina, sa soeur reste avec moi', '2027-02-22', 'book', ['2027-03-03', '2027-03-04'], 'canteen'],
    // unchanged: the sibling's absence is what is said, no booking asked
    ['Son frère Achille reste à la maison lundi, il est malade', '2027-02-22', 'report_absence', ['2027-03-01'], null],
  ]);
});

describe('a file number given as « numéro dossier » (no « de ») beside a task: who writes, the task asked', () => {
  checkReadings([
    ['cantine lundi 31 mai, numéro dossier 457', '2027-05-21', 'book', ['2027-05-31'], 'canteen'],
    ['absent jeudi pr Tom, numero dossier famille 1234', '2027-05-21', 'report_absence', ['2027-05-27'], null],
    ['annule garderie soir vendredi, num dossier CSP-F-000210', '2027-05-21', 'cancel_booking', ['2027-05-28'], 'evening'],
  ]);
});

describe('a meeting or an appointment told with its day and hour (« la réunion parents-profs est le 3 à 18h ») beside the days asked: not asked', () => {
  checkReadings([
    ['etude les 4 et 5 fev pr Imane, la reunion parents profs est le 3 a 18h', '2027-01-25', 'book', ['2027-02-04', '2027-02-05'], 'study'],
    ['garderie soir le 10 et le 11 mars, j ai une reunion le 12 a 19h', '2027-03-01', 'book', ['2027-03-10', '2027-03-11'], 'evening'],
    ['cantine le 10 et le 11, la reunion de l ecole c est le 12 a 18h', '2027-03-01', 'book', ['2027-03-10', '2027-03-11'], 'canteen'],
  ]);
});

/** More ways of telling days found misread in round 49 (sets 49 and 50), each fixed in general (variants beyond the sets). */
import { checkReadings } from '../support/nluRows';

describe('in an absence, the day of the return told (« nous reprendrons le rythme normal le lundi 31 », « ne pourra pas revenir avant le 4 »): not missed', () => {
  checkReadings([
    ['Manon et Louis ne viendront pas à l\'école jeudi 27 et vendredi 28 mai. Nous reprendrons le rythme normal le lundi 31. Merci.', '2027-05-25', 'report_absence', ['2027-05-27', '2027-05-28'], null],
    ['Elle ne pourra donc pas revenir à l\'école avant le jeudi 4 mars. Pouvez-vous noter son absence le lundi 1er et le mardi 2 mars ?', '2027-02-28', 'report_absence', ['2027-03-01', '2027-03-02'], null],
    ['Tom sera absent lundi 8 et mardi 9, il ne pourra pas revenir avant le jeudi 11', '2027-03-03', 'report_absence', ['2027-03-08', '2027-03-09'], null],
    ['les enfants absents jeudi et vendredi, on reprendra le chemin de l ecole le lundi 15', '2027-03-09', 'report_absence', ['2027-03-11', '2027-03-12'], null],
    ['Inès sera absente le 3 et le 4 mai, nous reprendrons l\'école le 5', '2027-04-28', 'report_absence', ['2027-05-03', '2027-05-04'], null],
  ]);
});

describe('English « tomorrow or the day after », « tomorrow and the next day »: both days', () => {
  checkReadings([
    ['Hi, Chloe won\'t be in school tomorrow or the day after, she has chickenpox', '2027-05-12', 'report_absence', ['2027-05-13', '2027-05-14'], null],
    ['Sam will be absent tomorrow and the day after, flu', '2027-01-12', 'report_absence', ['2027-01-13', '2027-01-14'], null],
    ['please book canteen tomorrow and the next day for Lily', '2027-01-12', 'book', ['2027-01-13', '2027-01-14'], 'canteen'],
  ]);
});

describe('an arrow between two dated weekdays (« lundi 11 → vendredi 15 janv »): a range', () => {
  checkReadings([
    ['cantine pr Lya lundi 11 → vendredi 15 janv, tout sauf mercredi svp', '2027-01-04', 'book', ['2027-01-11', '2027-01-12', '2027-01-14', '2027-01-15'], 'canteen'],
    ['garderie soir mardi 2 → jeudi 4 mars pr Tom', '2027-02-22', 'book', ['2027-03-02', '2027-03-03', '2027-03-04'], 'evening'],
    ['etude 8 → 10 fevrier pr Ali', '2027-02-01', 'book', ['2027-02-08', '2027-02-09', '2027-02-10'], 'study'],
  ]);
});

describe('a dated day, then its weekday a few words after (« le 1er avril pr Hana (jeudi) », « le 12 mars, un vendredi »): that day only', () => {
  checkReadings([
    ['cantine le 1er avril pr Hana (jeudi), poisson d avril mais c serieux 🐟', '2027-03-24', 'book', ['2027-04-01'], 'canteen'],
    ['etude le 12 mars pour Léo, un vendredi', '2027-03-01', 'book', ['2027-03-12'], 'study'],
    ['garderie matin le 9 fevrier (mardi) pr Noa', '2027-02-01', 'book', ['2027-02-09'], 'morning'],
    ['annule cantine le 4 mai pr Sam, c est mardi', '2027-04-26', 'cancel_booking', ['2027-05-04'], 'canteen'],
  ]);
});

describe('days asked again after what is set aside (« …, sauf le mercredi 14, et du lundi 19 au mardi 20 »)', () => {
  checkReadings([
    ['Bonjour, je voudrais inscrire Margot aux activités vacances de l\'été du lundi 12 au vendredi 16 juillet, sauf le mercredi 14 qui est férié, et du lundi 19 au mardi 20.', '2027-06-11', 'book', ['2027-07-12', '2027-07-13', '2027-07-15', '2027-07-16', '2027-07-19', '2027-07-20'], 'holidays'],
    ['cantine du 8 au 12 mars sauf mercredi, et le 15 aussi', '2027-03-01', 'book', ['2027-03-08', '2027-03-09', '2027-03-11', '2027-03-12', '2027-03-15'], 'canteen'],
    ['garderie soir du lundi 1 au vendredi 5 fevrier sauf le jeudi 4, et du lundi 8 au mardi 9', '2027-01-25', 'book', ['2027-02-01', '2027-02-02', '2027-02-03', '2027-02-05', '2027-02-08', '2027-02-09'], 'evening'],
    // unchanged: the list set aside goes on (« sauf le 9, et le 10 »)
    ['cantine du 8 au 12 mars sauf le 9 et le 10', '2027-03-01', 'book', ['2027-03-08', '2027-03-11', '2027-03-12'], 'canteen'],
  ]);
});

describe('a Noël event\'s day asked too (« repas de noël le 17 aussi svp »)', () => {
  checkReadings([
    ['cantine lundi 14 et mardi 15 dec pr Elio, repas de noel le 17 aussi svp', '2026-12-03', 'book', ['2026-12-14', '2026-12-15', '2026-12-17'], 'canteen'],
    ['cantine le 14 pr Lou et le repas de noël le 17 également', '2026-12-03', 'book', ['2026-12-14', '2026-12-17'], 'canteen'],
    // unchanged: the event's day told only
    ['cantine lundi 14 pr Elio, le repas de noel c est le 17', '2026-12-03', 'book', ['2026-12-14'], 'canteen'],
  ]);
});

describe('a visit to the family with its day and hour (« le médecin passe demain à 10h »), beside the days of an absence: not missed', () => {
  checkReadings([
    ['Bonjour, Sofia sera absente lundi et mardi, elle a 39 de fièvre depuis jeudi. Le médecin passe demain à 10h.', '2026-10-03', 'report_absence', ['2026-10-05', '2026-10-06'], null],
    ['Noé absent jeudi et vendredi, gastro. L\'infirmière vient mercredi vers 9h.', '2027-01-11', 'report_absence', ['2027-01-14', '2027-01-15'], null],
    ['Lina ne viendra pas le 12 ni le 13, le pédiatre passera demain à 18h', '2027-01-10', 'report_absence', ['2027-01-12', '2027-01-13'], null],
    // unchanged: the visit the only day said, the day missed
    ['le medecin passe demain a 10h, Tom sera absent', '2027-01-10', 'report_absence', ['2027-01-11'], null],
  ]);
});

describe('a day doubted with why (« c\'est les vacs non ? »), then the day meant after « alors », « donc »: that day only', () => {
  checkReadings([
    ['annule cantine lundi 8 fev... c les vacs non? alors lundi 22', '2027-02-01', 'cancel_booking', ['2027-02-22'], 'canteen'],
    ['cantine le 11 novembre pr Lou, c est ferie je crois, donc le 12', '2026-11-02', 'book', ['2026-11-12'], 'canteen'],
    ['garderie lundi 19 avril... c est les vacances hein? du coup lundi 3 mai', '2027-04-06', 'book', ['2027-05-03'], null],
  ]);
});

describe('the holiday centre named after Noël (« centre de loisirs de Noël : … du 22 au 24 »): the days said, not Christmas Day', () => {
  checkReadings([
    ['Bonjour, centre de loisirs de Noël : je voudrais inscrire Samuel du mardi 22 au jeudi 24 décembre. Je travaille au supermarché jusqu\'à 20h ces jours-là.', '2026-11-30', 'book', ['2026-12-22', '2026-12-23', '2026-12-24'], 'holidays'],
    ['centre de loisirs de Noël, je voudrais inscrire Samuel du 22 au 24', '2026-11-30', 'book', ['2026-12-22', '2026-12-23', '2026-12-24'], 'holidays'],
    ['stage de noel pr Lou le 21 et le 22 dec', '2026-11-30', 'book', ['2026-12-21', '2026-12-22'], null],
  ]);
});

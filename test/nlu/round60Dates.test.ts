/** The ways of telling days that set 60 showed misread in round 60, each fixed in general (variants beyond the set). */
import { checkReadings } from '../support/nluRows';

const WEEK_OF_30_NOV = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'];

describe('« the Wednesday club next week », « l\'accueil du mercredi la semaine prochaine »: the weekday of the name, in the week said', () => {
  checkReadings([
    ['Could you put Olivia down for the Wednesday club next week?', '2026-11-26', 'book', ['2026-12-02'], 'wednesday'],
    ['accueil du mercredi la semaine prochaine pr Lou', '2026-11-26', 'book', ['2026-12-02'], 'wednesday'],
    ['Bonjour, pouvez-vous inscrire Hugo au centre de loisirs du mercredi de la semaine prochaine ?', '2026-11-26', 'book', ['2026-12-02'], 'wednesday'],
    ['centre de loisirs du mercredi la semaine du 7 décembre pour Léa', '2026-11-26', 'book', ['2026-12-09'], 'wednesday'],
    // unchanged: the week alone is every day of it; the name alone no day
    ['centre de loisirs la semaine prochaine pour Léa', '2026-11-26', 'book', WEEK_OF_30_NOV, 'wednesday'],
    ['inscrire Léa au centre de loisirs du mercredi', '2026-11-26', 'book', [], 'wednesday'],
  ]);
});

describe('« 21st to 23rd October », « the 12th to the 14th »: an English range of days without « from »', () => {
  checkReadings([
    ['book a spot at the holiday club for Noah, 21st to 23rd October', '2026-10-01', 'book', ['2026-10-21', '2026-10-22', '2026-10-23'], 'holidays'],
    ['holiday club 21 to 23 October for Mia please', '2026-10-01', 'book', ['2026-10-21', '2026-10-22', '2026-10-23'], 'holidays'],
    ['canteen 12th to 14th for Sam', '2026-10-01', 'book', ['2026-10-12', '2026-10-13', '2026-10-14'], 'canteen'],
    ['can you book the canteen the 12th to the 14th please', '2026-10-01', 'book', ['2026-10-12', '2026-10-13', '2026-10-14'], 'canteen'],
    // unchanged: hours and ages are no days
    ['kids aged 3 to 11', '2026-10-01', 'unknown', [], null],
  ]);
});

describe('« la sortie a été déplacée : mon fils mangera à la maison lundi »: the child\'s day to come after a past story, the colon lost', () => {
  checkReadings([
    ['Bonjour, la sortie scolaire au musée a été déplacée : mon fils mangera finalement à la maison lundi. Merci d\'annuler son repas ce jour-là.', '2027-03-11', 'cancel_booking', ['2027-03-15'], 'canteen'],
    ['le spectacle a été reporté : ma fille ne sera pas à la cantine jeudi', '2027-03-11', 'report_absence', ['2027-03-18'], 'canteen'],
    ['la réunion a été avancée : nos enfants iront à la garderie vendredi soir', '2027-03-11', 'book', ['2027-03-12'], 'evening'],
    // unchanged: the child's own past stays past
    ['mon fils a été malade lundi', '2027-03-11', 'report_absence', ['2027-03-08'], null],
  ]);
});

describe('« what have I got booked next week? »: « have got », what one has, is no past', () => {
  checkReadings([
    ['so what exactly have I got booked for the kids next week?', '2026-11-19', 'list_bookings', ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'], null],
    ['what have we got booked for Tom on Friday?', '2026-11-19', 'list_bookings', ['2026-11-20'], null],
    ['I have got the canteen booked for Friday, right?', '2026-11-19', 'list_bookings', ['2026-11-20'], 'canteen'],
    // unchanged: « I got the flu on Monday » is past
    ['I got the flu on Monday', '2026-11-19', 'report_absence', ['2026-11-16'], null],
  ]);
});

describe('« nous vous tiendrons au courant pour lundi », « on verra pour vendredi »: a day whose news is to come, not asked', () => {
  checkReadings([
    ['Bonjour, notre fille Maëlle s\'est cassé le poignet au judo hier soir. Elle sera donc absente jeudi et vendredi. Nous vous tiendrons au courant pour lundi.', '2027-02-02', 'report_absence', ['2027-02-04', '2027-02-05'], null],
    ['Léo malade, absent demain, je vous redirai pour jeudi', '2027-02-02', 'report_absence', ['2027-02-03'], null],
    ['pas de cantine mercredi pour Inès, on verra pour vendredi', '2027-02-02', 'cancel_booking', ['2027-02-03'], 'canteen'],
    ['Hugo absent aujourd\'hui, à voir pour demain', '2027-02-02', 'report_absence', ['2027-02-02'], null],
  ]);
});

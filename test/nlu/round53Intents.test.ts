/** The ways of asking that sets 53 and 54 showed misread in round 53, each fixed in general (variants beyond the sets). */
import { checkReadings, checkReadingsAsBot } from '../support/nluRows';

describe('« merci d\'annuler … », « pourriez-vous annuler … » with an appointment, an exam or a parent\'s leave told (no illness of the child): a cancellation', () => {
  const rows: Parameters<typeof checkReadings>[0] = [
    ['Merci d\'annuler la cantine de Rose le mardi 5 janvier, elle aura un rendez-vous à 11 h chez l\'orthodontiste.', '2026-12-18', 'cancel_booking', ['2027-01-05'], 'canteen'],
    ['merci d annuler l etude de Noe jeudi, il a rdv a 17h chez le kine', '2027-03-01', 'cancel_booking', ['2027-03-04'], 'study'],
    ['Bonjour, Ilyes a rendez-vous chez le dentiste mardi à 15 h à l\'hôpital. Pourriez-vous annuler sa garderie du soir ce jour-là ?', '2027-03-04', 'cancel_booking', ['2027-03-09'], 'evening'],
    ['Je suis en congé lundi et mardi pour accompagner ma mère à l\'hôpital, je garde les enfants. Merci d\'annuler leur cantine ces deux jours.', '2027-05-20', 'cancel_booking', ['2027-05-24', '2027-05-25'], 'canteen'],
    ['je me suis cassé le poignet, arrêt de travail 1 semaine, je peux garder Lina. pouvez vous annuler son accueil du soir lundi et mardi', '2027-01-14', 'cancel_booking', ['2027-01-18', '2027-01-19'], 'evening'],
    ['mon employeur m a donne conge jeudi, ma mere sort de l hopital, je n aurai pas besoin de la garderie du soir pr Hugo. Merci d annuler.', '2027-01-27', 'cancel_booking', ['2027-01-28'], 'evening'],
    ['je me suis fait une entorse et mon medecin m a arretee 3 jours, je garde Djena : merci d annuler son accueil du matin lundi et mardi', '2027-03-05', 'cancel_booking', ['2027-03-08', '2027-03-09'], 'morning'],
    // unchanged: the child ill, or « il faut annuler » after an appointment, is an absence
    ['mon fils est malade, pouvez vous annuler la cantine demain ?', '2027-01-14', 'report_absence', ['2027-01-15'], 'canteen'],
    ['Lina a de la fièvre, merci d\'annuler sa garderie ce soir', '2027-01-14', 'report_absence', ['2027-01-14'], 'evening'],
    ['rdv chez le médecin mardi, il faut annuler la cantine de Léa', '2027-06-10', 'report_absence', ['2027-06-15'], 'canteen'],
  ];
  describe('by the rules', () => checkReadings(rows));
  describe('as the bot reads them', () => checkReadingsAsBot(rows));
});

describe('« mon fils a 7 ans aujourd\'hui 🎂 »: a birthday told, nothing asked (no absence)', () => {
  const rows: Parameters<typeof checkReadings>[0] = [
    ['mon fils a 7 ans aujourd hui 🎂', '2027-03-05', 'unknown', ['2027-03-05'], null],
    ['Noah a 4 ans aujourd\'hui !!', '2027-01-12', 'unknown', ['2027-01-12'], null],
    ['ma fille a eu 10 ans hier 🥳', '2027-05-03', 'unknown', ['2027-05-02'], null],
    // unchanged: an age beside a request is the request's
    ['mon fils a 7 ans, cantine lundi', '2027-03-05', 'book', ['2027-03-08'], 'canteen'],
  ];
  describe('by the rules', () => checkReadings(rows));
  describe('as the bot reads them', () => checkReadingsAsBot(rows));
});

describe('a birthday beside a démarche is the démarche\'s', () => {
  checkReadings([
    ['recensement pr mon fils il a eu 16 ans hier', '2027-03-05', 'citizen_census', ['2027-03-04'], null],
  ]);
});

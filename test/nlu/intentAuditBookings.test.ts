/**
 * Bookings asked, cancelled, absences and questions about what is booked, every way residents write them
 * (see intentAudit.test.ts). Today is Monday 7 December 2026 unless a row says otherwise.
 */
import { checkIntents, MONDAY, row } from '../support/intentTable';

describe('booking', () => {
  checkIntents([
    row('cantine jeudi pour Lea', 'book', ['2026-12-10']),
    row('réserver garderie du soir mardi et vendredi', 'book', ['2026-12-08', '2026-12-11']),
    row("I'd like to book the canteen for Tom on Thursday", 'book', ['2026-12-10']),
    row('moi vouloir cantine pour fils mercredi', 'book', ['2026-12-09']),
    row("Bonjour, je reprends le travail la semaine prochaine et je n'aurai personne pour garder ma fille le soir. Pouvez-vous l'inscrire à la garderie du soir lundi 14 et mardi 15 ?", 'book', ['2026-12-14', '2026-12-15']),
    row('resa etude jeudi 10', 'book', ['2026-12-10']),
    row('tu peux mettre Adam a la cantine demain stp', 'book', ['2026-12-08']),
    row('inscrire mes 2 enfants a la cantine vendredi', 'book', ['2026-12-11']),
    row('Quiero reservar el comedor para mi hijo el jueves', 'book', ['2026-12-10']),
    row('garderie matin vendredi 7h30', 'book', ['2026-12-11']),
    row('cantine le 14 et le 15 svp', 'book', ['2026-12-14', '2026-12-15']),
    row('centre de loisirs mercredi 16 decembre pour mes 3 enfants', 'book', ['2026-12-16']),
    row('Bonjour, ma mère qui garde les enfants le mercredi sera en voyage, pouvez-vous inscrire Lina et Sami au centre de loisirs mercredi 16 ?', 'book', ['2026-12-16'], MONDAY,
      'dates, not the intent: a habit told first (« qui garde les enfants le mercredi ») takes « mercredi 16 » with it'),
    row('est ce que je peux encore inscrire Lea a la cantine pour jeudi ?', 'book', ['2026-12-10']),
    row('besoin garderie soir demain urgent', 'book', ['2026-12-08']),
  ]);
});

describe('cancelling a booking', () => {
  checkIntents([
    row('annuler cantine jeudi', 'cancel_booking', ['2026-12-10']),
    row('plus besoin de garderie vendredi', 'cancel_booking', ['2026-12-11']),
    row('cancel the canteen on Friday', 'cancel_booking', ['2026-12-11']),
    row('enlevez la cantine de mardi pour Noah', 'cancel_booking', ['2026-12-08']),
    row('moi annuler cantine demain', 'cancel_booking', ['2026-12-08']),
    row('Bonjour, mon mari a changé d’horaires et il pourra récupérer les enfants à 16h30 maintenant, donc vous pouvez supprimer la garderie du soir du lundi 14 décembre.', 'cancel_booking', ['2026-12-14']),
    row('desinscrire Ines de l etude mercredi', 'cancel_booking', ['2026-12-09']),
    row('jveux plus la cantine le 10', 'cancel_booking', ['2026-12-10']),
    row('annulez la garderie du 14 au 16', 'cancel_booking', ['2026-12-14', '2026-12-15', '2026-12-16']),
    row('retirez mercredi 9 du centre', 'cancel_booking', ['2026-12-09']),
    row('supprimer la resa CSP-R-2026-1145', 'cancel_booking'),
    row('cancelar comedor viernes por favor', 'cancel_booking', ['2026-12-11']),
    row("Bonjour, finalement ma sœur va prendre les enfants le vendredi 11 après l'école, la garderie du soir n'est plus nécessaire ce jour-là.", 'cancel_booking', ['2026-12-11']),
    row('jpeux annuler la cantine de demain ?', 'cancel_booking', ['2026-12-08']),
  ]);
});

describe('an absence', () => {
  checkIntents([
    row("Lea malade aujourd'hui", 'report_absence', [MONDAY]),
    row('mon fils est malade il ne viendra pas demain', 'report_absence', ['2026-12-08']),
    row("my daughter is sick today, she won't be at school", 'report_absence', [MONDAY]),
    row('absent jeudi', 'report_absence', ['2026-12-10']),
    row('moi fils malade, pas école demain', 'report_absence', ['2026-12-08']),
    row('Bonjour, Yanis a 39 de fièvre depuis cette nuit, il restera à la maison aujourd’hui et demain.', 'report_absence', [MONDAY, '2026-12-08']),
    row('elle a rdv chez le medecin mardi a 16h, pas de garderie', 'report_absence', ['2026-12-08']),
    row('Sami sera absent vendredi pour un enterrement', 'report_absence', ['2026-12-11']),
    row('gastro, les 2 restent a la maison aujourd hui', 'report_absence', [MONDAY]),
    row('signaler une absence', 'report_absence'),
    row('Ines ne mangera pas a la cantine jeudi', 'report_absence', ['2026-12-10']),
    row('salam, wladi mrid, pas ecole demain wallah', 'report_absence', ['2026-12-08']),
    row("Bonjour, Lucas s'est cassé le bras au foot samedi, il ne sera pas à l'école demain ni mercredi.", 'report_absence', ['2026-12-08', '2026-12-09']),
    row("Tom a la grippe, prevoyez pas de repas pour lui jusqu'a mercredi", 'report_absence', ['2026-12-07', '2026-12-08', '2026-12-09']),
    row('elle est pas bien ce matin, je la garde', 'report_absence', ['2026-12-07']),
  ]);
});

describe('questions about what is booked', () => {
  checkIntents([
    row('mes reservations', 'list_bookings'),
    row('Lea est inscrite a la cantine jeudi ?', 'list_bookings', ['2026-12-10']),
    row('c bon pour la garderie demain ?', 'list_bookings', ['2026-12-08']),
    row('voir le planning de mes enfants', 'list_bookings'),
    row('moi vouloir voir réservations', 'list_bookings'),
    row("Bonjour, je ne me souviens plus si j'ai bien inscrit Hugo à l'étude pour mercredi. Pouvez-vous vérifier ?", 'list_bookings', ['2026-12-09']),
    row('est ce que ma resa de vendredi est passee', 'list_bookings', ['2026-12-11']),
    row('recap des inscriptions de janvier', 'list_bookings'),
    row('is my son booked for the canteen tomorrow?', 'list_bookings', ['2026-12-08']),
    row("combien de repas j'ai réservés ce mois-ci ?", 'list_bookings'),
    row('reference CSP-R-2026-1145 c quoi ?', 'list_bookings', [], MONDAY, 'a reference not shaped as the bookings’ (CSP-RES-…) says nothing of what it refers to (set 14 labels it a booking)'),
    row('cantine demain fils réservé oui ou non ? obrigado', 'list_bookings', ['2026-12-08']),
    row("Bonjour, je pars en déplacement et c'est mon mari qui récupère les enfants mardi et jeudi. Pouvez-vous me dire ce qui est réservé pour eux ces jours-là ?", 'list_bookings', ['2026-12-08', '2026-12-10']),
    row('hugo a cantine demain ou pas ?', 'list_bookings', ['2026-12-08']),
    row("j'ai reservé quoi pour janvier ?", 'list_bookings'),
    row("c'est noté pour mardi ?", 'list_bookings', ['2026-12-08']),
  ]);
});

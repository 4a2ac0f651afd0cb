/** What residents ask, found misread in round 49 (sets 49, 50 and a review by hand), each fixed in general (variants beyond the sets). */
import { checkReadings } from '../support/nluRows';

describe('the family key not received, lost or not working, while wanting to book or to pay: the key\'s problem, no booking', () => {
  checkReadings([
    ['je n\'ai pas reçu ma clé pour réserver le 15', '2026-12-02', 'family_key', [], null],
    ['jai pas recu ma cle pr reserver la cantine le 15', '2026-12-02', 'family_key', [], 'canteen'],
    ['je voudrais payer la facture mais j\'ai perdu ma clé', '2026-12-02', 'family_key', [], null],
    ['je ne retrouve plus ma cle pour inscrire mon fils a l etude', '2026-12-02', 'family_key', [], 'study'],
    ['toujours pas reçu le code famille, je dois payer la cantine avant le 10', '2026-12-02', 'family_key', [], 'canteen'],
    ['la clé enfance est invalide quand je veux réserver mercredi', '2026-12-02', 'family_key', [], null],
    ['jai paumé ma cle, cmt je paye la cantine', '2026-12-02', 'family_key', [], 'canteen'],
    // unchanged: another key, or the key received
    ['j\'ai perdu la clé de la maison, garderie ce soir svp', '2026-12-02', 'book', ['2026-12-02'], 'evening'],
    ['cantine lundi pr Lea, j ai bien recu ma cle merci', '2026-12-02', 'book', ['2026-12-07'], 'canteen'],
  ]);
});

describe('a cancellation asked first (« annule », « cancel »), then an appointment told without « chez » or after a greeting: a cancellation', () => {
  checkReadings([
    ['annule etude lundi pr Bilal, rdv kine a 17h15', '2027-01-06', 'cancel_booking', ['2027-01-11'], 'study'],
    ['Bonjour, cancel cantine demain pour ma fille Zeynep. Elle va chez le docteur. Teşekkürler', '2027-06-09', 'cancel_booking', ['2027-06-10'], 'canteen'],
    ['svp annulez la cantine de Noam mardi, rdv ortho à 11h', '2027-01-06', 'cancel_booking', ['2027-01-12'], 'canteen'],
    ['cancel garderie soir vendredi pr Ines elle va chez le medecin', '2027-01-06', 'cancel_booking', ['2027-01-08'], 'evening'],
    ['Bonjour, annule cantine jeudi pour Tom, il va chez le dentiste', '2027-01-06', 'cancel_booking', ['2027-01-07'], 'canteen'],
    ['annuler garderie soir jeudi pr Lou, rdv dentiste a 16h30', '2027-01-06', 'cancel_booking', ['2027-01-07'], 'evening'],
    // unchanged: an illness said, an absence
    ['annule cantine demain il est malade, rdv medecin a 10h', '2027-01-06', 'report_absence', ['2027-01-07'], 'canteen'],
  ]);
});

describe('the portal failing (« ça tourne dans le vide », « identifiant ok mdp ok mais rien »), the password not in question: the sign-in', () => {
  checkReadings([
    ['jai cree mon compte mais jarrive pas a me connecter, ca tourne dans le vide', '2026-10-06', 'sign_in', [], null],
    ['connexion impossible sur l espace citoyens, identifiant ok mdp ok mais rien', '2026-10-06', 'sign_in', [], null],
    ['j arrive pas a me co, la page reste blanche et rien ne se passe', '2026-10-06', 'sign_in', [], null],
    ['impossible de me connecter au portail, ça mouline sans fin', '2026-10-06', 'sign_in', [], null],
    ['mot de passe ok, identifiant bon, mais je reste sur la page de connexion', '2026-10-06', 'sign_in', [], null],
    // unchanged: the password forgotten
    ['j arrive pas a me connecter, j ai oublie mon mot de passe', '2026-10-06', 'forgot_password', [], null],
  ]);
});

describe('the balance or what is unpaid asked to be known (« jveux connaitre mon solde », « j\'ai des impayés ? »): the invoices, nothing paid', () => {
  checkReadings([
    ['jai des impayes? jveux connaitre mon solde', '2026-10-06', 'list_invoices', [], null],
    ['Bonjour, est-ce que je peux voir mon solde sur le portail ?', '2026-10-06', 'list_invoices', [], null],
    ['y a t il des impayes sur mon compte famille ?', '2026-10-06', 'list_invoices', [], null],
    ['je voudrais connaitre le reste a payer pour la cantine', '2026-10-06', 'list_invoices', [], 'canteen'],
    // unchanged: paying asked
    ['je veux payer mes impayes', '2026-10-06', 'pay_invoice', [], null],
  ]);
});

describe('the latest time to fetch the children asked (« dernière heure pr récupérer … c quoi »): the hours', () => {
  checkReadings([
    ['derniere heure pr recuperer les enfants a la garderie du soir c quoi', '2026-10-06', 'opening_hours', [], 'evening'],
    ['c est quoi l heure limite pour venir chercher Léo à l étude ?', '2026-10-06', 'opening_hours', [], 'study'],
    ['la garderie du matin, dernière heure pour déposer les enfants ?', '2026-10-06', 'opening_hours', [], 'morning'],
    // unchanged: a booking asked with the time
    ['garderie du soir jeudi pr Lou, je la recupere a 18h', '2026-10-06', 'book', ['2026-10-08'], 'evening'],
  ]);
});

describe('an activity opening the message after « vite », « urgent », a greeting, or a booking said forgotten (« g zappé la résa »): a booking', () => {
  checkReadings([
    ['vite cantine pr Lyna demain, g zappe la resa 😬', '2026-10-06', 'book', ['2026-10-07'], 'canteen'],
    ['urgent garderie ce soir pr Eva, jai oublie de reserver', '2026-10-06', 'book', ['2026-10-06'], 'evening'],
    ['slt cantine jeudi pr Noah, j ai loupe l inscription', '2026-10-06', 'book', ['2026-10-08'], 'canteen'],
    ['etude demain pr Sam, j avais zappe de l inscrire', '2026-10-06', 'book', ['2026-10-07'], 'study'],
  ]);
});

/** The ways of asking that set 57 showed misread, each fixed in general (other wordings, other tasks, beyond the set). */
import { checkReadings, checkReadingsAsBot } from '../support/nluRows';

/** Read by the rules alone. */
const rows: Parameters<typeof checkReadings>[0] = [
  // A paper or a mail the resident deleted, told beside what is asked again: no cancellation, no paper sent (ownDeletion.ts).
  ['renvoyez moi le mail de la facture garderie, jai supprimé le mail', '2027-03-10', 'list_invoices', [], null],
  ['j\'ai jeté la facture de février, vous pouvez m\'en envoyer une copie', '2027-03-10', 'list_invoices', [], null],
  ['jai supprime le mail de confirmation de la resa cantine, vous pouvez me le renvoyer ?', '2027-03-10', 'list_bookings', [], 'canteen'],
  // The payment's receipt, with words between (« le reçu de mon dernier paiement »).
  ['le reçu de mon dernier paiement, je peux l\'avoir ?', '2027-03-10', 'list_invoices', [], null],
  // The portal failing since its update, reloading, or the password said right: the way in, not a password.
  ['impossible de me connecter depuis la mise à jour de l\'appli', '2027-03-10', 'sign_in', [], null],
  ['jarrive plus a me co depuis la maj du site', '2027-03-10', 'sign_in', [], null],
  ['quand je clique sur se connecter la page se recharge et rien', '2027-03-10', 'sign_in', [], null],
  ['mon mot de passe est bien le bon mais je n\'arrive pas à me connecter', '2027-03-10', 'sign_in', [], null],
  ['mdp correct pourtant jarrive pas a rentrer dans mon espace', '2027-03-10', 'sign_in', [], null],
  // A paper of the move asked, without « attestation » nor « de »: address_change (the form of the file is update_contact).
  ['papier changement d\'adresse pour la banque svp', '2027-03-10', 'address_change', [], null],
  ['besoin d\'un doc de changement de domicile pr la caf', '2027-03-10', 'address_change', [], null],
  ['on a déménagé, il me faut une preuve de changement d\'adresse pour mon employeur', '2027-03-10', 'address_change', [], null],
  // The CAF's benefits (APL, RSA, prime d'activité, aide au logement): asked of the CAF, not help.
  ['la mairie peut m\'aider à faire ma demande d\'APL ?', '2027-03-10', 'elsewhere_demarche', [], null],
  ['comment demander le RSA ?', '2027-03-10', 'elsewhere_demarche', [], null],
  ['je touche plus la prime d\'activité, vous pouvez voir ?', '2027-03-10', 'elsewhere_demarche', [], null],
  ['aide au logement c\'est ici ?', '2027-03-10', 'elsewhere_demarche', [], null],
  // What an activity is, asked (tried on the bot): help, never a booking nor the bookings (activityMeaning.ts).
  ['c koi l etude surveillee', '2027-03-10', 'help', [], null],
  ['c\'est quoi l\'accueil de loisirs ?', '2027-03-10', 'help', [], null],
  ['la garderie du soir c quoi exactement', '2027-03-10', 'help', [], null],
  // unchanged
  ['j\'ai supprimé la résa de jeudi par erreur', '2027-03-10', 'cancel_booking', ['2027-03-11'], null],
  ['supprimez la cantine de jeudi svp', '2027-03-10', 'cancel_booking', ['2027-03-11'], 'canteen'],
  ['mon mot de passe n\'est pas bon', '2027-03-10', 'forgot_password', [], null],
  ['mot de passe correct mais refusé', '2027-03-10', 'forgot_password', [], null],
  ['je vous envoie le papier de changement d\'adresse', '2027-03-10', 'upload_document', [], null],
  ['changement d\'adresse', '2027-03-10', 'update_contact', [], null],
];

/** As the bot reads them, the learned model's say included. */
const asBot: Parameters<typeof checkReadings>[0] = [
  // Who, what and when alone, a question mark of politeness after: a booking asked, never a question on one guessed (bareRequest.ts).
  ['Hola, mi hija Valentina, cantine jeudi 29 abril? Gracias, merci.', '2027-04-20', 'book', ['2027-04-29'], 'canteen'],
  ['Hola, mi hija Lucía, étude mardi 27? Gracias, merci.', '2027-04-20', 'book', ['2027-04-27'], 'study'],
  ['Hola, mi hija Martina, centre mercredi 5 mayo?', '2027-04-20', 'book', ['2027-05-05'], 'wednesday'],
  // unchanged: a word that asks what is booked
  ['Bonjour. Enfant Amine, cantine jeudi, réservé oui ou non ? Merci.', '2027-04-20', 'list_bookings', ['2027-04-22'], 'canteen'],
  ['Maya a la cantine le 3 mai?', '2027-04-20', 'list_bookings', ['2027-05-03'], 'canteen'],
  ['garderie matin demain c bon pr Elyas?', '2027-04-20', 'list_bookings', ['2027-04-21'], 'morning'],
  ['c koi les jours ou Nael a etude', '2027-04-20', 'list_bookings', [], 'study'],
  ...rows,
];

describe('set 57\'s ways of asking, beyond the set', () => {
  describe('by the rules', () => checkReadings(rows));
  describe('as the bot reads them', () => checkReadingsAsBot(asBot));
});

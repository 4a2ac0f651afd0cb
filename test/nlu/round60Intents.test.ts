/** The ways of asking that set 60 showed misread in round 60, each fixed in general (variants beyond the set). */
import { checkReadings } from '../support/nluRows';

describe('« je voudrais réserver, mais je ne sais pas si c\'est ici »: a doubt on the place, not on what is booked', () => {
  checkReadings([
    ['Je voudrais réserver, mais je ne sais pas si c\'est ici qu\'on le fait.', '2027-06-01', 'book', [], null],
    ['je veux inscrire Léa à la cantine jeudi, je sais pas si c\'est le bon endroit', '2027-06-01', 'book', ['2027-06-03'], 'canteen'],
    ['annuler la garderie demain, je ne sais pas si je suis au bon endroit', '2027-06-01', 'cancel_booking', ['2027-06-02'], null],
    // unchanged: the doubt on a booking made
    ['je ne sais plus si j\'ai réservé la cantine jeudi', '2027-06-01', 'list_bookings', ['2027-06-03'], 'canteen'],
  ]);
});

describe('« ajouter Capucine à l\'accueil du soir ce soir ? Mon train est supprimé »: the parent\'s thing cancelled is the reason', () => {
  checkReadings([
    ['Pourriez-vous ajouter Capucine à l\'accueil du soir ce soir ? Mon train est supprimé.', '2027-05-25', 'book', ['2027-05-25'], 'evening'],
    ['garderie ce soir pour Léo, mon train est annulé', '2027-05-25', 'book', ['2027-05-25'], 'evening'],
    ['inscrire Léa à la cantine demain, son cours de piano est annulé', '2027-05-25', 'book', ['2027-05-26'], 'canteen'],
    ['ajouter Tom à la garderie jeudi, ma réunion a été supprimée', '2027-05-25', 'book', ['2027-05-27'], null],
    // unchanged: a cancellation asked besides
    ['notre vol est annulé, merci d\'annuler la cantine de lundi', '2027-05-25', 'cancel_booking', ['2027-05-31'], 'canteen'],
  ]);
});

describe('« vérifier ce qui est vraiment réservé »: what is booked, an adverb between', () => {
  checkReadings([
    ['Bonjour, j\'ai réservé des repas sur le site mais rien ne s\'affiche dans le calendrier de mon espace. Pouvez-vous vérifier ce qui est vraiment réservé pour Ambre ce mois-ci ?', '2027-03-02', 'list_bookings', [], 'canteen'],
    ['je veux savoir ce qui est bien inscrit pour Léa en mars', '2027-03-02', 'list_bookings', [], null],
    ['qu\'est-ce qui est effectivement réservé pour Hugo ?', '2027-03-02', 'list_bookings', [], null],
  ]);
});

describe('« comment on fait pour annuler une réservation déjà payée ? »: how a task goes, its state naming none of it (help)', () => {
  checkReadings([
    ['comment on fait pour annuler une reservation deja payee ?', '2027-02-24', 'help', [], null],
    ['comment faire pour modifier une réservation déjà validée ?', '2027-02-24', 'help', [], null],
    ['comment je fais pour annuler une inscription en cours', '2027-02-24', 'help', [], null],
    // unchanged: what is named asks the task
    ['comment annuler la réservation de Léa lundi ?', '2027-02-24', 'cancel_booking', ['2027-03-01'], null],
  ]);
});

describe('« document impôts, envoyer où pour tarif ? »: a paper, where or how it goes, said short', () => {
  checkReadings([
    ['Bonjour, document impôts, envoyer où pour tarif ? merci', '2027-04-01', 'upload_document', [], null],
    ['attestation CAF, à transmettre comment ?', '2027-04-01', 'upload_document', [], null],
    ['justificatif de domicile, donner à qui pour la cantine ?', '2027-04-01', 'upload_document', [], 'canteen'],
  ]);
});

describe('« identifiants incorrects alors que c\'est les bons »: refused, yet said right (the way in, nothing forgotten)', () => {
  checkReadings([
    ['ca me dit identifiants incorrects alors que cest les bons', '2027-04-06', 'sign_in', [], null],
    ['identifiants refusés mais je suis sûre qu\'ils sont bons', '2027-04-06', 'sign_in', [], null],
    // unchanged: refused, or forgotten
    ['identifiants incorrects', '2027-04-06', 'forgot_password', [], null],
  ]);
});

describe('English: « quit this please », « the key to add my children to my account », « a letter saying my friend lives with me »', () => {
  checkReadings([
    ['quit this please', '2027-03-22', 'abort', [], null],
    ['quit now', '2027-03-22', 'abort', [], null],
    ['ok quit it', '2027-03-22', 'abort', [], null],
    ['where do I get the key to add my children to my account', '2027-01-20', 'family_key', [], null],
    ['I need the code to add my son', '2027-01-20', 'family_key', [], null],
    ['my children are not in my account, how do I add them?', '2027-01-20', 'family_key', [], null],
    ['how do I add my daughter to my account?', '2027-01-20', 'family_key', [], null],
    ['I need a letter from the town hall saying my friend lives with me', '2027-04-08', 'address_change', [], null],
    ['I need a document from you confirming my brother stays with me', '2027-04-08', 'address_change', [], null],
    // unchanged: a child added to an activity is a booking
    ['add my kids to the canteen on friday', '2027-01-20', 'book', ['2027-01-22'], 'canteen'],
  ]);
});

describe('Read by the rules, no longer by the model alone (the model learned set 60 and is less sure of them)', () => {
  checkReadings([
    // « mi hija no va a l'école vendredi »: Spanish « no va a » before the French school, an absence
    ['Buenos días, mi hija Lucía no va a l\'école vendredi, médico. Gracias', '2027-04-01', 'report_absence', ['2027-04-02'], null],
    ['Hola, mi hijo Mateo no viene a l\'école mañana, está enfermo', '2027-04-01', 'report_absence', ['2027-04-02'], null],
    // « le service scolaire c'est au 2 rue … ou à l'hôtel de ville ? »: which of two addresses, a place's (contact)
    ['service scolaire c au 2 rue Paul-Gauguin ou a lhotel de ville?', '2027-04-01', 'contact', [], null],
    ['la régie c\'est au 5 place de la mairie ou au centre social ?', '2027-04-01', 'contact', [], null],
  ]);
});

describe('After the model learned set 60: « c\'est où l\'espace perso ? » (the way in), « mon code postal c\'est 78955 » (no key)', () => {
  checkReadings([
    ['c\'est où l\'espace perso ?', '2026-12-07', 'sign_in', [], null],
    ['où se trouve mon espace personnel ?', '2026-12-07', 'sign_in', [], null],
    ['l\'espace famille c\'est où ?', '2026-12-07', 'sign_in', [], null],
    ['mon code postal c\'est 78955', '2026-12-07', 'unknown', [], null],
  ]);
});

describe('After the model learned set 60: « my son missed school on Monday » (an English absence told after it)', () => {
  checkReadings([
    ['my son missed school on monday, sorry for not telling you', '2026-11-18', 'report_absence', ['2026-11-16'], null],
    ['Léo was absent from school on Monday, he had a fever', '2026-11-18', 'report_absence', ['2026-11-16'], null],
  ]);
});

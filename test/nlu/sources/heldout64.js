/* Held-out set 64 (written blind, branch blind64, 8 December 2026): first and mid-conversation messages over every
 * task. The days of each row are computed from its today by days64.js. Run: node test/nlu/sources/heldout64.js */
'use strict';

const fs = require('fs');
const path = require('path');
const D = require('./days64.js');

const rows = [];
/** style: s SMS, n ordinary French, l long, e English, p little French. */
function r(style, today, intent, activity, text, dates = []) {
  const days = typeof dates === 'function' ? dates(today) : dates;
  rows.push({ text, today, intent, dates: D.sorted(days), activity, style });
}
const nx = (w) => (t) => [D.next(t, w)];
const tom = (t) => [D.add(t, 1)];
const tod = (t) => [t];

// bookings
r('s', '2026-09-14', 'book', 'canteen', 'slt c possible inscrire Noa a la cantine jeudi stp', nx('jeudi'));
r('s', '2026-10-06', 'book', 'evening', 'bjr jvoudrais la garderie du soir pr Maelys demain jsuis de garde', tom);
r('n', '2026-11-04', 'book', 'study', "Bonjour, je voudrais inscrire mon fils Ilyes à l'étude surveillée le lundi 9 novembre.", [D.on('2026-11-09', 'lundi')]);
r('e', '2026-11-17', 'book', 'canteen', 'Hi, can I book school lunch for Chloe on Friday please?', nx('vendredi'));
r('p', '2026-09-22', 'book', 'wednesday', 'bonjour moi vouloir inscrire ma fille Aya accueil du mercredi, demain', [D.on('2026-09-23', 'mercredi')]);
r('l', '2026-10-12', 'book', 'holidays', "Bonjour, je viens de commencer un nouveau travail en intérim et je n'ai personne pour garder Timéo pendant les vacances de la Toussaint. Est-ce qu'il reste de la place au centre de loisirs pour toute la période ? Il a 8 ans. Merci beaucoup.", D.holidays('Toussaint', 2026));
r('s', '2027-01-11', 'book', null, 'jvoudrais reserver pr mes 2 enfants');
r('s', '2027-03-02', 'book', 'morning', "et aussi l accueil du matin vendredi", nx('vendredi'));
r('n', '2027-05-18', 'book', 'canteen', 'Est-ce que Jules peut manger à la cantine le jeudi 27 mai ?', [D.on('2027-05-27', 'jeudi')]);
r('s', '2027-06-07', 'book', 'evening', 'garderie soir mardi et jeudi pr Lina svp', (t) => [D.next(t, 'mardi'), D.next(t, 'jeudi')]);
r('e', '2027-02-24', 'book', 'wednesday', "I'd like to sign Oscar up for the Wednesday club on March 3rd", [D.on('2027-03-03', 'mercredi')]);
r('p', '2026-12-01', 'book', 'canteen', 'Bonjour. Mon fils Ibrahim manger école vendredi 4 décembre, possible ? Merci', [D.on('2026-12-04', 'vendredi')]);
r('s', '2027-04-26', 'book', 'study', 'etude pr Sacha ts les lundis de mai', D.only(D.month(2027, 5), 'lundi'));
r('n', '2026-09-03', 'book', 'canteen', "Je dois inscrire ma fille à la cantine pour lundi, c'est bien ici ?", nx('lundi'));
r('s', '2027-03-15', 'book', 'holidays', 'centre aere du 6 au 9 avril pr Enzo et Lou', D.range('2027-04-06', '2027-04-09'));
r('l', '2026-11-23', 'book', 'evening', "Bonsoir, je suis aide-soignante et on vient de changer mon planning : je finis à 19 h tous les mardis jusqu'aux vacances de Noël. Pourriez-vous inscrire Manon à la garderie du soir ces jours-là ? Son père passera la chercher avant la fermeture.", (t) => D.after(D.only(D.range(t, '2026-12-18'), 'mardi'), t));
r('s', '2026-10-01', 'book', 'morning', 'besoin accueil matin pr Amir lundi et mardi jcommence a 6h', (t) => [D.next(t, 'lundi'), D.next(t, 'mardi')]);
r('s', '2027-05-31', 'book', 'canteen', 'cantine demain pr Jade stp jai oublie de reserver', tom);
r('p', '2027-01-18', 'book', 'evening', 'Bonjour madame, je travail tard jeudi. Garderie du soir pour Yasmine possible?', nx('jeudi'));
r('n', '2027-06-14', 'book', 'holidays', 'Bonjour, je souhaiterais inscrire Lucas au centre de loisirs du 5 au 16 juillet.', D.range('2027-07-05', '2027-07-16'));
r('s', '2026-12-14', 'book', 'holidays', 'peut on reserver le centre de loisirs pr les vacs de noel?', D.holidays('Noël', 2026));
r('s', '2026-10-19', 'book', null, 'ah et rajoute jeudi aussi', nx('jeudi'));
r('n', '2026-11-25', 'book', 'canteen', 'Oui, et aussi pour sa sœur Louise, la cantine lundi.', nx('lundi'));
r('l', '2027-02-01', 'book', 'evening', "Bonjour, ça fait trois fois que j'essaie de réserver la garderie du soir pour vendredi et le site plante à chaque fois au moment de valider. C'est vraiment pénible. Pouvez-vous le faire pour moi ? C'est pour Nathan.", nx('vendredi'));
r('s', '2026-09-08', 'book', 'study', 'bjr c pour inscrire Sami a l etude jeudi', nx('jeudi'));
r('e', '2027-03-10', 'book', 'evening', 'can Nora stay at after school care on the 18th? i finish late', ['2027-03-18']);
r('s', '2027-01-25', 'book', 'canteen', 'mettre les jumeaux a la cantine ts les jours la semaine pro', D.nextWeek);
r('p', '2026-10-14', 'book', 'holidays', 'Bonjour, centre loisirs vacances Toussaint pour Moussa. Deuxième semaine seulement, du 26 au 30 octobre.', D.range('2026-10-26', '2026-10-30'));

// cancellations
r('s', '2026-09-29', 'cancel_booking', 'canteen', 'annule cantine vendredi pr Tom il mange chez sa grand mere', nx('vendredi'));
r('n', '2026-11-09', 'cancel_booking', 'study', "Pouvez-vous désinscrire Léna de l'étude du jeudi 12 novembre ?", [D.on('2026-11-12', 'jeudi')]);
r('e', '2027-01-26', 'cancel_booking', 'evening', "Please cancel after-school care for Mia tomorrow, I'm working from home", tom);
r('p', '2027-03-08', 'cancel_booking', 'canteen', 'Bonjour, pas cantine mercredi pour Omar svp, je suis à la maison. Annuler.', nx('mercredi'));
r('s', '2027-04-12', 'cancel_booking', 'holidays', 'enlever centre aere jeudi et vendredi pr Ines', (t) => [D.next(t, 'jeudi'), D.next(t, 'vendredi')]);
r('l', '2026-10-05', 'cancel_booking', 'holidays', "Bonjour, mon mari a finalement obtenu ses congés et il pourra garder les enfants pendant les vacances de la Toussaint. Je voudrais donc annuler toutes les réservations au centre de loisirs pour Mathis et Clara sur cette période. Est-ce qu'on sera remboursés ? Merci d'avance.", D.holidays('Toussaint', 2026));
r('s', '2027-03-01', 'cancel_booking', 'morning', 'desinscrire Hugo garderie matin semaine prochaine', D.nextWeek);
r('n', '2026-12-02', 'cancel_booking', null, 'Finalement non, annulez plutôt celle de vendredi.', nx('vendredi'));
r('s', '2027-05-03', 'cancel_booking', 'canteen', 'annul cantine du 11 mai pr Zoe', [D.on('2027-05-11', 'mardi')]);
r('s', '2027-06-15', 'cancel_booking', 'canteen', 'annuler le repas de Leo le 24 stp', ['2027-06-24']);
r('p', '2026-09-16', 'cancel_booking', 'study', 'Bonjour. Etude lundi pour Kevin, pas besoin. Annuler. Merci', nx('lundi'));
r('s', '2026-11-30', 'cancel_booking', null, 'jpeux annuler la reservation de demain ou c trop tard?', tom);
r('n', '2027-01-05', 'cancel_booking', 'canteen', 'Je voudrais annuler toutes les réservations de cantine de Rose pour le mois de février.', D.month(2027, 2));
r('s', '2027-03-22', 'cancel_booking', 'wednesday', 'supprime l accueil du mercredi 24 pr Nael', [D.on('2027-03-24', 'mercredi')]);
r('s', '2026-12-08', 'cancel_booking', 'canteen', 'stp annule la cantine de demain pr Rose', tom);
r('l', '2026-11-05', 'cancel_booking', 'evening', "Bonjour, ma mère arrive du Portugal le samedi 14 et restera trois semaines chez nous, elle pourra donc récupérer les enfants à la sortie de l'école. Pouvez-vous annuler la garderie du soir de Léo et Inès du lundi 16 au vendredi 20 novembre ? Merci.", D.range(D.on('2026-11-16', 'lundi'), D.on('2026-11-20', 'vendredi')));
r('e', '2027-02-02', 'cancel_booking', null, 'remove all bookings for Sam on Thursday, we are travelling', nx('jeudi'));
r('s', '2027-05-20', 'cancel_booking', 'canteen', 'desinscrire ma fille de la cantine pr de bon, elle mange a la maison maintenant');

// absences
r('s', '2026-10-13', 'report_absence', null, 'Lea malade aujourd hui elle vient pas', tod);
r('n', '2026-11-18', 'report_absence', null, 'Bonjour, Adam a de la fièvre, il ne viendra pas demain ni vendredi.', (t) => [D.add(t, 1), D.next(t, 'vendredi')]);
r('e', '2027-02-23', 'report_absence', null, 'my son Liam is sick today and will stay home', tod);
r('p', '2027-01-14', 'report_absence', null, "Bonjour, ma fille Fatou malade. Pas école aujourd'hui et demain.", (t) => [t, D.add(t, 1)]);
r('l', '2026-12-07', 'report_absence', null, "Bonjour, je vous écris parce que Noah s'est cassé le poignet ce week-end au foot. Le médecin lui a prescrit du repos : il sera absent à partir d'aujourd'hui et jusqu'à jeudi inclus. Je peux vous envoyer le certificat si besoin. Bonne journée.", (t) => D.range(t, D.next(t, 'jeudi')));
r('s', '2027-03-31', 'report_absence', null, 'Ethan absent vendredi rdv orthodontiste', nx('vendredi'));
r('s', '2026-09-24', 'report_absence', null, 'il est malade depuis ce matin, il reste a la maison aujourd hui', tod);
r('n', '2027-05-25', 'report_absence', null, "Je vous signale l'absence de ma fille Anaïs du 31 mai au 2 juin, nous allons à un enterrement en Bretagne.", D.range('2027-05-31', '2027-06-02'));
r('s', '2026-10-08', 'report_absence', null, 'jdois signaler une absence');
r('p', '2027-06-02', 'report_absence', null, 'Bonjour, mon fils Yanis pas venir jeudi et vendredi, voyage famille au Maroc', (t) => [D.next(t, 'jeudi'), D.next(t, 'vendredi')]);
r('s', '2027-01-20', 'report_absence', null, 'Lina sera pas la lundi, on a un enterrement', nx('lundi'));
r('e', '2026-11-26', 'report_absence', null, 'Hi, Zoe has chickenpox, she will be off school until Wednesday included', (t) => D.range(t, D.next(t, 'mercredi')));
r('s', '2027-03-16', 'report_absence', null, 'slt ma fille a la gastro elle reste a la maison demain', tom);

// questions about bookings
r('s', '2026-10-20', 'list_bookings', null, 'c quoi deja mes resa du mois ?');
r('n', '2027-01-19', 'list_bookings', 'canteen', 'Pouvez-vous me rappeler quels jours Emma est inscrite à la cantine en février ?');
r('s', '2026-11-10', 'list_bookings', null, 'tu peux me montrer ce que jai reserve');
r('s', '2027-03-09', 'list_bookings', 'evening', 'Hugo est bien inscrit a la garderie du soir demain?', tom);
r('p', '2026-12-03', 'list_bookings', null, 'Bonjour. Réservations de mes enfants, moi voir où ?');
r('n', '2027-05-11', 'list_bookings', 'study', "J'ai un doute : est-ce que j'ai bien réservé l'étude pour Léo jeudi ?", nx('jeudi'));
r('s', '2027-06-21', 'list_bookings', null, 'planning de Lola pr juillet stp');
r('s', '2026-09-17', 'list_bookings', null, 'jsp si jai bien reserve pr lundi tu peux verifier', nx('lundi'));

// invoices, receipts, prices
r('s', '2026-10-04', 'list_invoices', null, 'ma facture de septembre elle est ou');
r('n', '2026-11-06', 'list_invoices', null, 'Bonjour, je ne comprends pas le montant de ma dernière facture, 87 euros alors que ma fille ne mange que deux jours par semaine.');
r('e', '2027-01-08', 'list_invoices', null, 'how much do I still owe you for December?');
r('s', '2027-02-15', 'list_invoices', 'holidays', 'combien coute le centre aere a la journee');
r('p', '2027-03-17', 'list_invoices', null, 'Bonjour, facture pas reçue ce mois. Normal ?');
r('s', '2026-12-10', 'list_invoices', null, 'recu de paiement facture novembre svp pr le CE');
r('l', '2027-04-28', 'list_invoices', null, "Bonjour, mon employeur rembourse une partie des frais de garde et il me demande un justificatif de paiement pour toutes les factures de l'année 2026. J'ai payé par prélèvement. Où est-ce que je peux les trouver ? Merci");
r('s', '2027-01-12', 'list_invoices', null, 'cb je dois');
r('s', '2026-11-02', 'list_invoices', null, 'factur pa recu');
r('s', '2027-05-12', 'list_invoices', null, 'jvx la facture d avril en pdf');
r('s', '2026-09-30', 'list_invoices', 'canteen', 'cb coute un repas a la cantine');

// paying
r('s', '2026-10-15', 'pay_invoice', null, 'jveux payer ma facture');
r('n', '2026-11-27', 'pay_invoice', 'canteen', 'Bonjour, est-il possible de régler la facture de cantine en plusieurs fois ?');
r('e', '2027-01-29', 'pay_invoice', null, 'can I pay the invoice by card here?');
r('p', '2027-02-26', 'pay_invoice', null, 'Bonjour, je veux payer facture mars. Carte bancaire ok ?');
r('s', '2027-03-30', 'pay_invoice', null, 'paiement en ligne marche pas ca bloque a la banque');
r('s', '2027-05-06', 'pay_invoice', null, 'regler facture 2027-04-118 stp');
r('n', '2026-12-16', 'pay_invoice', null, 'Je souhaiterais payer la facture du mois de novembre, qui s’élève à 42,50 €.');
r('l', '2027-06-09', 'pay_invoice', null, "Bonjour, j'ai reçu un courrier de relance pour une facture impayée de 63 € datant de mars. Je pensais avoir payé mais apparemment le paiement n'est pas passé. Je voudrais la régler au plus vite pour éviter des frais. Merci.");
r('s', '2026-09-21', 'pay_invoice', 'canteen', 'slt jveux payer la cantine de sept');

// electronic invoices
r('s', '2026-10-22', 'e_invoice', null, 'factures par mail c possible');
r('n', '2026-12-04', 'e_invoice', null, 'Je ne veux plus recevoir mes factures en papier, merci de passer à la facture électronique.');
r('l', '2027-02-10', 'e_invoice', null, "Bonjour, je reçois encore les factures par la poste et en plus elles arrivent souvent après la date limite. Je préférerais les recevoir directement par e-mail, est-ce que c'est possible de changer ça sur mon compte ?");
r('s', '2027-04-07', 'e_invoice', null, 'jveux les factures par mail pas en papier');
r('s', '2027-06-03', 'e_invoice', null, 'arreter facture papier');

// signing in, passwords
r('s', '2026-09-10', 'sign_in', null, 'jarrive plus a me connecter depuis hier');
r('n', '2026-11-12', 'sign_in', null, "Le site me dit que mon compte est bloqué après trois essais, que dois-je faire ?");
r('e', '2027-01-21', 'sign_in', null, "I can't log in, it says wrong password but I'm sure it's right");
r('s', '2027-03-04', 'forgot_password', null, 'oublie mon mdp encore une fois');
r('n', '2027-04-14', 'forgot_password', null, "J'ai oublié mon mot de passe de l'Espace Citoyens.");
r('p', '2026-10-27', 'forgot_password', null, 'Bonjour, moi oublier mot de passe, aide svp');
r('s', '2027-05-19', 'sign_in', null, 'je recois pas le code par mail pr me connecter');
r('s', '2026-12-11', 'forgot_password', null, 'jme rappel plus de mon mot de pass');
r('s', '2027-02-17', 'sign_in', null, 'connexion impossible sur le site ce matin');
r('n', '2027-06-16', 'sign_in', null, 'Comment je me connecte à mon espace ?');
r('s', '2026-11-19', 'sign_in', null, 'jpeu pas me co');
r('s', '2027-01-28', 'forgot_password', null, 'mdp perdu, impossible dacceder a mon compte');

// creating an account
r('s', '2026-09-04', 'create_account', null, 'creation compte stp');
r('n', '2026-10-09', 'create_account', null, "Bonjour, je n'ai pas encore de compte sur l'Espace Citoyens, je voudrais en ouvrir un.");
r('l', '2026-12-17', 'create_account', null, "Bonjour, jusqu'ici c'était mon ex-mari qui gérait tout sur son compte, mais maintenant que nous sommes séparés j'aimerais avoir mon propre accès à l'Espace Citoyens pour m'occuper des inscriptions des enfants. Comment je crée mon compte à moi ?");
r('p', '2027-02-09', 'create_account', null, 'Bonjour, je veux compte espace citoyen, je nouveau ici');
r('s', '2027-04-21', 'create_account', null, 'inscription espace citoyen svp');
r('n', '2027-05-26', 'create_account', null, "Non, je n'ai pas de compte, je voudrais en créer un.");
r('l', '2027-06-23', 'create_account', null, "Bonsoir, petite question : mon fils Rayan rentre en petite section à l'école Jules-Verne en septembre et on m'a dit qu'il fallait passer par l'Espace Citoyens pour tout ce qui est cantine et garderie. Je n'ai jamais eu de compte. Est-ce que je peux en créer un ici ?");

// family key
r('s', '2026-09-15', 'family_key', null, 'cle enfance perdu');
r('n', '2026-10-28', 'family_key', null, "Où est-ce que je trouve ma Clé Enfance ? Je ne l'ai jamais reçue.");
r('e', '2026-12-09', 'family_key', null, 'I have a family key, where do I type it?');
r('s', '2027-01-27', 'family_key', null, 'jai recu un code famille par courrier jen fais quoi');
r('p', '2027-03-25', 'family_key', null, 'Bonjour, clé famille, moi pas avoir. Comment ?');
r('n', '2027-05-04', 'family_key', null, 'Je voudrais rattacher mon dossier famille à mon compte.');
r('s', '2027-06-08', 'family_key', null, 'code famille ou le trouver');

// papers
r('s', '2026-09-18', 'upload_document', null, 'envoyer avis d imposition pr le quotient');
r('n', '2026-11-16', 'upload_document', null, "Où puis-je déposer l'attestation CAF demandée pour le calcul du tarif ?");
r('s', '2027-01-13', 'upload_document', null, 'jdoi vous envoyer mon justif de domicile');
r('p', '2027-03-11', 'upload_document', null, 'Bonjour, papier CAF, je envoie comment ?');
r('s', '2027-05-27', 'upload_document', null, 'jdois donner un justificatif de domicile ou?');

// civil-status acts
r('s', '2026-09-25', 'civil_status_act', null, 'besoin dun acte de naissance pr mon fils svp');
r('n', '2026-11-03', 'civil_status_act', null, 'Je souhaiterais obtenir une copie intégrale de mon acte de mariage.');
r('e', '2026-12-15', 'civil_status_act', null, "I need my son's birth certificate for his passport");
r('s', '2026-10-21', 'civil_status_act', null, 'acte de deces de mon pere svp il est decede le 14 mars 2026 a carrieres', ['2026-03-14']);
r('p', '2026-11-20', 'civil_status_act', null, 'Bonjour, papier naissance pour mon bébé, né le 2 novembre 2026. Comment avoir ?', ['2026-11-02']);
r('l', '2027-02-03', 'civil_status_act', null, "Bonjour, nous nous sommes mariés à Carrières-sous-Poissy il y a une dizaine d'années et je dois fournir un extrait d'acte de mariage pour le dossier de naturalisation de mon mari. Pouvez-vous me l'envoyer par courrier ? Merci.");
r('s', '2027-03-18', 'civil_status_act', null, 'extrait naissance avc filiation');
r('n', '2027-04-29', 'civil_status_act', null, 'Je voudrais un acte de décès pour ma grand-mère, décédée à Carrières.');
r('n', '2027-06-01', 'civil_status_act', null, "J'aurais besoin d'un extrait d'acte de mariage, s'il vous plaît.");
r('s', '2027-01-06', 'civil_status_act', null, 'acte naissance des jumelles');

// other démarches
r('s', '2026-09-28', 'electoral_roll', null, 'minscrire liste electorale avant les elections stp');
r('n', '2026-12-18', 'electoral_roll', null, "Je viens d'avoir 18 ans : suis-je inscrit d'office sur les listes électorales ?");
r('e', '2027-02-16', 'electoral_roll', null, 'I want to register to vote here');
r('s', '2026-10-16', 'citizen_census', null, 'mon fils a eu 16 ans, il doit faire le recensement, c ici ?');
r('n', '2026-12-15', 'citizen_census', null, 'Ma fille aura 16 ans le 3 février, elle doit se faire recenser ?', ['2027-02-03']);
r('s', '2027-01-15', 'elsewhere_demarche', null, 'rdv passeport pr ma fille');
r('n', '2027-03-05', 'elsewhere_demarche', null, "Je dois refaire ma carte grise, c'est à la mairie ?");
r('s', '2027-04-16', 'elsewhere_demarche', null, 'renouvellement carte identite c a la mairie?');
r('p', '2027-05-28', 'elsewhere_demarche', null, 'Bonjour, passeport pour mon fils, voyage en Algérie. Mairie faire ?');
r('s', '2026-11-13', 'family_booklet', null, 'livret de famille abime par l eau, on peut en avoir un autre ?');
r('n', '2027-02-12', 'cohabitation_certificate', null, 'Pouvez-vous me faire une attestation de vie commune pour la CAF ?');
r('s', '2027-03-26', 'parental_authorization', null, 'autorisation sortie territoire pr ma fille voyage scolaire');
r('n', '2027-06-10', 'address_change', null, "J'héberge ma mère chez moi, il me faut une attestation d'hébergement pour sa caisse de retraite.");
r('s', '2026-10-23', 'update_contact', null, 'jai demenage, nouvelle adresse 12 rue des Lilas');
r('l', '2026-12-02', 'update_contact', null, "Bonjour, j'ai changé d'opérateur et de numéro de portable le mois dernier, du coup je ne reçois plus vos SMS de rappel. Pouvez-vous mettre à jour mon numéro ? Le nouveau, c'est le 06 12 34 56 78.");
r('n', '2027-04-09', 'update_contact', null, 'Mon adresse e-mail a changé, pouvez-vous la mettre à jour ?');

// opening hours
r('s', '2027-01-13', 'opening_hours', null, 'la mairie c ouvert samedi matin?', nx('samedi'));
r('n', '2026-09-09', 'opening_hours', null, "À quelles heures le service enfance reçoit-il le public ?");
r('e', '2026-11-24', 'opening_hours', null, 'until what time is the town hall open today?', tod);
r('l', '2027-02-19', 'opening_hours', null, "Bonjour, je dois venir chercher un formulaire à l'accueil de la mairie mais je ne travaille que le matin. Jusqu'à quelle heure est-ce ouvert l'après-midi, en général ?");
r('s', '2026-12-14', 'opening_hours', null, 'c ouvert le 24 dec la mairie?', ['2026-12-24']);
r('n', '2027-03-12', 'opening_hours', null, 'La régie est-elle ouverte le samedi ?');
r('s', '2027-03-03', 'opening_hours', null, 'horaires mairie lundi', nx('lundi'));
r('l', '2027-05-14', 'opening_hours', null, "Bonjour, je travaille à Paris et je rentre tard, vers 19 h. Est-ce que l'accueil de la mairie est ouvert en soirée un jour de la semaine, ou le samedi matin ? Je dois déposer un dossier en mains propres.");
r('s', '2027-04-20', 'opening_hours', null, 'et les horaires le mercredi ?');
r('s', '2026-10-29', 'opening_hours', null, 'horaire mairi samedi', nx('samedi'));

// contacts
r('s', '2026-09-11', 'contact', null, 'num tel mairie');
r('n', '2026-10-30', 'contact', null, "Je souhaiterais parler à quelqu'un du service périscolaire.");
r('e', '2027-01-04', 'contact', null, 'can I speak to someone from the town hall please?');
r('p', '2027-02-25', 'contact', null, 'Bonjour, moi parler personne mairie, téléphone ?');
r('s', '2027-04-23', 'contact', null, 'c quoi le mail du service scolaire');
r('n', '2027-06-04', 'contact', null, "Quelle est l'adresse de la mairie annexe ?");
r('s', '2026-12-21', 'contact', null, 'c koi le num de la regie');

// help
r('s', '2026-09-07', 'help', null, 'aidez moi svp');
r('n', '2026-11-05', 'help', null, 'Comment on fait pour réserver un jour ?');
r('e', '2027-01-07', 'help', null, 'what are you able to help me with?');
r('s', '2027-02-22', 'help', null, 'tu peux faire quoi toi');
r('p', '2027-03-29', 'help', null, 'Bonjour, je comprends pas. Aide moi svp');
r('n', '2027-05-05', 'help', null, 'Comment faire pour signaler une absence ?');
r('e', '2027-06-17', 'help', null, 'how does cancelling a booking work?');

// stopping
r('s', '2026-10-02', 'abort', null, 'arrete stp');
r('n', '2026-11-26', 'abort', null, 'Laissez tomber, je verrai plus tard.');
r('s', '2027-01-22', 'abort', null, 'oublie c pas grave');
r('s', '2027-03-19', 'abort', null, 'non cest bon jarrete');
r('n', '2027-04-30', 'abort', null, 'Non, plus besoin. Terminé.');
r('s', '2027-06-11', 'abort', null, 'laisse tomber on verra demain');

// greetings
r('s', '2026-09-01', 'greeting', null, 'bjr a toute l equipe');
r('n', '2026-10-26', 'greeting', null, 'Bonsoir à vous !');
r('e', '2026-12-22', 'greeting', null, 'hello? is this the town hall chat?');
r('n', '2027-02-08', 'greeting', null, 'Bonjour monsieur, comment allez-vous ?');
r('s', '2027-04-02', 'greeting', null, 'coucou ya qqn ?');
r('n', '2027-05-21', 'greeting', null, "Bonjour, j'espère que vous allez bien aujourd'hui.");

// thanks, small talk, complaints
r('s', '2026-09-30', 'unknown', null, 'merci bcp cetait rapide');
r('n', '2026-11-30', 'unknown', null, "Merci beaucoup pour votre aide, c'est parfait.");
r('e', '2027-01-18', 'unknown', null, 'thanks a lot!');
r('p', '2027-03-23', 'unknown', null, 'Merci, vous gentil');
r('s', '2027-05-10', 'unknown', null, 'top merci');
r('s', '2026-12-03', 'unknown', null, 'il fait trop froid aujourd hui');
r('n', '2027-02-04', 'unknown', null, 'Les enfants adorent la nouvelle animatrice.');
r('s', '2027-03-08', 'unknown', null, 'c nul votre site');
r('n', '2027-04-13', 'unknown', 'canteen', 'Je trouve inadmissible que la cantine serve encore des frites le vendredi.');
r('l', '2027-05-24', 'unknown', null, "Je voulais juste vous dire que depuis que la nouvelle équipe est arrivée au périscolaire, ma fille rentre beaucoup plus contente le soir. Elle parle tout le temps de l'atelier cuisine. Bravo à eux.");
r('p', '2027-06-18', 'unknown', null, 'Mon fils content école. Bravo.');
r('s', '2027-01-29', 'unknown', null, 'attends jreviens');

// mid-conversation follow-ups
r('l', '2027-03-04', 'report_absence', null, "Bonjour, je suis désolée de prévenir si tard mais Camille s'est réveillée avec une otite cette nuit. Elle ne viendra pas à l'école aujourd'hui ni demain. Son anniversaire est samedi et j'espère qu'elle sera remise d'ici là !", (t) => [t, D.add(t, 1)]);
r('s', '2026-10-07', 'list_invoices', null, 'ok et pr les factures?');
r('e', '2027-02-11', 'list_invoices', null, 'and what about the bill?');

module.exports = rows;
if (require.main === module) {
  const out = path.join(__dirname, '../heldout64.jsonl');
  fs.writeFileSync(out, rows.map((x) => JSON.stringify(x)).join('\n') + '\n');
  const styles = {};
  for (const x of rows) styles[x.style] = (styles[x.style] || 0) + 1;
  console.log(rows.length, JSON.stringify(styles));
}

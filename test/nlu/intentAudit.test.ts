/**
 * What residents ask besides bookings, every way they write it (SMS spelling, very short or with a story first,
 * « tu » and « vous », English, Spanish, Portuguese, Arabic-French, simple French), with numbers that are no days:
 * the intent and the days read. Today is Monday 7 December 2026 unless a row says otherwise.
 */
import { checkIntents, row } from '../support/intentTable';

describe('an account to create', () => {
  checkIntents([
    row('creer compte', 'create_account'),
    row('jai pas de compte comment on fait', 'create_account'),
    row("Bonjour, nous venons d'arriver à Carrières depuis Lyon avec nos deux enfants de 6 et 9 ans. Je n'ai encore aucun compte sur votre portail. Comment dois-je procéder pour en ouvrir un ?", 'create_account'),
    row('tu peux me creer un compte stp', 'create_account'),
    row("I'd like to create an account on the family portal", 'create_account'),
    row('moi vouloir compte nouveau', 'create_account'),
    row('Quiero crear una cuenta', 'create_account'),
    row('Gostaria de criar uma conta, obrigada', 'create_account'),
    row('inscription sur le site pour la premiere fois', 'create_account'),
    row('ouvrir espace citoyen pr la famille', 'create_account'),
    row('je suis nouveau dans la commune (78955), je dois m inscrire sur le portail ?', 'create_account'),
    row('ma femme a un compte, je peux en avoir un a mon nom aussi ?', 'create_account'),
    row("wesh jveux m'inscrire sur l'appli de la mairie", 'create_account'),
    row('comment on cree un espace famille, jai 3 enfants de 4, 7 et 11 ans', 'create_account'),
    row('how do i register', 'create_account'),
    row("Je souhaiterais ouvrir un compte sur l'Espace Citoyens s'il vous plaît.", 'create_account'),
    row("on vient d'emmenager, c'est quoi la premiere etape pour avoir un acces au portail famille ?", 'create_account'),
    row("mon mari gère tout sur son compte, moi j'ai rien, je peux avoir mes propres identifiants ?", 'create_account'),
    row("j'ai jamais utilise votre site, il faut s'enregistrer ?", 'create_account'),
    row('how do I get an account for the canteen', 'create_account'),
    row("s'enregistrer sur l'espace citoyens", 'create_account'),
    row('Bonjour, je suis le papa de Noah, je suis séparé de sa maman qui gère tout sur son compte à elle. Je voudrais pouvoir réserver la cantine de mon côté, il me faut mon propre accès ?', 'create_account'),
  ]);
});

describe('signing in', () => {
  checkIntents([
    row('me connecter', 'sign_in'),
    row('jveux acceder a mon espace', 'sign_in'),
    row('connexion svp', 'sign_in'),
    row('log me in please', 'sign_in'),
    row('how do I log in to my account?', 'sign_in'),
    row('Bonjour, je voudrais me connecter à mon compte pour voir les activités de mes enfants.', 'sign_in'),
    row('comment je rentre dans mon compte ?', 'sign_in'),
    row('moi entrer espace famille', 'sign_in'),
    row('je suis sur le site, ou je mets mon identifiant ?', 'sign_in'),
    row('Quiero entrar en mi cuenta', 'sign_in'),
    row("j'ai un compte depuis 2023, comment je me connecte sur le telephone ?", 'sign_in'),
    row('connecte moi', 'sign_in'),
    row("je n'ai pas reçu le code à 6 chiffres pour me connecter", 'sign_in'),
    row('le code de connexion 482913 marche pas', 'sign_in'),
    row('ou est le bouton pour se connecter sur le site', 'sign_in'),
    row("Bonjour, ma fille m'a installé l'application mais je ne sais pas comment entrer dans mon compte avec mon mail.", 'sign_in'),
    row('je veux me log', 'sign_in'),
    row("c'est où l'espace perso ?", 'sign_in'),
    row('I have an account already, how do I get in?', 'sign_in'),
    row("Bonjour, j'ai reçu hier le mail qui confirme la création de mon compte, maintenant comment je fais pour me connecter la première fois ?", 'sign_in'),
  ]);
});

describe('a password forgotten, a way in lost', () => {
  checkIntents([
    row('mdp oublié', 'forgot_password'),
    row('j ai oublie mon mot de passe', 'forgot_password'),
    row('forgot my password', 'forgot_password'),
    row("I can't remember my password, help", 'forgot_password'),
    row('mot de passe perdu comment je le recupere', 'forgot_password'),
    row("Bonjour, depuis que j'ai changé de téléphone je n'arrive plus à me connecter, le mot de passe n'est plus accepté. Pouvez-vous m'aider ?", 'forgot_password'),
    row('moi oublier mot de passe', 'forgot_password'),
    row('olvidé mi contraseña', 'forgot_password'),
    row('esqueci a minha senha', 'forgot_password'),
    row('reinitialiser mdp', 'forgot_password'),
    row('mon compte est bloqué apres 3 essais', 'forgot_password'),
    row('je me souviens plus de mon identifiant', 'forgot_password'),
    row('wallah jarrive plus a me connecter depuis hier', 'forgot_password'),
    row('le lien pour changer le mot de passe ne marche pas', 'forgot_password'),
    row('tu peux me renvoyer un mot de passe stp', 'forgot_password'),
    row('mdp refusé', 'forgot_password'),
    row('il me dit identifiant ou mot de passe incorrect', 'forgot_password'),
    row('jai tapé 5 fois mon mdp et ca marche pas', 'forgot_password'),
    row("mon fils a changé le mot de passe et il s'en souvient plus", 'forgot_password'),
    row('password not working', 'forgot_password'),
    row("Bonjour, ça fait trois fois que j'essaie de me connecter et ça me dit que mes identifiants sont incorrects, pourtant je suis sûre de mon mail. Que faire ?", 'forgot_password'),
  ]);
});

describe('the family key', () => {
  checkIntents([
    row('cle enfance', 'family_key'),
    row('c quoi la cle famille', 'family_key'),
    row("j'ai pas reçu ma clé enfance", 'family_key'),
    row('ma cle famille CSP-K-4821 marche pas', 'family_key'),
    row('where do I find the family key?', 'family_key'),
    row("Bonjour, j'ai créé mon compte mais je ne vois pas mes enfants. On me demande un code pour rattacher mon dossier, où est-ce que je le trouve ?", 'family_key'),
    row('rattacher mes enfants a mon compte', 'family_key'),
    row('moi pas avoir clé famille', 'family_key'),
    row('le code du courrier de la mairie il sert a quoi', 'family_key'),
    row('cle famille perdue, vous pouvez la renvoyer ?', 'family_key'),
    row('mon ex a la cle famille, je peux en avoir une moi aussi ?', 'family_key'),
    row('lier mon compte au dossier famille', 'family_key'),
    row("the family key I got doesn't work", 'family_key'),
    row('je tape la cle et ca dit invalide', 'family_key'),
    row("on m'a envoyé une lettre avec un code ABX-77, j'en fais quoi ?", 'family_key'),
    row('je vois pas mes enfants dans mon espace', 'family_key'),
    row('la clef famille svp', 'family_key'),
    row("mes enfants n'apparaissent pas sur mon compte, il faut un code ?", 'family_key'),
    row('family code lost', 'family_key'),
    row("Bonjour, je me suis connectée sans problème mais sur mon espace il n'y a aucun enfant, alors que mes deux filles vont à l'école Pasteur. Que dois-je faire ?", 'family_key'),
    row('mdp ok mais pas d enfants dans l espace', 'family_key'),
  ]);
});

describe('invoices: seen, questioned, their prices', () => {
  checkIntents([
    row('ma facture', 'list_invoices'),
    row('facture de novembre', 'list_invoices'),
    row('combien je dois', 'list_invoices'),
    row('pourquoi la facture est de 87,50 ce mois ci ?', 'list_invoices'),
    row("I haven't received my invoice for November", 'list_invoices'),
    row('jai pas recu la facture', 'list_invoices'),
    row('facture FAC-2026-0412 trop chere', 'list_invoices'),
    row('moi pas comprendre facture', 'list_invoices'),
    row("Bonjour, sur ma facture de novembre on me compte 18 repas alors que ma fille était malade une semaine et j'avais prévenu. Pouvez-vous corriger ?", 'list_invoices'),
    row('prix du repas a la cantine', 'list_invoices'),
    row('ou telecharger mes factures', 'list_invoices'),
    row('tarif garderie pour 2 enfants', 'list_invoices'),
    row('how much is the canteen per meal?', 'list_invoices'),
    row("j'ai payé 45 euros le 2 décembre, c'est bien reçu ?", 'list_invoices'),
    row('¿cuánto cuesta el comedor?', 'list_invoices'),
    row('quotient familial tranche 3 ca fait combien le repas', 'list_invoices'),
    row('jai ete prelevee 2 fois ce mois ci', 'list_invoices'),
    row('la cantine coute combien par mois pour 2 enfants ?', 'list_invoices'),
    row('Bonjour, nous avons reçu une facture de 132 € pour le mois de novembre alors que les enfants étaient en vacances une semaine, je ne comprends pas.', 'list_invoices'),
    row('c quoi ce montant de 48,20 sur mon compte', 'list_invoices'),
    row("je voudrais un duplicata de la facture d'octobre", 'list_invoices'),
    row('avez vous un tarif reduit pour les familles nombreuses ?', 'list_invoices'),
    row("Bonjour, ma fille a été absente 4 jours en novembre pour une angine et j'avais envoyé le certificat médical, mais les repas sont quand même facturés. Pouvez-vous vérifier ?", 'list_invoices'),
    row('facture payée 2 fois', 'list_invoices'),
    row('il me reste a payer 23,40 € c normal ?', 'list_invoices'),
  ]);
});

describe('paying', () => {
  checkIntents([
    row('payer ma facture', 'pay_invoice'),
    row('je veux payer', 'pay_invoice'),
    row('payer facture 62,40 €', 'pay_invoice'),
    row('can I pay by card?', 'pay_invoice'),
    row('moi payer facture comment', 'pay_invoice'),
    row('paiement en 3 fois possible ?', 'pay_invoice'),
    row('je peux regler en especes a la regie ?', 'pay_invoice'),
    row("Bonjour, j'ai reçu la facture de la cantine pour octobre, d'un montant de 54 euros. Je voudrais la payer en ligne par carte bancaire. Comment faire ?", 'pay_invoice'),
    row('prelevement automatique comment on met en place', 'pay_invoice'),
    row('paybox refuse ma carte', 'pay_invoice'),
    row('quiero pagar la factura', 'pay_invoice'),
    row('tu peux me donner le lien pour payer stp', 'pay_invoice'),
    row('reglement facture FAC-2026-1187', 'pay_invoice'),
    row('je paie par cheque ou virement ?', 'pay_invoice'),
    row('pay my bill', 'pay_invoice'),
    row('inchallah je paie la facture demain', 'pay_invoice'),
    row('le site de paiement plante au moment de valider', 'pay_invoice'),
    row('je peux payer pour ma soeur ?', 'pay_invoice'),
    row('je voudrais regler ce que je dois', 'pay_invoice'),
    row("CB acceptée à l'accueil ?", 'pay_invoice'),
    row('payer avec les cheques vacances ou cesu c possible', 'pay_invoice'),
    row("Bonjour, je viens de recevoir un rappel pour une facture impayée de 64,80 €, je n'avais pas vu le premier mail. Je voudrais régler tout de suite.", 'pay_invoice'),
    row('le paiement marche pas', 'pay_invoice'),
  ]);
});

describe('invoices online instead of paper', () => {
  checkIntents([
    row('facture par mail', 'e_invoice'),
    row('plus de facture papier svp', 'e_invoice'),
    row('je veux recevoir mes factures par email', 'e_invoice'),
    row('can I get my invoices by email instead of post?', 'e_invoice'),
    row('facture dematerialisee', 'e_invoice'),
    row('moi vouloir facture internet pas papier', 'e_invoice'),
    row('Bonjour, je reçois encore les factures par la poste alors que je suis souvent absent. Est-il possible de les recevoir uniquement sur mon espace en ligne ?', 'e_invoice'),
    row('arreter le courrier des factures', 'e_invoice'),
    row('e-facture comment activer', 'e_invoice'),
    row('je prefere recevoir la facture papier', 'e_invoice'),
    row('factures en ligne c possible ?', 'e_invoice'),
    row('je voudrais plus recevoir de papier pour la cantine, tout par mail', 'e_invoice'),
    row('paperless invoices please', 'e_invoice'),
    row('je veux plus recevoir de courrier pour la cantine', 'e_invoice'),
    row('les factures, vous pouvez me les envoyer sur ma boite mail ?', 'e_invoice'),
    row('fini le papier pour les factures, je veux tout en ligne', 'e_invoice'),
    row('Is it possible to stop receiving paper bills?', 'e_invoice'),
    row('Bonjour, je déménage souvent pour le travail et le courrier me suit mal. Est-ce que je peux avoir les factures uniquement sur internet ?', 'e_invoice'),
    row('jveux la facture par courrier', 'e_invoice'),
  ]);
});

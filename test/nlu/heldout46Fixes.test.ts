/** The kinds of messages set 46 showed misread (opened in round 46), each fixed in general (variants beyond the set). */
import { checkReadings as check } from '../support/nluRows';

describe('the invoice not come, paying said only as a worry or a condition: the invoice asked for', () => {
  check([
    ['je n ai pas recu la facture de janvier, j ai peur de payer en retard', '2027-02-10', 'list_invoices', [], null],
    ['facture de mars pas reçue, je voudrais la régler avant la date limite, vous pouvez me l\'envoyer ?', '2027-04-02', 'list_invoices', [], null],
    ['jai tjs pas recu la facture, si je paie en retard y a une penalite ?', '2027-02-10', 'list_invoices', [], null],
    // unchanged: how to pay is asked
    ['je n\'ai pas reçu la facture, comment je paie ?', '2027-02-10', 'pay_invoice', [], null],
  ]);
});

describe('words of another language for the paper invoice, the family key, a stop', () => {
  check([
    ['no quiero más la factura en papel, por email por favor', '2027-05-04', 'e_invoice', [], null],
    ['fatura por e-mail, sem papel, obrigado', '2027-05-04', 'e_invoice', [], null],
    ['perdí la clave familia, ¿qué hago?', '2027-06-03', 'family_key', [], null],
    ['onde coloco a chave família?', '2027-06-03', 'family_key', [], null],
    ['no gracias, termino aqui', '2027-05-28', 'abort', [], null],
    ['No, obrigado, termino aqui.', '2027-05-28', 'abort', [], null],
    ['no, termino aquí, gracias', '2027-05-28', 'abort', [], null],
    // unchanged: the Turkish and Portuguese invoice to pay
    ['Quero pagar a fatura de 28,90 euros. Payer en ligne comment ? Obrigado.', '2027-06-07', 'pay_invoice', [], null],
  ]);
});

describe('a day written in Spanish, Portuguese or Italian (« 2 de mayo de 2019 ») is read as in French', () => {
  check([
    ['acta de nacimiento de mi hija, nacida el 14 de marzo de 2021', '2027-02-08', 'civil_status_act', ['2021-03-14'], null],
    ['certidão de nascimento do meu filho, nascido em 3 de julho de 2018', '2027-02-08', 'civil_status_act', ['2018-07-03'], null],
    ['acta de matrimonio, casados el 20 de junio de 2015', '2027-02-08', 'civil_status_act', ['2015-06-20'], null],
    ['cantina el 12 de marzo', '2027-02-08', 'book', ['2027-03-12'], 'canteen'],
  ]);
});

describe('copies of an act counted are no day (« en 3 exemplaires »)', () => {
  check([
    ['acte de mariage en 2 exemplaires', '2026-12-09', 'civil_status_act', [], null],
    ['extrait d acte de mariage, 2 copies svp', '2026-12-09', 'civil_status_act', [], null],
    ['copie intégrale d\'acte de mariage en 2 exemplaires, mariés le 3 juin 2012', '2026-12-09', 'civil_status_act', ['2012-06-03'], null],
    // unchanged: an event's day kept when no other day is asked
    ['ma fille a un spectacle le 12, pas de cantine', '2026-12-09', 'report_absence', ['2026-12-12'], 'canteen'],
  ]);
});

describe('a greeting to everyone, or from a parent and where: a greeting', () => {
  check([
    ['hello from a dad in Chanteloup-les-Vignes', '2026-12-11', 'greeting', [], null],
    ['Bonjour d\'une maman de Carrières-sur-Seine !', '2026-12-11', 'greeting', [], null],
    ['hi from the family in Poissy', '2026-12-11', 'greeting', [], null],
    ['hola a todas', '2026-12-11', 'greeting', [], null],
    // unchanged: a request after it is the request
    ['bonjour d\'une maman de Carrières, je veux annuler la cantine demain', '2026-12-11', 'cancel_booking', ['2026-12-12'], 'canteen'],
  ]);
});

describe('in English: passports, the certificate of a change of address, where to enter the login', () => {
  check([
    ['Can I renew my passports at the town hall?', '2027-08-03', 'elsewhere_demarche', [], null],
    ['we need passports for the kids', '2027-08-03', 'elsewhere_demarche', [], null],
    ['I need a certificate of change of address', '2027-05-14', 'address_change', [], null],
    ['change of address certificate please', '2027-05-14', 'address_change', [], null],
    ['where can I type my login?', '2026-11-27', 'sign_in', [], null],
    ['where should we enter our username and password?', '2026-11-27', 'sign_in', [], null],
    // unchanged: a password forgotten
    ['I forgot my password, where do I enter the new one?', '2026-11-27', 'forgot_password', [], null],
  ]);
});

describe('whether a place receives without an appointment is its hours', () => {
  check([
    ['la mairie reçoit sans rdv le samedi ?', '2026-11-03', 'opening_hours', [], null],
    ['peut-on venir à la régie sans rendez-vous ?', '2026-11-03', 'opening_hours', [], null],
    ['le guichet unique accueille-t-il sans rendez-vous ?', '2026-11-03', 'opening_hours', [], null],
    // unchanged: an appointment asked for
    ['je voudrais prendre rendez-vous avec l\'état civil', '2026-11-03', 'contact', [], null],
  ]);
});

describe('the page or the link to sign in asked, whatever is wanted once in', () => {
  check([
    ['sur quelle page je dois me connecter pour voir mes factures ?', '2027-03-30', 'sign_in', [], null],
    ['vous pouvez m\'envoyer le lien pour me connecter ? je veux voir les réservations de Léa', '2027-03-30', 'sign_in', [], null],
    ['c\'est quoi l\'adresse du site pour se connecter ?', '2027-03-30', 'sign_in', [], null],
    // unchanged: a password forgotten
    ['j\'ai oublié mon mot de passe, vous pouvez m\'envoyer le lien pour me connecter ?', '2027-03-30', 'forgot_password', [], null],
  ]);
});

describe('how many keys, how many bookings, asked', () => {
  check([
    ['faut-il une clé par enfant ?', '2027-03-03', 'family_key', [], null],
    ['on est divorcés, il faut deux clés famille ?', '2027-03-03', 'family_key', [], null],
    ['mes deux enfants, la même clé pour les deux ?', '2027-03-03', 'family_key', [], null],
    ['est-ce que j\'ai bien une seule réservation pour jeudi ?', '2027-01-05', 'list_bookings', ['2027-01-07'], null],
    ['combien de réservations j\'ai pour Léa ?', '2027-01-05', 'list_bookings', [], null],
    // unchanged: the house's keys
    ['mon fils a perdu ses clés à l\'école', '2027-03-03', 'unknown', [], null],
  ]);
});

describe('bookings counted, to make: a booking asked (the model reads the count as a question on bookings)', () => {
  check([
    ['j\'ai 2 réservations à faire pour le 14', '2027-01-05', 'book', ['2027-01-14'], null],
    ['je voudrais 2 réservations de cantine pour le 14, une pour chaque enfant', '2027-01-05', 'book', ['2027-01-14'], 'canteen'],
    ['je veux faire deux réservations pour la garderie du soir jeudi', '2027-01-05', 'book', ['2027-01-07'], 'evening'],
  ]);
});

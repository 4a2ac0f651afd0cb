/** The kinds of messages set 35 showed misread in round 34, each fixed in general (variants beyond the set). */
import fs from 'node:fs';
import path from 'node:path';
import { schoolCalendarPath } from '../../src/config';
import { holidaysFrom } from '../../src/nlu/schoolCalendar';
import { understand } from '../../src/nlu/understand';

const holidays = holidaysFrom(JSON.parse(fs.readFileSync(schoolCalendarPath(path.resolve(__dirname, '../..')), 'utf8')));
const read = (text: string, today: string) => understand(text, { today, holidays, fallback: false });

type Row = [text: string, today: string, intent: string, dates: string[], activity: string | null];
const check = (rows: Row[]) =>
  it.each<Row>(rows)('« %s » (%s)', (text, today, intent, dates, activity) => {
    expect(read(text, today)).toMatchObject({ intent, dates, activity });
  });

describe('the sign-in code not come, said verb first (« le code sms arrive jamais », « the code never arrives »), is the sign-in; the code of an account just created, its creation', () => {
  check([
    ['jarrive pas a me connecter le code sms arrive jamais', '2026-11-02', 'sign_in', [], null],
    ['le code n\'arrive pas', '2026-11-02', 'sign_in', [], null],
    ['le code sms arrive toujours pas', '2026-11-02', 'sign_in', [], null],
    ['I can\'t log in, the code never arrives.', '2026-12-21', 'sign_in', [], null],
    ['I can\'t sign in, the code doesn\'t come', '2026-12-21', 'sign_in', [], null],
    ['jai pas recu le code pr valider le compte que je viens de creer', '2026-09-03', 'create_account', [], null],
    ['le code pour activer mon compte arrive jamais', '2026-09-03', 'create_account', [], null],
    // unchanged: a password forgotten, the family's code by post
    ['je n\'arrive pas à me connecter, j\'ai oublié mon code', '2026-11-02', 'forgot_password', [], null],
    ['I never received the family code in the letter', '2026-11-02', 'family_key', [], null],
  ]);
});

describe('questions said short, the question word last: whom to reach (« j\'appelle qui », « mail du service facturation »), an invoice\'s due date or state (« à payer avant quand », « payé ou pas ? »), voting (« comment je vote ici »)', () => {
  check([
    ['facture fausse jappelle qui', '2027-04-14', 'contact', [], null],
    ['je contacte qui pour un probleme de facture ?', '2027-04-14', 'contact', [], null],
    ['mail du service facturation', '2027-01-27', 'contact', [], null],
    ['numéro du service facturation svp', '2027-01-27', 'contact', [], null],
    ['facture de fevrier c a payer avant quand', '2027-03-04', 'list_invoices', [], null],
    ['la facture de mars, date limite de paiement ?', '2027-03-04', 'list_invoices', [], null],
    ['Facture. Payé ou pas ?', '2027-06-09', 'list_invoices', [], null],
    ['facture avril reglee ou pas', '2027-06-09', 'list_invoices', [], null],
    ['facture de janvier à régler pour quand ?', '2027-01-12', 'list_invoices', [], null],
    ['jai change de ville comment je vote ici', '2026-11-12', 'electoral_roll', [], null],
    ['on vote où maintenant ?', '2026-11-12', 'electoral_roll', [], null],
    // unchanged: a late payment to make
    ['jai pas pu payer avant la date limite, je paye comment maintenant', '2027-05-06', 'pay_invoice', [], null],
  ]);
});

describe('talk that asks nothing: an activity praised (« ma fille adore la dame de la cantine »), an explanation understood (« je comprends mieux maintenant »)', () => {
  check([
    ['Ma fille adore la dame de la cantine, elle en parle tout le temps !', '2027-05-28', 'unknown', [], 'canteen'],
    ['les enfants aiment beaucoup la garderie', '2027-05-28', 'unknown', [], null],
    ['Ah d\'accord, je comprends mieux maintenant.', '2027-01-05', 'unknown', [], null],
    ['ok c\'est plus clair merci', '2027-01-05', 'unknown', [], null],
    // unchanged: already so in English; not understood is help; a day or a request beside the praise is read
    ['I see, that makes sense now', '2027-01-05', 'unknown', [], null],
    ['je comprends rien', '2027-01-05', 'help', [], null],
    ['elle adore la cantine, vous pouvez la réserver mardi ?', '2027-05-26', 'book', ['2027-06-01'], 'canteen'],
  ]);
});

describe('a greeting with the resident\'s name (« Bonjour. Moi Mariam. », « bonsoir je m\'appelle Inès ») greets; « quels services proposez-vous sur cette messagerie ? » asks for help', () => {
  check([
    ['Bonjour. Moi Mariam.', '2027-04-05', 'greeting', [], null],
    ['bonjour, moi c\'est Karim Diallo', '2027-04-05', 'greeting', [], null],
    ['bonsoir, mon nom est Inès Martin', '2027-04-05', 'greeting', [], null],
    ['hi, I\'m Sarah Jones', '2027-04-05', 'greeting', [], null],
    // unchanged: the name alone answers a question; « moi perdu » asks for help
    ['je m\'appelle Sarah', '2027-04-05', 'unknown', [], null],
    ['bonjour moi perdu', '2027-04-05', 'help', [], null],
    ['Quels services proposez-vous sur cette messagerie ?', '2026-12-01', 'help', [], null],
    ['quelles options vous avez par sms ?', '2026-12-01', 'help', [], null],
  ]);
});

describe('something else cancelled as the reason (« notre vol de retour est annulé ») is no cancellation asked; a visit at an hour (« can I still drop by… around 6pm? ») asks the opening hours', () => {
  check([
    ['Je vous préviens que mes deux garçons manqueront l\'école le premier jour après les vacances de printemps, notre vol de retour est annulé.', '2027-04-12', 'report_absence', ['2027-04-19'], null],
    ['notre vol est annulé, Léa manquera la cantine lundi', '2027-04-12', 'report_absence', ['2027-04-19'], 'canteen'],
    ['Can I still drop by the council offices late on Friday, around 6pm?', '2027-02-24', 'opening_hours', ['2027-02-26'], null],
    ['could we come in around 6pm on Saturday?', '2027-02-24', 'opening_hours', ['2027-02-27'], null],
    // unchanged: a cancellation asked, a booking dropped
    ['ne mangera pas mercredi, il faut annuler', '2027-04-12', 'cancel_booking', ['2027-04-14'], null],
    ['please drop the canteen on Friday', '2027-04-12', 'cancel_booking', ['2027-04-16'], 'canteen'],
  ]);
});

describe('a booking asked with a doubt it can still be made (« l\'étude mardi pr Gabin jsp si c\'est encore possible ») is a booking', () => {
  check([
    ['l etude mardi pr Gabin jsp si c encore possible', '2026-11-27', 'book', ['2026-12-01'], 'study'],
    ['garderie soir jeudi pour Tom je sais pas si c\'est trop tard', '2026-11-27', 'book', ['2026-12-03'], 'evening'],
    // unchanged: whether it was booked
    ['je sais plus si j\'ai inscrit Léa à la cantine lundi', '2026-11-27', 'list_bookings', ['2026-11-30'], 'canteen'],
  ]);
});

describe('an activity\'s word cut in two (« gardé rie du soir », « canti ne »), a day between the moment and the care (« Matin 25/01 garderie non »): the activity is read', () => {
  check([
    ['gardé rie du soir jeudi pr Noam', '2026-11-23', 'book', ['2026-11-26'], 'evening'],
    ['enleve la gardé rie du matin le 10/12 pr Lou', '2026-12-03', 'cancel_booking', ['2026-12-10'], 'morning'],
    ['canti ne demain pour Léa', '2026-12-03', 'book', ['2026-12-04'], 'canteen'],
    ['Matin 25/01 garderie non. Annuler s\'il vous plaît. Congé.', '2027-01-18', 'cancel_booking', ['2027-01-25'], 'morning'],
    ['soir 12/02 garderie pour Tom', '2027-01-18', 'book', ['2027-02-12'], 'evening'],
    // unchanged: « garde » then another word
    ['elle garde rien', '2027-01-18', 'unknown', [], null],
  ]);
});

describe('« the first Wednesday after the February holidays », « the Monday after the Easter holidays »: a weekday after the holidays, in English as in French', () => {
  check([
    ['Please add Wednesday club for Ella on the first Wednesday after the February holidays.', '2027-02-01', 'book', ['2027-02-24'], 'wednesday'],
    ['lunch on the Monday after the Easter holidays', '2027-02-01', 'book', ['2027-04-19'], 'canteen'],
    // unchanged: in French
    ['cantine le premier mercredi après les vacances de février', '2027-02-01', 'book', ['2027-02-24'], 'canteen'],
  ]);
});

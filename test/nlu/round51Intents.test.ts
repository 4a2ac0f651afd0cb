/** The ways of asking that sets 51 and 52 showed misread in round 51, each fixed in general (variants beyond the sets). */
import { checkReadings } from '../support/nluRows';

describe('Spanish words of a request (« está inscrito », « cambiar permiso de conducir »)', () => {
  checkReadings([
    ['Hola, Lucia está inscrita a la cantine mañana?', '2027-06-07', 'list_bookings', ['2027-06-08'], 'canteen'],
    ['Bonjour, cambiar permiso de conducir extranjero, es aqui?', '2027-03-31', 'elsewhere_demarche', [], null],
  ]);
});

describe('« 46,30 e facture octobre »: an amount\'s « e » is euros, not the « e » of « e-facture »', () => {
  checkReadings([
    ['payer 12,90 e facture novembre', '2026-12-03', 'pay_invoice', [], null],
    // unchanged: the e-invoice itself
    ['je veux recevoir la e facture', '2026-11-12', 'e_invoice', [], null],
  ]);
});

describe('« oublie ça, mauvaise manip »: a stop', () => {
  checkReadings([
    ['oubliez ca svp fausse manip', '2027-05-14', 'abort', [], null],
    ['oublie tout ca, mauvaise manipulation', '2027-05-14', 'abort', [], null],
    ['oubliez cela, fausse manip', '2027-05-14', 'abort', [], null],
  ]);
});

/** « c'est quoi mon tarif », « combien je paie la cantine », « mon quotient familial » ask for the rates; invoices, papers and bookings do not. */
import { asksForTariffs } from '../../src/nlu/infoQuery';

describe('a question about the rates', () => {
  it.each([
    "c'est quoi mon tarif",
    'combien je paie la cantine',
    'mon quotient familial',
    'quel est mon quotient familial ?',
    'combien coûte la cantine',
    'tarifs de la garderie',
    'prix du centre de loisirs',
    "c'est combien la cantine ?",
    'mon QF',
    'comment est calculé le quotient familial',
    'mon tarif',
    'ma tranche',
    'bonjour c combien la cantine',
    'combien la garderie du soir ?',
    'combien pour le centre de loisirs',
    // Said short by SMS, or in English.
    'cb la garderie du soir',
    'cb coute la cantine ?',
    'cmb l etude',
    'how much is the canteen?',
    'how much does the after school club cost',
    'what does the Wednesday club cost per day?',
    'price of the canteen',
    // A rate with a day, not a month nor a child: still the rates.
    "c'est combien la cantine par jour ?",
    'tarif de la cantine en janvier',
    // An activity said dear: its rates, the QF and the régie (it was a booking).
    'la cantine est trop chère',
    "c'est trop cher la garderie",
    'la cantine c vraiment tro cher',
    'le centre de loisirs coûte cher',
    'the canteen is too expensive',
  ])('« %s »', (text) => {
    expect(asksForTariffs(text)).toBe(true);
  });

  it.each([
    'combien je dois',
    'payer ma facture',
    'le prix de ma facture',
    "envoyer mon avis d'imposition pour le quotient familial",
    'réserver la cantine',
    'mes factures',
    'combien',
    'horaires de la mairie',
    'annuler la cantine, combien ça coûte ?',
    'combien de jours de cantine en décembre',
    'how much do I owe?',
    'how much is my bill for the canteen',
    'why was I charged for the canteen',
    'cb je dois pour la cantine',
    // A booking or an invoice questioned, in English (« réserv… », « factur… » in French).
    'how much for the garderie I booked',
    'the garderie fees were wrong',
    // What a month or a child costs: an amount to pay (the invoices), not the rates.
    'cb la cantine ce mois-ci pour Léa',
    'combien je vais payer la cantine en janvier pour Léa',
    'how much is the garderie in january for Léa',
    'combien la cantine de décembre ?',
    'cb la garderie ce mois ci',
    'combien je paie la cantine pour hugo',
    'how much is the canteen this month?',
    'combien coûte la cantine du mois dernier',
    // Dear said of an invoice: disputed (invoiceDispute.ts); « cher » as a greeting.
    'facture cantine trop cher',
    'Chère madame, je voudrais réserver la cantine',
  ])('not « %s »', (text) => {
    expect(asksForTariffs(text)).toBe(false);
  });
});

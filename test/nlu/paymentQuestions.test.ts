/**
 * A payment made, or its receipt, asked about (« vous avez bien reçu mon paiement ? », « je peux avoir
 * mon reçu ? »): the invoices (where each one says whether it is paid), not the bookings nor the
 * family key; a booking's request received is still about the bookings.
 */
import { understand } from '../../src/nlu/understand';

const read = (text: string) => understand(text, { today: '2026-12-03', fallback: false });

describe('a payment or its receipt asked about', () => {
  it.each([
    'est ce que vous avez bien reçu mon paiement ?', "c'est bon j'ai payé, vous avez reçu ?", 'je peux avoir mon reçu ?', 'renvoyez moi le reçu', "j'ai pas reçu de reçu",
    'mon paiement est bien passé ?', 'le paiement a marché ?', "j'ai payé mais je n'ai rien reçu", 'où est mon reçu de paiement', 'vous pouvez me renvoyer le reçu svp',
  ])('« %s » is about the invoices', (text) => {
    expect(read(text).intent).toBe('list_invoices');
  });

  // Said short, after paying by the link: whether it is paid now, never the next invoice to pay.
  it.each([
    "c'est payé ?", 'alors c payé ?', 'ok c bon c payé', 'elle est bien payée ?', "c'est réglé ?", "ça y est c'est payé", 'payé ?', "je l'ai payée",
    'is it paid?', 'has the invoice been paid?', 'did my payment go through?',
  ])('« %s » asks whether it is paid: the invoices', (text) => {
    expect(read(text).intent).toBe('list_invoices');
  });

  it.each([
    ['Avez-vous bien reçu ma réservation pour le centre de loisirs du 2 décembre ?', 'list_bookings'],
    ["j'ai reçu un courrier avec un code, j'en fais quoi ?", 'family_key'],
    ['je veux payer ma facture', 'pay_invoice'],
    ["c'est payable par carte ?", 'pay_invoice'],
    ['I want to pay my bill', 'pay_invoice'],
    // A payment gone wrong: the invoice to pay again, as « le paiement n'a pas marché » (it was not understood in English).
    ["the payment didn't work", 'pay_invoice'],
    ['the payment didnt work', 'pay_invoice'],
    ['payment failed', 'pay_invoice'],
    ['my card was declined, the payment failed', 'pay_invoice'],
    ['le paiement n\'a pas marché', 'pay_invoice'],
  ])('« %s » stays %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

/**
 * The invoice a first message names (« régler la facture du séjour », « payer la photo de classe »,
 * « la facture de novembre », « celle de 73,80 € », « CSP-FAC-2026-000013 »): by its number, its
 * amount, its month or the words of its label. Only one invoice found counts; none or several
 * leave the list to choose from. Or every invoice (« les deux », « toutes »: namesAll); and the
 * invoice chosen at the list by what its options do not read (pickInvoice), or by its number after « payer » (chosenAfterPay).
 */
import { normalize, oneSlipApart } from '../src/domain/text';
import type { Invoice } from '../src/domain/types';
import { recognizeChoice, type ChoiceMatch, type ChoiceOption } from '../src/nlu/choice';
import type { AnyInput } from './anyInputPrompt';

/** Words of a request about invoices that name no invoice in particular. */
const GENERIC = new Set([
  'facture', 'factures', 'facturation', 'payer', 'paye', 'payez', 'regler', 'reglez', 'reglement', 'paiement', 'voir', 'afficher', 'consulter', 'montrer', 'veux', 'voudrais',
  'aimerais', 'souhaite', 'bonjour', 'merci', 'carte', 'bancaire', 'ligne', 'internet', 'celle', 'celui', 'montant', 'euros', 'euro', 'dois', 'combien', 'avec', 'pour', 'mon', 'mes',
  'les', 'des', 'une', 'par', 'svp', 'stp', 'plait', 'vous', 'est', 'que', 'qui', 'quoi', 'sur', 'dans', 'cette', 'invoice', 'invoices', 'pay', 'the', 'for', 'unique', 'please',
]);
const MONTHS: Record<string, string> = {
  janvier: '01', fevrier: '02', mars: '03', avril: '04', mai: '05', juin: '06', juillet: '07', aout: '08', septembre: '09', octobre: '10', novembre: '11', decembre: '12',
  january: '01', february: '02', march: '03', april: '04', may: '05', june: '06', july: '07', august: '08', september: '09', october: '10', november: '11', december: '12',
};

/** The one invoice of `invoices` the text names, or undefined. */
export function invoiceNamed(text: string, invoices: readonly Invoice[]): Invoice | undefined {
  const said = normalize(text);
  if (!said) return undefined;
  for (const test of [byNumber, byAmount, byMonth, byLabel]) {
    const found = invoices.filter((i) => test(said, i));
    if (found.length === 1) return found[0];
    if (found.length > 1) return undefined;
  }
  return undefined;
}

/** Its number, whole or its last digits (at least 3): « CSP-FAC-2026-000013 », « la 000013 ». */
function byNumber(said: string, invoice: Invoice): boolean {
  const number = normalize(invoice.number).replace(/\s+/g, '');
  if (said.replace(/\s+/g, '').includes(number)) return true;
  return (said.match(/\b\d{3,6}\b/g) ?? []).some((digits) => !/^(?:19|20)\d\d$/.test(digits) && number.endsWith(digits.padStart(6, '0')));
}

/** Its amount: « 73,80 € », « 73.80 », « 73 € 80 », « 12 euros ». */
function byAmount(said: string, invoice: Invoice): boolean {
  // normalize() turned « 73,80 € » into « 73 80 »: an amount is read only when « euro(s) » or a cents part says so.
  const amounts = [...said.matchAll(/\b(\d{1,5}) (\d{2}) (?:euros?|e)\b|\b(\d{1,5})(?: (\d{2}))? euros?\b/g)].map((m) => Number(m[1] ?? m[3]) * 100 + Number(m[2] ?? m[4] ?? 0));
  const raw = [...said.matchAll(/\b(\d{1,5}) (\d{2})\b/g)].map((m) => Number(m[1]) * 100 + Number(m[2]));
  return [...amounts, ...raw].includes(invoice.totalCents);
}

/** Its month: « la facture de novembre » (the period of a monthly invoice). */
function byMonth(said: string, invoice: Invoice): boolean {
  if (!invoice.periodStart) return false;
  const month = invoice.periodStart.slice(5, 7);
  return said.split(' ').some((w) => MONTHS[w] === month);
}

/** A word of its label (« séjour », « photo »), give or take a slip, that is not a word of every request. */
function byLabel(said: string, invoice: Invoice): boolean {
  const label = normalize(invoice.label).split(' ').filter((w) => w.length >= 4 && !GENERIC.has(w));
  const words = said.split(' ').filter((w) => w.length >= 4 && !GENERIC.has(w) && !(w in MONTHS));
  return words.some((w) => label.some((l) => l === w || (w.length >= 5 && oneSlipApart(w, l))));
}

/** « les deux », « toutes », « je paye tout », « mes deux factures »: every invoice at once (not « c'est tout »). */
const ALL = /\b(?:les (?:deux|2|trois|3|quatre|4)|(?:mes|nos) (?:deux|2|trois|3) factures|toutes?(?: les| mes| nos)?(?: factures)?|tous|(?:pay\w*|regl\w*) tout|tout (?:pay\w*|regl\w*))\b/;

export function namesAll(text: string): boolean {
  const said = normalize(text);
  return ALL.test(said) && !/\bc est tout\b/.test(said);
}

/** The invoice chosen by what the list's options do not read: a card's submit, « la dernière », or its number typed (« CSP-FAC-2026-000001 » or « 000001 »). */
export function pickInvoice(input: AnyInput, shown: Invoice[], all: Invoice[]): Invoice | 'menu' | undefined {
  const value = input.value as { invoice?: unknown } | undefined;
  if (value?.invoice !== undefined) return all.find((i) => String(i.id) === String(value.invoice));
  const said = normalize(input.text);
  if (/^(menu|annuler|rien|non)$/.test(said)) return 'menu';
  // « la dernière » is the most recent invoice (the first of the list), not the last line.
  if (/\b(derniere|dernier|plus recente|la nouvelle)\b/.test(said) && !/\b(ligne|de la liste)\b/.test(said)) return shown[0];
  if (/^\d{1,2}$/.test(said)) return undefined;
  // « facture 2 », « la facture n° 3 », « invoice 2 »: the number in the list.
  const listed = /^(?:la |l )?(?:facture|invoice) (?:n|no|numero|number )?\s?(\d{1,2})$/.exec(said);
  if (listed) return shown[Number(listed[1]) - 1];
  const typed = said.replace(/\s+/g, '');
  const byNumber = all.filter((i) => {
    const number = normalize(i.number).replace(/\s+/g, '');
    return typed.length >= 3 && (number === typed || number.endsWith(typed) || number.endsWith(typed.padStart(6, '0')));
  });
  return byNumber.length === 1 ? byNumber[0] : undefined;
}

/** « payer », « je paye », « régler », « je veux la payer »: paying asked, no invoice named. */
const PAY = /^(?:(?:je |j )?(?:veux |voudrais |vais |peux |souhaite )?(?:la |le |les )?(?:payer|paye|paie|payes|regler|regle|reglez|payez)(?: (?:la|ma|cette|une) facture)?(?: (?:en ligne|par carte|maintenant))?(?: svp| stp| s il vous plait| merci)?|pay|pay it|i want to pay)$/;

export function saysPay(text: string): boolean {
  return PAY.test(normalize(text));
}

/** « payer », « je veux régler » said before the invoice chosen (« payer la 2 », « je veux payer la 2ème »). */
const PAY_LEAD = /^(?:(?:je |j )?(?:veux |voudrais |vais |peux |souhaite )?(?:payer|paye|paie|regler|regle|pay)) /;

/** The list's option chosen after words of paying (« payer la 2 »): the number or label read without them; undefined otherwise. */
export function chosenAfterPay(text: string, options: readonly ChoiceOption[]): ChoiceMatch | undefined {
  const said = normalize(text);
  const rest = PAY_LEAD.test(said) ? said.replace(PAY_LEAD, '') : undefined;
  return rest ? recognizeChoice(rest, options) : undefined;
}

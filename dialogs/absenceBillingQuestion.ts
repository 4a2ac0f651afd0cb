/**
 * « c facturé si je previens pas ? », « est-ce que je paie s'il est absent ? », « si elle mange pas c payé ? »: whether
 * a day missed is billed, or which papers justify an absence, asked at the menu (or, with no « si absent », at an absence or right after it). The absence's billing rule answers it (not the invoices). Works on
 * prepare()d text.
 */
import { prepare } from '../src/nlu/frenchText';

/** Billed, paid, charged (not « mon compte », the account: a determiner before it). */
const BILLED = /\b(?:factur\w*|pay\w*|paie|paies|paient|coute|(?<!\b(?:mon|ma|un|une|le|votre|son|sa|notre|leur|du|au|de|d|mes|vos|nos|en|l) )compt\w*)\b/;
/** How to pay asked (« payer par carte », « je paie en ligne »), not whether a day is billed. */
const PAY_HOW = /\b(?:pay\w*|paie|paies|paient|regl\w*) (?:par|en ligne|avec|comment)\b|\b(?:comment|cmt)\b/;
/** A day missed, or not warned: « si je préviens pas », « s'il est absent », « quand elle mange pas », « en cas d'absence ». */
const MISSED = /\b(?:si|s|quand|lorsqu\w*|en cas d)\b.*\b(?:previen\w*|prevenir|prevenu|signal\w*|annul\w*|absen\w*|malade|vient pas|va pas|mange pas|mangera pas|ira pas|viendra pas)\b/;

/**
 * « c'est quoi les papiers à fournir pour l'absence ? », « il faut un certificat si elle est malade ? »: what justifies an absence,
 * asked (the rule says it: a medical certificate, for the days after the deadline); never a paper sent (« comment envoyer le certificat »),
 * nor whether an absence is justified (« l'absence de Léa est justifiée ? »: its state, absenceStatus).
 */
const PAPERS = /\b(?:papiers?|documents?|justificatifs?|certificats?|pieces?|justifier)\b/;
const ASKED = /\?|\b(?:quoi|quels?|quelles?|faut|besoin|dois|doit|necessaires?|obligatoires?|fournir)\b/;
const ABSENT = /\b(?:absen\w*|malade)\b/;
const SENDS = /\b(?:envoi\w*|envoy\w*|joind\w*|joint|depos\w*|transmet\w*|comment|voici|voila|ci joint|scann?\w*|photo\w*|recu|reçu)\b/;
export const asksAbsencePapers = (said: string): boolean => PAPERS.test(said) && ASKED.test(said) && ABSENT.test(said) && !SENDS.test(said);

export const asksAbsenceBilling = (said: string): boolean =>
  (BILLED.test(said) && MISSED.test(said) && !PAY_HOW.test(said) && !/\bfacture (?:de|du|d) \w+\b/.test(said)) || asksAbsencePapers(said);

/** An invoice or a payment named (« ma facture », « payer la cantine en ligne »): the invoices asked for, not whether the absence is billed. */
const INVOICE_NAMED = /\b(?:ma|mes|la|les|une|cette|vos|votre|my|the) (?:factures?|invoices?|bills?)\b|\bfacture (?:de|du|d)\b|\b(?:payer|regler|pay) (?:ma|mes|la|les|une|cette|my|the|en ligne|online)\b/;
/** A payment wanted (« je veux payer »), not a question. */
const WANTS = /\b(?:veux|voudrais|voudrait|souhaite|souhaiterais|aimerais|want|would like)\b/;
/** Billed asked in English (« will I be charged? »). */
const BILLED_EN = /\b(?:charged|billed|charge|invoiced)\b/;

/** « elle compte revenir mardi », « on ne compte pas la mettre »: the verb « compter (faire) », not a day counted on the bill. */
const MEANS_TO = /\b(?:je|j|il|elle|on|nous|ils|elles) (?:ne |n )?compt\w*/g;

/**
 * « je dois payer quand même ? », « c'est facturé ? », « do I still have to pay? » said with an absence (at its questions,
 * or right after it is recorded): whether its days are billed, the « si absent » needing no saying. Raw text.
 */
export function asksBillingOfAbsence(text: string): boolean {
  const said = prepare(text);
  // « factures », « payer » typed alone, « je veux payer »: the invoices asked for.
  const asked = text.includes('?') || said.split(' ').length >= 3;
  return asked && (BILLED.test(said.replace(MEANS_TO, ' ')) || BILLED_EN.test(said)) && !PAY_HOW.test(said) && !INVOICE_NAMED.test(said) && !WANTS.test(said);
}

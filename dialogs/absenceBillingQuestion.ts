/**
 * « c facturé si je previens pas ? », « est-ce que je paie s'il est absent ? », « si elle mange pas c payé ? »: whether
 * a day missed is billed, asked at the menu. The absence's billing rule answers it (not the invoices). Works on
 * prepare()d text.
 */
/** Billed, paid, charged (not « mon compte », the account: a determiner before it). */
const BILLED = /\b(?:factur\w*|pay\w*|paie|paies|paient|coute|(?<!\b(?:mon|ma|un|une|le|votre|son|sa|notre|leur|du|au|de|d|mes|vos|nos|en|l) )compt\w*)\b/;
/** How to pay asked (« payer par carte », « je paie en ligne »), not whether a day is billed. */
const PAY_HOW = /\b(?:pay\w*|paie|paies|paient|regl\w*) (?:par|en ligne|avec|comment)\b|\b(?:comment|cmt)\b/;
/** A day missed, or not warned: « si je préviens pas », « s'il est absent », « quand elle mange pas », « en cas d'absence ». */
const MISSED = /\b(?:si|s|quand|lorsqu\w*|en cas d)\b.*\b(?:previen\w*|prevenir|prevenu|signal\w*|annul\w*|absen\w*|malade|vient pas|va pas|mange pas|mangera pas|ira pas|viendra pas)\b/;

export const asksAbsenceBilling = (said: string): boolean => BILLED.test(said) && MISSED.test(said) && !PAY_HOW.test(said) && !/\bfacture (?:de|du|d) \w+\b/.test(said);

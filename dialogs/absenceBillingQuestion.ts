/**
 * « c facturé si je previens pas ? », « est-ce que je paie s'il est absent ? », « si elle mange pas c payé ? »: whether
 * a day missed is billed, asked at the menu. The absence's billing rule answers it (not the invoices). Works on
 * prepare()d text.
 */
/** Billed, paid, charged. */
const BILLED = /\b(?:factur\w*|pay\w*|paie|paies|paient|compte|comptee?|coute|compt\w*)\b/;
/** A day missed, or not warned: « si je préviens pas », « s'il est absent », « quand elle mange pas », « en cas d'absence ». */
const MISSED = /\b(?:si|s|quand|lorsqu\w*|en cas d)\b.*\b(?:previen\w*|prevenir|prevenu|signal\w*|annul\w*|absen\w*|malade|vient pas|va pas|mange pas|mangera pas|ira pas|viendra pas)\b/;

export const asksAbsenceBilling = (said: string): boolean => BILLED.test(said) && MISSED.test(said) && !/\bfacture (?:de|du|d) \w+\b/.test(said);

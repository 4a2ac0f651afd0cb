/**
 * A reference given beside the request, not the request (on prepare()d text, politeness taken out): the writer's phone number
 * or file number (« tel 0612131415 garderie le 17 », « numéro de dossier 45, absent le 15 »: who writes, not a contact asked nor
 * a key to enter), an earlier message recalled (« suite à mon mail du 4, garderie le 9 »: the 4th is the mail's day, not a day asked).
 */

import { PHONE as PHONE_NUMBER } from './ownNumber';

/** A phone number: « 0612131415 », « 06 12 13 14 15 », « +33 6 12 13 14 15 » (ownNumber.ts). */
const PHONE = `(?:${PHONE_NUMBER})`;
/** What names the writer's number: « tel », « mon portable », « numéro de dossier », « numéro dossier », « dossier », « n° famille ». */
const NUMBER_WORD =
  '(?:(?:mon |ma |notre |le |la )?(?:tel|telephone|portable|mobile|numero(?: de (?:telephone|tel|portable|mobile)| (?:de |d )?(?:dossier(?: famille)?|famille))?|dossier(?: famille)?|famille)(?: (?:c est|est|au))? ?:? ?)';
/** The number given: the words that name it, then a phone number or a file number (digits, maybe after letters: « CSP-F-000101 »). */
const NUMBER_GIVEN = new RegExp(`\\b${NUMBER_WORD}(?:${PHONE}|(?:[a-z]{2,4} ?[a-z]? ?)?\\d{1,8})\\b|(?<![\\d ])${PHONE}\\b`, 'g');

/** An earlier message or call recalled, its day with it: « suite à mon mail du 4 », « comme dit dans mon message d'hier ». */
const EARLIER_MESSAGE =
  /\b(?:suite a|pour faire suite a|en reponse a|en complement (?:de|a)|comme (?:dit|indique|ecrit|explique|demande|precise) dans|cf|par rapport a|je reviens (?:vers vous )?(?:sur|apres)|j ai envoye|je vous ai (?:envoye|ecrit|laisse)) (?:mon |ma |notre |votre |le |la |un |une )?(?:dernier |precedent )?(?:mail|e ?mail|courriel|message|appel|coup de fil|courrier|lettre|sms|echange|conversation|demande)(?: (?:du|de|d) (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?(?:le )?(?:1er|\d{1,2}(?:[/.-]\d{1,2})?)(?: (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))?|(?: (?:d |de |du )?(?:hier|avant hier|ce matin|la semaine derniere|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: dernier)?))?\b/g;

/** The text without the references given beside it; undefined when it gives none. */
export function withoutReferences(said: string): string | undefined {
  const out = said.replace(NUMBER_GIVEN, ' ').replace(EARLIER_MESSAGE, ' ').replace(/\s+/g, ' ').trim();
  return out === said.trim() ? undefined : out;
}

/** An earlier message recalled with its day (for the days read: its day is the story's). */
export const EARLIER_MESSAGE_DAY = new RegExp(EARLIER_MESSAGE.source);

/** The tasks a reference is given beside (« tel 06…, garderie le 17 »): what is asked once the reference is set aside. */
const TASKS_WITH_DAYS = new Set(['book', 'cancel_booking', 'report_absence', 'list_bookings']);

/** A day said (« jeudi », « demain », « le 12 »). */
const DAY_SAID = /\b(?:aujourd hui|apres demain|demain|ce soir|lundi|mardi|mercredi|jeudi|vendredi|semaine|(?:le |du |au )\d{1,2}(?:er)?|\d{1,2}[/.-]\d{1,2})\b/;

/**
 * The task asked beside a reference (a number given, an earlier message recalled), given how the rest reads (`reread`); undefined
 * when the text gives no reference, or when the rest asks no task with its days.
 */
export function askedBesideReference<I extends string>(said: string, reread: (text: string) => I): I | undefined {
  const rest = withoutReferences(said);
  if (rest === undefined || rest === '' || !DAY_SAID.test(rest)) return undefined;
  const asked = reread(rest);
  return TASKS_WITH_DAYS.has(asked) ? asked : undefined;
}

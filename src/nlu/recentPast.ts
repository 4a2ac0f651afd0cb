/**
 * Days of the last weeks told in a message: « suite à mon appel du 2 décembre … », « on a déménagé le 15 novembre ».
 * Read forward, a day named with its month is next year's; said on 7 December, « le 2 décembre » is the story, not a day asked.
 */
import { addDays } from './calendarMath';
import { RECENT_PAST_DAYS, type Reader } from './dateReader';
import { DAY, MONTH, WD } from './dateWords';
import { clauseAt } from './pastClauses';

/** A verb in the passé composé, any verb (« j'ai déposé », « je me suis inscrite », « a changé »). */
const PERFECT = /\b(?:ai|as|a|avons|avez|ont) (?:(?:deja|bien) )?[a-z]{3,}(?:e|ee|es|ees|i|ie|is|it|u|ue)\b|\b(?:me suis|s est|nous sommes|se sont|suis|est|sommes|sont) (?:(?:deja|bien) )?[a-z]{3,}(?:e|ee|es|ees|i|ie|is|it|u|ue)\b/;

/**
 * What was said or done before, told with its day: « suite à mon appel du 2 », « notre échange téléphonique du 8 décembre »,
 * « lors de ma réservation du 5 »: the day is the story (a booking's own day, « annuler ma réservation du 12 », stays).
 */
const STORY_DAY = new RegExp(`\\b(?:(?:mon|ma|notre|votre|nos|mes|cet|cette|l|le|la) (?:appel|coup de (?:fil|telephone)|message|sms|mail|e mail|courriel|echange|conversation|entretien|courrier|lettre|visite|passage)s?(?: telephonique)?|lors (?:de|d) (?:ma|mon|notre|la|le|l) \\w+) (?:du|d hier|en date du) (?:${WD} )?${DAY}(?: ${MONTH})?\\b`);

export const maskStoryDays = (r: Reader): void => r.mask(STORY_DAY);

/** « suite à mon appel du 2 décembre … le mardi 8 »: beside days of the coming months, a day of the last weeks read as next year's is dropped. */
export function withoutRecentPast(r: Reader): void {
  const far = addDays(r.today, 365 - RECENT_PAST_DAYS);
  const lastWeeks = (f: (typeof r.found)[number]) => !f.bound && f.days.length === 1 && (f.days[0] as string) > far;
  // « je me suis inscrite sur le portail le 10 décembre », « j'ai déposé un dossier le 5 janvier »: told in the passé composé, it is past.
  for (const f of r.found) if (lastWeeks(f) && PERFECT.test(clauseAt(r.source, f.at))) f.days = [];
  if (!r.found.some((f) => f.days.some((d) => d >= r.today && d <= far))) return;
  for (const f of r.found) if (lastWeeks(f)) f.days = [];
}


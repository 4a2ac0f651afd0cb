/**
 * Days of the last weeks told in a message: « suite à mon appel du 2 décembre … », « on a déménagé le 15 novembre ».
 * Read forward, a day named with its month is next year's; said on 7 December, « le 2 décembre » is the story, not a day asked.
 */
import { addDays } from './calendarMath';
import { RECENT_PAST_DAYS, type Found, type Reader } from './dateReader';
import { DAY, MONTH, WD } from './dateWords';
import { clauseAt } from './pastClauses';
import { PAPER_SENT_WHEN } from './contextBeside';

/** What « à » leads to (« à midi », « à chaque fois », « à domicile »): the auxiliary « a » is never before them. */
const AFTER_A = `(?!(?:midi|minuit|${WD}|chaque|cette|toute|toutes|domicile|distance|table|nouveau|partir)\\b)`;

/** A verb in the passé composé, any verb (« j'ai déposé », « je me suis inscrite », « a changé »; not « à midi »). */
const PERFECT = new RegExp(
  `\\b(?:ai|as|avons|avez|ont|a(?= (?:(?:deja|bien) )?${AFTER_A})) (?:(?:deja|bien) )?[a-z]{3,}(?:e|ee|es|ees|i|ie|is|it|u|ue)\\b|` +
    `\\b(?:me suis|s est|nous sommes|se sont|suis|est|sommes|sont) (?:(?:deja|bien) )?[a-z]{3,}(?:e|ee|es|ees|i|ie|is|it|u|ue)\\b`,
);

/**
 * What was said or done before, told with its day: « suite à mon appel du 2 », « notre échange téléphonique du 8 décembre »,
 * « lors de ma réservation du 5 »: the day is the story (a booking's own day, « annuler ma réservation du 12 », stays).
 */
// (« le courrier de la mairie daté du 2 décembre », « mon attestation, datée du 4 janvier »: a paper's date, the story too;
// « en date du », « à la date du » name the day asked: « annuler la cantine en date du 12 janvier ».)
const STORY_DAY = new RegExp(`\\b(?:(?:mon|ma|notre|votre|nos|mes|cet|cette|l|le|la) (?:appel|coup de (?:fil|telephone)|message|sms|mail|e mail|courriel|echange|conversation|entretien|courrier|lettre|visite|passage)s?(?: telephonique)?|lors (?:de|d) (?:ma|mon|notre|la|le|l) \\w+) (?:du|d hier|en date du)(?: ${WD})? ${DAY}(?: ${MONTH})?\\b|(?<!\\b(?:en|la|une|cette|ma|sa|votre|de) )\\bdatee?s? du (?:${WD} )?${DAY}(?: ${MONTH})?\\b`);

/** « j'ai reçu ce matin le message de l'école », « on a appris hier que… »: when news came, not a day asked. */
const NEWS_CAME = /\b(?:j ai|on a|nous avons|je viens d|on vient d|nous venons d)(?: (?:bien|deja))? (?:recu|eu|appris|lu|vu|entendu|ete (?:informee?s?|prevenue?s?))(?: [a-z]+){0,4}? (?:ce matin|hier(?: soir| matin| midi)?|avant hier|tout a l heure|ce midi)\b/;

/** « fatiguée de cette semaine », « j'en ai marre de cette semaine », « crevé par la semaine »: a week lived, told, no days asked. */
const WEEK_LIVED = /\b(?:fatiguee?s?|crevee?s?|epuisee?s?|lessivee?s?|marre|usee?s?|vannee?s?) (?:de|par) (?:cette|la|ma|notre) semaine\b/;

/** The days of the story told (what was said or done, a week lived, when a paper promised is brought: contextBeside.ts), not days asked. */
export function maskStoryDays(r: Reader): void {
  r.mask(STORY_DAY);
  r.mask(NEWS_CAME);
  r.mask(WEEK_LIVED);
  r.mask(PAPER_SENT_WHEN);
}

/** A request for days to come in the clause: booking, cancelling, an absence (« réserver … le 15 septembre », « absent le 15 septembre »). */
const REQUEST = /\b(?:reserv(?:er|ez|erais|erions)|inscri(?:re|vez)|annul(?:er|ez|erais)|desinscri(?:re|vez)|ajout(?:er|ez)|supprim(?:er|ez)|retir(?:er|ez)|absente?s?|sera pas|seront pas|ne (?:mangera|mangeront|viendra|viendront|ira|iront))\b/;
/** What joins days listed together: « le 8 janvier, le 3 mars et le 15 septembre », « le 8 janvier à midi et le 15 septembre ». */
const JOIN = /^ ?(?:(?:a |le |au )?(?:midi|soir|matin|repas) )?(?:,|et|ou|puis|,? ?ainsi que|,? ?et aussi|,? ?et encore)? ?$/;

/** Where the words read for `f` end (the reader blanked them). */
function endOf(r: Reader, f: Found): number {
  let end = f.at;
  while (r.text[end] === '#') end++;
  return end;
}

/** « le 8 janvier, le 3 mars et le 15 septembre »: `f` is listed with a day of `ahead`. */
function listedWith(r: Reader, f: Found, ahead: Found[]): boolean {
  return ahead.some((g) => (g.at < f.at ? JOIN.test(r.source.slice(endOf(r, g), f.at)) : JOIN.test(r.source.slice(endOf(r, f), g.at))));
}

/**
 * « suite à mon appel du 2 décembre … le mardi 8 »: beside days of the coming months, a day of the last weeks read as next year's is dropped;
 * not one asked with them, listed with them or in a request for days to come (« réserver le 8 janvier et le 15 septembre »).
 */
export function withoutRecentPast(r: Reader): void {
  const far = addDays(r.today, 365 - RECENT_PAST_DAYS);
  const lastWeeks = (f: Found) => !f.bound && f.days.length === 1 && (f.days[0] as string) > far;
  // « je me suis inscrite sur le portail le 10 décembre », « j'ai déposé un dossier le 5 janvier »: told in the passé composé, it is past.
  for (const f of r.found) if (lastWeeks(f) && PERFECT.test(clauseAt(r.source, f.at))) f.days = [];
  const ahead = r.found.filter((f) => f.days.some((d) => d >= r.today && d <= far));
  if (ahead.length === 0) return;
  for (const f of r.found) if (lastWeeks(f) && !REQUEST.test(clauseAt(r.source, f.at)) && !listedWith(r, f, ahead)) f.days = [];
}

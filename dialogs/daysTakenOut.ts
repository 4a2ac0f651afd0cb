/**
 * Days taken out of what was asked (« pas le 15 », « sauf le 15 », in a cancellation « garde le 23 ») and days said instead
 * of others (« pas le lundi, le mardi », « le 26 pas le 25 », « remplace le 8 par le 10 »): read at the basket
 * (basketAnswer.ts) and wherever days are said again during a booking.
 */
import { normalize } from '../src/domain/text';
import { isKnownFirstName } from '../src/nlu/firstNames';
import type { Understanding } from '../src/nlu/understand';

/**
 * Words that take the day said next out (« pas le 15 », « sauf le 15 », « without the 15th », « remove January 15 »;
 * not « pas grave, plutôt le 4 »).
 */
export const WITHOUT =
  /\b(?:pas|sauf|sans|excepte|hormis|enlev\w*|retir\w*|supprim\w*|without|except(?: for)?|excluding|apart from|not|remove|drop|delete|take (?:off|out))(?: (?:le|la|les|du|de|d|the))?(?: (?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec))? (?:\d|1er|premier|deuxieme|seconde|troisieme|derniere|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday)/;
/** In a basket of cancellations, words that keep the day said booked (« garde le 23 », « laissez le 25 », « keep the 23rd »): it leaves the basket. */
export const KEEP =
  /\b(?:gard\w*|laiss\w*|conserv\w*|maintien\w*|keep|leave)(?: (?:moi|lui|leur))?(?: (?:le|la|les|du|de|d|the))?(?: (?:january|february|march|april|may|june|july|august|september|october|november|december))? (?:\d|1er|premier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday)/;
/**
 * The answer opens on taking days out (« pas le 11 », « ah non, garde le 23 », « en fait pas le vendredi », « je veux pas
 * le 12 », « il ne mange pas le 14 »), not a list of days with an exception (« les mardis sauf le 12 »).
 */
const OPENS =
  /^(?:(?:ah|bah|ben|euh|oh|non|nan|oui|ouais|d accord|daccord|dac|et|mais|alors|finalement|no|oups|bon|ok|en fait|enfait|du coup|pardon|desole|hmm?|(?:je|j|on|nous|il|elle|ils|elles)(?: ne| n)? (?:veux|voudrais|veut|voulons|prends|prend|prenons|mange|mangera|mangent|va|vais|ira|iront|sera|seront|viendra|viendront))\s+)*/;

/**
 * The children's first names taken out of normalized text (« pas hugo vendredi » reads as « pas vendredi » for Hugo): those of
 * `names`, or any first name known (where the family's are not at hand).
 */
export function withoutNames(said: string, names: readonly string[]): string {
  const own = new Set(names.map((n) => normalize(n)));
  const words = said.split(' ');
  const kept = words.filter((w, i) => {
    const name = (x: string | undefined) => x !== undefined && x.length > 1 && (own.has(x) || isKnownFirstName(x));
    // « pour hugo », « de léa »: the little word goes with the name.
    if (/^(?:pour|de|a)$/.test(w) && name(words[i + 1])) return false;
    return !name(w);
  });
  return kept.join(' ');
}

/**
 * Days said to leave the wishes (« pas le 15 », « sauf le 15 »; in a cancellation, « garde le 23 »), said first in the answer;
 * a child named in between (« en fait pas hugo vendredi », `names`: the family's children) is whose days leave.
 */
export function takesOut(text: string, cancelling: boolean, names: readonly string[] = []): boolean {
  const said = withoutNames(normalize(text), names).replace(OPENS, '');
  return [WITHOUT, ...(cancelling ? [KEEP] : [])].some((re) => re.exec(said)?.index === 0);
}

/**
 * « pas le lundi, le mardi », « pas le lundi mais le mardi », « enlève le 11 et mets le 12 »: the days taken out, then
 * those said instead (each part to read on its own); undefined when the answer does not say both.
 */
const SWAP =
  /^(?:.*?\s)?((?:pas|sauf|sans|enlev\w*|retir\w*|supprim\w*)\s.*?)\s*(?:,|\bmais\b|\bplutot\b|\bau lieu\b|\bremplac\w*(?: par)?\b|\bet (?=mets|mettez|ajout|rajout|plutot|prends|prenez)|(?=\b(?:juste|seulement|uniquement|only|just)\b|\bque (?:le |la |les |l )?(?:\d|1er|lundi|mardi|mercredi|jeudi|vendredi)))\s*(.+)$/;
/** The days said instead are the only ones (« pas jeudi, juste vendredi », « pas le 7 seulement le 8 »): the basket becomes them. */
const ONLY = /^(?:(?:mais|et|non|plutot)\s+)*(?:juste|seulement|uniquement|only|just|que)\b/;
export function dropThenAdd(text: string): { drop: string; add: string } | undefined {
  // normalize() without losing the commas (« pas le 7, le 11 »).
  const m = SWAP.exec(text.split(/\s*[,;]\s*/).map(normalize).join(', '));
  return m?.[1] && m[2] ? { drop: m[1], add: m[2] } : undefined;
}

/**
 * The other order: « le 26 pas le 25 », « plutôt le 26 au lieu du 25 », « le 8, et pas le 7 »: the days said first join the
 * basket, those after « pas » leave it; undefined when no day comes before.
 */
const ADD_THEN_DROP = /^(.*\b(?:\d{1,2}|1er|lundi|mardi|mercredi|jeudi|vendredi)\b.*?)\s*,?\s+(?:(?:et|mais|non)\s+)?((?:pas|au lieu d[eu]?|au lieu des|a la place d[eu]?|a la place des|plutot que)\s.*)$/;
export function addThenDrop(text: string): { drop: string; add: string } | undefined {
  const m = ADD_THEN_DROP.exec(normalize(text));
  // « pas le 7 et pas le 8 »: every day said is taken out, none added.
  return m?.[1] && m[2] && !takesOut(m[1], false) ? { add: m[1], drop: m[2].replace(/^(?:pas|plutot que)\s+/, '').replace(/^(?:au lieu|a la place) (?:du|des|de|d)\s+/, 'le ') } : undefined;
}

/**
 * A day said to be another (« nan le 12 c le 13 pardon », « non le 12 c'est le 13 », « le jeudi 4 c'était plutôt le vendredi 5 »,
 * « le 12 devient le 14 », « le 4 je voulais dire le 5 », « au lieu du jeudi 4 le vendredi 5 », « remplace le 8 par le 10 »): the first day leaves the basket,
 * the second joins it; undefined when the answer does not say both.
 */
const DAY = '(?:\\d{1,2}|1er|lundi|mardi|mercredi|jeudi|vendredi)';
const SAYS_INSTEAD = '(?:(?:en fait|enfait|pardon|plutot|euh|non|nan) )*(?:c est|c etait|ce sera|ca sera|c|ce serait|devient|deviendrait|doit etre|je voulais dire|je veux dire|j voulais dire|jvoulais dire|je voulais|je voulais plutot dire)';
const DAY_FOR_DAY = new RegExp(
  `^(?:(?:ah|oh|euh|bah|ben|non|nan|no|pardon|oups|en fait|enfait|et|mais)\\s+)*((?:le |la |du )?(?:\\w+ )?${DAY}\\b(?: \\w+)?)\\s+${SAYS_INSTEAD}\\s+(.*\\b${DAY}\\b.*)$`,
);
/** « au lieu du jeudi 4 le vendredi 5 », « non au lieu du 4 mettez le 5 ». */
const INSTEAD_OF_FIRST = new RegExp(
  `^(?:(?:ah|oh|euh|bah|ben|non|nan|no|pardon|oups|en fait|enfait|et|mais)\\s+)*au lieu (?:du|de|des|d) ((?:\\w+ )?${DAY}\\b(?: (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))?)\\s+(.*\\b${DAY}\\b.*)$`,
);
/** « remplace le 8 par le 10 », « change le 8 pour le 10 », « replace the 8th with the 10th », « change the 8th to the 10th ». */
const REPLACED_BY = new RegExp(
  `^(?:(?:ah|oh|euh|bah|ben|non|nan|no|pardon|oups|en fait|enfait|et|mais|alors|svp|pouvez vous|vous pouvez|tu peux)\\s+)*(?:remplac\\w*|chang\\w*|echang\\w*|modifi\\w*|replace|change|swap)\\s+((?:le |la |du |the )?(?:\\w+ )?${DAY}(?:er|eme|e|th|st|nd|rd)?\\b(?: (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))?)\\s+(?:par|pour|contre|en|avec|by|for|with|to|into)\\s+(.*\\b${DAY}(?:er|eme|e|th|st|nd|rd)?\\b.*)$`,
);
export function dayForDay(text: string): { drop: string; add: string } | undefined {
  const said = normalize(text);
  const m = DAY_FOR_DAY.exec(said) ?? REPLACED_BY.exec(said);
  if (m?.[1] && m[2]) return { drop: m[1], add: m[2] };
  const first = INSTEAD_OF_FIRST.exec(said);
  return first?.[1] && first[2] ? { drop: `le ${first[1]}`, add: first[2] } : undefined;
}

/**
 * The days a correction takes out and those it says instead (« pas le lundi, le mardi », « le 26 pas le 25 », « remplace le 8
 * par le 10 »); `only` when those said instead are the only ones (« pas jeudi, juste vendredi »). Undefined when it does not say both.
 */
export function swapDays(text: string, read: (text: string) => Understanding): { out: string[]; into: string[]; only: boolean } | undefined {
  const parts = dropThenAdd(text) ?? addThenDrop(text) ?? dayForDay(text);
  const out = parts ? read(parts.drop).dates : [];
  const into = parts ? read(parts.add).dates.filter((d) => !out.includes(d)) : [];
  if (!parts || out.length === 0 || into.length === 0) return undefined;
  return { out, into, only: ONLY.test(normalize(parts.add)) };
}

/** The days a request had, once corrected (see swapDays): those said instead only, or the others kept with them. */
export function daysSwapped(days: readonly string[], swap: { out: string[]; into: string[]; only: boolean }): string[] {
  return swap.only ? [...swap.into] : [...new Set([...days.filter((d) => !swap.out.includes(d)), ...swap.into])].sort();
}

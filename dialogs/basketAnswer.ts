/**
 * What an answer at the booking basket (« Confirmer » / « Modifier » / « Abandonner ») means.
 * A « non » never drops the basket on its own:
 * - « non, plutôt le 4 décembre », « plutôt le 4 », « le 4 et le 7 »: the basket becomes those days
 *   (shown again, to confirm); « et le 4 aussi », « ajoutez le 7 », « finalement si le 18 »: those days are added to it;
 *   « pas le 15 », « sauf le 15 », « sans le 15 », « enlever le 15 » (and « annuler le 15 » in a basket
 *   of days to book): those days leave it; in a basket of cancellations, « garde le 23 », « laisse le 25 »
 *   (do not cancel them) too;
 * - a plain « non » (or a « non » with words that name no day): the resident is asked whether to
 *   change the days or give up, and only a second « non » or « Abandonner » gives up.
 * « Abandonner » itself, or its synonyms, or a « non » with words that give up (« non laisse
 * tomber »), gives up at once.
 */
import type { Wish } from '../src/domain/reservations';
import { normalize } from '../src/domain/text';
import { isKnownFirstName } from '../src/nlu/firstNames';
import type { Understanding } from '../src/nlu/understand';
import { mergeWishes } from './calendarCard';
import { nthWeek, weekOrdinal } from '../src/nlu/weekOrdinal';
import { recognizeChoice, type ChoiceMatch, type ChoiceOption } from '../src/nlu/choice';

export type DaysMode = 'replace' | 'add' | 'drop';

export type BasketAnswer =
  | { kind: 'confirm' }
  | { kind: 'modify' }
  | { kind: 'abandon' }
  /** A « non » that says neither: ask whether to change the days or give up. */
  | { kind: 'which' }
  /** Days said for the basket: its days become them, are added to them, or leave it. */
  | { kind: 'days'; mode: DaysMode }
  | { kind: 'none' };

/**
 * Words that add days rather than replace them (« et le 4 aussi », « ajoutez le 7 », « and the 19th too », « zut j'ai oublié Hugo »), or put a day
 * taken out back (« finalement si le 18 », « en fait si le 18 », « remets le 18 », « put the 18th back »).
 */
const ALSO =
  /\b(aussi|egalement|en plus|ajout\w*|rajout\w*|remet\w*|remettr\w*|oublie|also|add|as well|too|back|forgot)\b|(?:^|\b(?:finalement|en fait|enfait|ah|oh|bon|mais|non|euh|et)\s+)si\b/;
/** An answer opening on « et » (« et le 12 », « et Hugo le 14 », « and the 12th »): more days, not others (not « et plutôt le 12 »). */
const AND_MORE = /^(?:et|and)\s+(?!(?:plutot|rather|non|no|pas|si)\b)/;
/**
 * Words that take the day said next out (« pas le 15 », « sauf le 15 », « without the 15th », « remove January 15 »;
 * not « pas grave, plutôt le 4 »).
 */
const WITHOUT =
  /\b(?:pas|sauf|sans|excepte|hormis|enlev\w*|retir\w*|supprim\w*|without|except(?: for)?|excluding|apart from|not|remove|drop|delete|take (?:off|out))(?: (?:le|la|les|du|de|d|the))?(?: (?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec))? (?:\d|1er|premier|deuxieme|seconde|troisieme|derniere|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday)/;
/** In a basket of cancellations, words that keep the day said booked (« garde le 23 », « laissez le 25 », « keep the 23rd »): it leaves the basket. */
const KEEP =
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
function withoutNames(said: string, names: readonly string[]): string {
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

/** « sauf », « sans », « except », « but not »: alone before days, the date reader takes those days out of nothing. */
const EXCEPT = /\b(?:sauf|sans|except[ée]?(?: for)?|hormis|apart from|excluding|but not)\b/i;
/** A « non » alone (« ah non », « euh non »): it asks whether to change the days or give up. */
const PLAIN_NO = /^(?:(?:ah|oh|bah|ben|euh) )?(?:non|nan|no|nope)(?: merci)?$/;

/**
 * `chosen`: the option read among those shown; `options`: those options (the third gives up and
 * means « no »); `afterNo`: the resident already said « non » once; `understood`: the answer read
 * as free text (its days).
 */
export function readBasketAnswer(text: string, chosen: ChoiceMatch | undefined, options: readonly ChoiceOption[], afterNo: boolean, understood: Understanding, cancelling = false): BasketAnswer {
  // « le jeudi 4 c'était plutôt le vendredi 5 »: days, though the whole (« c'était ») may read as told in the past.
  const hasDays = understood.dates.length > 0 || dayForDay(text) !== undefined;
  // « oui mais pas le 8 »: a change of the days, not a confirmation.
  if (chosen?.index === 0 && !(chosen.rest && hasDays)) return { kind: 'confirm' };
  // « Abandonner » said as such (its label or a synonym), not a « non » read as it.
  const plain = options.map((o) => ({ label: o.label, synonyms: o.synonyms ?? [] }));
  const explicit = recognizeChoice(text, plain)?.index;
  // « je vais abandonner l'idée du mardi, mettez jeudi »: days said with it change the basket (below), they do not give it up.
  if (chosen?.index === 2 && explicit === 2 && !hasDays) return { kind: 'abandon' };
  // Days said with a « non », a « Modifier » or alone: the basket changes to them.
  if (hasDays) {
    const said = withoutNames(normalize(text), understood.children ?? (understood.child ? [understood.child] : []));
    const without = WITHOUT.test(said) || (cancelling && KEEP.test(said)) || addThenDrop(text) !== undefined || dayForDay(text) !== undefined;
    return { kind: 'days', mode: without ? 'drop' : ALSO.test(said) || AND_MORE.test(said) ? 'add' : 'replace' };
  }
  if (chosen?.index === 1) return { kind: 'modify' };
  // A « non » with words that give up (« non laisse tomber », « non merci », « tant pis »): given up at once.
  if (understood.intent === 'abort' && !PLAIN_NO.test(normalize(text))) return { kind: 'abandon' };
  if (chosen?.index === 2) return afterNo ? { kind: 'abandon' } : { kind: 'which' };
  return { kind: 'none' };
}

/**
 * The basket's wishes once days are said: for the children named (else those of the basket), with the
 * basket's action (a cancellation stays one, and « annuler le 4 » cancels), replacing the basket's days,
 * added to them, or taken out of them (« pas le 15 »; « annuler le 15 » in a basket of days to book).
 */
export function changedWishes(current: readonly Wish[], dates: readonly string[], childIds: readonly number[], cancel: boolean, mode: DaysMode): Wish[] {
  const children = childIds.length ? childIds : [...new Set(current.map((w) => w.childId))];
  const basketAction = current[0]?.action ?? 'add';
  if (mode === 'drop' || (cancel && basketAction === 'add')) return current.filter((w) => !(children.includes(w.childId) && dates.includes(w.day)));
  const action: Wish['action'] = cancel ? 'remove' : basketAction;
  const said = children.flatMap((childId) => dates.map((day): Wish => ({ childId, day, action })));
  return mode === 'replace' ? said : mergeWishes([...current], said);
}

/**
 * « pas le 11, et ajoutez Hugo aussi »: days taken out and a child not in the basket named, both at once —
 * the days leave the basket, and the child named has the days left too. Undefined when it is not that.
 */
export function droppedAndAdded(current: readonly Wish[], dates: readonly string[], childIds: readonly number[], mode: DaysMode): Wish[] | undefined {
  const own = [...new Set(current.map((w) => w.childId))];
  const added = childIds.filter((id) => !own.includes(id));
  if (mode !== 'drop' || added.length === 0) return undefined;
  const inBasket = childIds.filter((id) => own.includes(id));
  const kept = changedWishes(current, dates, inBasket, false, 'drop');
  const days = [...new Map(kept.map((w) => [w.day, w.action])).entries()];
  return mergeWishes(kept, added.flatMap((childId) => days.map(([day, action]): Wish => ({ childId, day, action }))));
}

/**
 * « non, pour les deux », « c'est pour Hugo », « pour Hugo aussi »: the basket's days for the children said
 * (with « aussi », added to its own); undefined when none is said or they are the basket's already.
 */
export function childrenChanged(text: string, current: readonly Wish[], childIds: readonly number[]): Wish[] | undefined {
  const own = [...new Set(current.map((w) => w.childId))];
  const wanted = ALSO.test(normalize(text)) ? [...new Set([...own, ...childIds])] : [...new Set(childIds)];
  if (wanted.length === 0 || (wanted.length === own.length && wanted.every((id) => own.includes(id)))) return undefined;
  const days = [...new Map(current.map((w) => [w.day, w.action])).entries()];
  return wanted.flatMap((childId) => days.map(([day, action]): Wish => ({ childId, day, action })));
}

/** « enlève la 2e semaine », « juste la première semaine » said of the days chosen (a basket's): the days of that week of theirs. */
export function withWeekOf(understood: Understanding, text: string, wishes: readonly Wish[]): Understanding {
  const week = understood.dates.length === 0 ? weekOrdinal(normalize(text)) : undefined;
  if (week === undefined) return understood;
  const dates = nthWeek([...new Set(wishes.map((w) => w.day))], week);
  return dates.length ? { ...understood, dates } : understood;
}

/** « mais » before the days taken out (« oui mais pas le 8 »): the date reader then takes them out of nothing. */
const BUT = /\bmais\s+(?=pas\b|sans\b|sauf\b)/gi;

/** The answer read as free text; « sauf le 15 », « sans le 15 », « mais pas le 15 » read as « pas le 15 » (the days to take out), its intent kept. */
export function readWithExceptions(text: string, read: (text: string) => Understanding): Understanding {
  const understood = read(text);
  if (understood.dates.length > 0) return understood;
  const asPas = EXCEPT.test(text) || new RegExp(BUT.source, 'i').test(text) ? read(text.replace(BUT, '').replace(new RegExp(EXCEPT.source, 'gi'), 'pas')) : understood;
  if (asPas.dates.length > 0) return { ...asPas, intent: understood.intent };
  // « pas le 7 et pas le 8 »: the days after each « pas » (those to take out).
  if (!/\bpas\b/i.test(text)) return understood;
  return { ...read(text.replace(/\b(?:mais\s+)?pas\s+(?=(?:le|la|les|du|l)\b|\d|lundi|mardi|mercredi|jeudi|vendredi)/gi, '')), intent: understood.intent };
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

/** « pas le lundi, le mardi » (see swapDays): the days taken out leave the basket, those said instead join it; undefined otherwise. */
export function swapped(current: readonly Wish[], text: string, childIds: readonly number[], mode: DaysMode, read: (text: string) => Understanding): Wish[] | undefined {
  const swap = mode === 'drop' ? swapDays(text, read) : undefined;
  if (!swap) return undefined;
  if (swap.only) return changedWishes(current, swap.into, childIds, false, 'replace');
  return changedWishes(changedWishes(current, swap.out, childIds, false, 'drop'), swap.into, childIds.length ? childIds : [...new Set(current.map((w) => w.childId))], false, 'add');
}

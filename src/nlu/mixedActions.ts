/**
 * Days to book and days to cancel said in one message (« réservez la cantine du 7 au 11 et annulez le 14 »,
 * « annuler lundi et mettre mardi à la place »): each part of the message, opened by its verb, gives its own days their
 * action. A basket holds both (src/domain/basketPlan.ts). Undefined when the message says one action only.
 */
import { prepare } from './frenchText';

// Verbs only: « la réservation », « l'inscription » name what is cancelled.
const BOOK = /^(?:reserv(?!ation)\w*|inscri(?!ption)\w*|reinscri(?!ption)\w*|ajout\w*|rajout\w*|mett\w*|mets|met|coch\w*|prevo\w*|book\w*|add)$/;
const CANCEL = /^(?:annul\w*|anul\w*|supprim\w*|enlev\w*|retir\w*|desinscri\w*|decoch\w*|cancel\w*|remove)$/;
/** « inscrit », « prévue », « réservées », « mis »: what is, not what is asked (« car il sera inscrit au centre le 15 »). */
const PARTICIPLE = /^(?:\w+ees?|(?:re|des)?inscrite?s?|prevue?s?|mise?s?)$/;
/** « est réservé », « déjà annulé »: the word after them tells what is. */
const STATE = /^(?:est|sont|sera|seront|serait|etait|etaient|ete|etre|soit|deja|bien)$/;

export interface DayAction {
  day: string;
  action: 'add' | 'remove';
  /** The children named in its part, when the parts name different children (« mettre Léa le 12 et retirer Hugo le 25 »). */
  children?: readonly string[];
}

/** What a part of the message says: its days, and the children it names. */
export interface PartReading {
  dates: readonly string[];
  children?: readonly string[];
}

/**
 * `read` gives the days of a part of the message, a day without its month read in `month` (the month of the part
 * before it: « du 7 au 11 janvier et annulez le 14 » is 14 January).
 */
export function mixedActions(text: string, read: (part: string, month?: string) => PartReading, before: DayAction['action'] = 'add'): DayAction[] | undefined {
  const words = prepare(text).split(/\s+/).filter(Boolean);
  // The words before any verb (« du 11 au 15 et annulez le 18 » at a calendar) have the action of the question (`before`).
  const parts: Array<{ action: DayAction['action']; words: string[]; lead?: boolean }> = [{ action: before, words: [], lead: true }];
  let previous = '';
  for (const word of words) {
    const bare = word.replace(/[,.;:]+$/, '');
    const asked = !PARTICIPLE.test(bare) && !STATE.test(previous);
    previous = bare;
    const action = !asked ? undefined : CANCEL.test(bare) ? 'remove' : BOOK.test(bare) ? 'add' : undefined;
    const last = parts.at(-1);
    if (action && (!last || last.action !== action)) parts.push({ action, words: [word] });
    else if (last) last.words.push(word);
  }
  const said = parts.filter((p) => p.words.length);
  if (said.length < 2) return undefined;
  const out = new Map<string, DayAction>();
  const readings: Array<{ action: DayAction['action']; days: readonly string[]; children: readonly string[] }> = [];
  let month: string | undefined;
  for (const part of said) {
    const reading = read(part.words.join(' '), month);
    const days = reading.dates;
    // A part without days of its own (« réservez la cantine et annulez le 14 »): not two actions on days (« je voudrais » before a verb has none).
    if (days.length === 0 && part.lead) continue;
    if (days.length === 0) return undefined;
    readings.push({ action: part.action, days, children: reading.children ?? [] });
    month = [...days].sort().at(-1)?.slice(0, 7);
  }
  // Each part its own children only when the parts name different ones; else the children are the whole message's.
  const own = new Set(readings.filter((r) => r.children.length).map((r) => [...r.children].sort().join(','))).size > 1;
  for (const r of readings) {
    const children = own && r.children.length ? { children: r.children } : {};
    for (const day of r.days) out.set(`${day}:${children.children?.join(',') ?? ''}`, { day, action: r.action, ...children });
  }
  const actions = [...out.values()].sort((a, b) => a.day.localeCompare(b.day));
  return actions.some((a) => a.action === 'add') && actions.some((a) => a.action === 'remove') ? actions : undefined;
}

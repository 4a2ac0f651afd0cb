/**
 * An activity for each child, said in one message: « inscrire Léa à la cantine et Hugo à la garderie le 8 janvier »,
 * « la cantine pour Léa et la garderie pour Hugo », or corrected on the way: « Léa et Hugo à la cantine, non pas la
 * cantine pour Hugo, la garderie » (Hugo's activity is the one said after the « pas »: nothing is cancelled).
 * The message is read clause by clause (« , », « et », « mais », « puis »): a child named with an activity has
 * that one; children named without one have the next activity said, else the one said before them.
 * Undefined when the message gives a single activity to every child named and corrects nothing: the
 * booking reads it as usual.
 */
import type { ActivityCode } from '../domain/types';
import { normalize } from '../domain/text';
import { detectActivity, namesCareOnly } from './activities';
import { prepare } from './frenchText';

/** « la garderie » said without the morning or the evening: the care the child is enrolled in. */
export type SaidActivity = ActivityCode | 'care';

export interface ActivityPerChild {
  /** Each child named (first name as given in `names`) with the activity said for them, in the order named. */
  children: Array<{ name: string; activity: SaidActivity }>;
  /** An activity was taken back (« non pas la cantine pour Hugo »): the « pas » is no cancellation. */
  corrected: boolean;
}

const CLAUSES = /\s*(?:,|;|\bet\b|\bmais\b|\bpuis\b|\bor\b|\band\b)\s*/;
/** « pas la cantine », « non, pas à la cantine », « not the canteen » (the activity that follows is taken back). */
const TAKEN_BACK = /\b(?:pas|not)\b(?:\s+(?:a|au|en|pour|de))?(?:\s+(?:la|le|l|les))?\s+\S/;

function activityOf(clause: string): SaidActivity | undefined {
  return detectActivity(clause) ?? (namesCareOnly(clause) ? 'care' : undefined);
}

/** The clauses of a message; « c'est la garderie pas la cantine »: the activity taken back after another is a clause of its own. */
function clausesOf(text: string): string[] {
  return prepare(text)
    .split(CLAUSES)
    .flatMap((clause) => {
      const at = TAKEN_BACK.exec(clause)?.index ?? 0;
      return at > 0 && activityOf(clause.slice(0, at)) ? [clause.slice(0, at), clause.slice(at)] : [clause];
    });
}

/** An activity taken back and another said instead (« Hugo, pas à la cantine mais à la garderie »): a correction of the activity, whoever it is for. */
export function correctsActivity(text: string): boolean {
  const clauses = clausesOf(text);
  const back = clauses.filter((c) => TAKEN_BACK.test(c)).map(activityOf);
  const said = clauses.filter((c) => !TAKEN_BACK.test(c)).map(activityOf);
  return back.some(Boolean) && said.some((a) => a !== undefined && !back.includes(a));
}

/** `single`: the children named are returned even when they all have the same activity (a basket's children moved to another). */
export function activityPerChild(text: string, names: readonly string[], single = false): ActivityPerChild | undefined {
  const words = names.map((name) => ({ name, re: new RegExp(`\\b${normalize(name).replace(/[^a-z0-9 ]/g, '.')}\\b`) }));
  const said = new Map<string, SaidActivity>();
  let waiting: string[] = [];
  let takenBack: string[] = [];
  let last: SaidActivity | undefined;
  let corrected = false;
  for (const clause of clausesOf(text)) {
    const named = words.filter((w) => w.re.test(clause)).map((w) => w.name);
    const activity = activityOf(clause);
    if (activity && TAKEN_BACK.test(clause)) {
      // « pas la cantine pour Hugo »: Hugo waits for the activity said next.
      corrected = true;
      for (const name of named) if (said.get(name) === activity) said.delete(name);
      takenBack = named.length ? named : [...said.keys()].filter((n) => said.get(n) === activity);
      continue;
    }
    if (!activity) {
      waiting.push(...named);
      continue;
    }
    const to = [...waiting, ...named, ...(named.length ? [] : takenBack)];
    for (const name of to) said.set(name, activity);
    waiting = [];
    takenBack = [];
    last = activity;
  }
  if (last) for (const name of waiting) if (!said.has(name)) said.set(name, last);
  const children = [...said.entries()].map(([name, activity]) => ({ name, activity }));
  if (children.length === 0 || (!single && !corrected && new Set(children.map((c) => c.activity)).size < 2)) return undefined;
  return { children, corrected };
}

/** Words written with a capital that are no first name (« Janvier », « Lundi », « Noël »). */
const NOT_A_NAME = /^(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|noel|paques|toussaint|bonjour|merci|svp|je|il|elle|mon|ma|mes|et|pour|la|le|les)$/;

/**
 * Before sign-in, when no family is known: each activity said, with the first names written with a capital
 * next to it (« inscrire Léa à la cantine et Hugo à la garderie »: the canteen for Léa, the care for Hugo; typed
 * without capitals, the activities alone). Undefined when one activity at most is said.
 */
export function activitiesSaid(text: string): Array<{ activity: SaidActivity; names: string[] }> | undefined {
  const words = text.split(/\s+/).slice(1).map((w) => w.replace(/[^\p{L}'-]/gu, ''));
  const guessed = [...new Set(words.filter((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w) && !NOT_A_NAME.test(normalize(w)) && !activityOf(prepare(w))))];
  const per = guessed.length ? activityPerChild(text, guessed) : undefined;
  if (per) {
    const order = [...new Set(per.children.map((c) => c.activity))];
    return order.map((activity) => ({ activity, names: per.children.filter((c) => c.activity === activity).map((c) => c.name) }));
  }
  const said = [...new Set(clausesOf(text).filter((c) => !TAKEN_BACK.test(c)).map(activityOf).filter((a): a is SaidActivity => a !== undefined))];
  return said.length >= 2 ? said.map((activity) => ({ activity, names: [] })) : undefined;
}
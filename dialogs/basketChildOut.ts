/**
 * A child taken out of a basket for every one of its days: « en fait pas Hugo », « sans Hugo », « enlève Hugo », « pas Hugo,
 * Léa » (no day said). The basket keeps the other children's days (and gets those of a child said instead). Before this,
 * the child named was read as the one meant: a basket of Léa and Hugo became Hugo's alone, Léa's days lost.
 */
import type { Wish } from '../src/domain/reservations';
import { prepare } from '../src/nlu/frenchText';

/** What a child's name is not meant by: « pas Hugo », « pas pour Hugo », « sans Hugo », « enlevez Hugo », « not Hugo ». */
const OUT_BEFORE = /\b(?:pas|sans|sauf|hormis|excepte|retir\w*|enlev\w*|supprim\w*|et non|au lieu|a la place|plutot que|not|without|except|remove)\s+(?:(?:pour|de|d|du|for)\s+)?$/;

const nameAt = (said: string, name: string): number => {
  const m = new RegExp(`(?:^|\\s)${name}(?=\\s|$)`).exec(said);
  return m ? m.index + (m[0].startsWith(' ') ? 1 : 0) : -1;
};

/**
 * The basket's days without the children said not meant (undefined when none is, or none would be left). `children`:
 * those the activity may be booked for.
 */
export function childrenTakenOut(text: string, current: readonly Wish[], children: ReadonlyArray<{ id: number; firstName: string }>): Wish[] | undefined {
  const said = prepare(text).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ');
  const own = [...new Set(current.map((w) => w.childId))];
  const found = children.map((c) => ({ id: c.id, at: nameAt(said, prepare(c.firstName)) })).filter((n) => n.at >= 0);
  const out = found.filter((n) => OUT_BEFORE.test(said.slice(0, n.at))).map((n) => n.id);
  if (!out.some((id) => own.includes(id))) return undefined;
  // « pas Hugo, Léa »: the child said instead; else the basket's others.
  const instead = found.filter((n) => !out.includes(n.id)).map((n) => n.id);
  const wanted = [...new Set([...own.filter((id) => !out.includes(id)), ...instead])];
  if (wanted.length === 0) return undefined;
  const days = [...new Map(current.map((w) => [w.day, w.action])).entries()];
  return wanted.flatMap((childId) => days.map(([day, action]): Wish => ({ childId, day, action })));
}

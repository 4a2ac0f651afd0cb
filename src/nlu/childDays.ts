/**
 * Each child's own days said in one message with one action (« le 19 janvier pour Hugo et le 21 pour Léa », « Hugo le 19, Léa le 21
 * et le 22 »): the message cut at the children's names, each part read whole with its child (the days before the name when the
 * first name follows its days, after it when it leads them). Undefined unless every part names one child of its own with days,
 * two children at least, and the parts' days are the message's (« le 19 et le 20 pour les deux », one child named: no such cut).
 * `ended`: each part is read with the end of its recurrence added (the answer to « Jusqu'à quand ? »).
 */
import { prepare } from './frenchText';
import type { DayAction, PartReading } from './mixedActions';

export function daysPerChild(text: string, names: readonly string[], read: (part: string, month?: string) => PartReading, action: DayAction['action'], ended = false): DayAction[] | undefined {
  const said = prepare(text);
  const at = names
    .flatMap((name) => [...said.matchAll(new RegExp(`\\b${prepare(name)}\\b`, 'g'))].map((m) => ({ name, start: m.index, end: m.index + m[0].length })))
    .sort((a, b) => a.start - b.start);
  if (new Set(at.map((a) => a.name)).size < 2 || new Set(at.map((a) => a.name)).size !== at.length) return undefined;
  const first = at[0] as (typeof at)[number];
  const nameAfter = read(said.slice(0, first.start)).dates.length > 0;
  const cuts = at.map((a, i) => (nameAfter ? said.slice(i === 0 ? 0 : (at[i - 1] as (typeof at)[number]).end, a.end) : said.slice(a.start, at[i + 1]?.start ?? said.length)));
  const rest = nameAfter ? said.slice((at.at(-1) as (typeof at)[number]).end) : said.slice(0, first.start);
  if (read(rest).dates.length) return undefined;
  const out: DayAction[] = [];
  let month: string | undefined;
  for (const [i, cut] of cuts.entries()) {
    const part = read(cut, month);
    const name = (at[i] as (typeof at)[number]).name;
    if (!part.dates.length || part.children?.length !== 1 || part.children[0] !== name) return undefined;
    for (const day of part.dates) out.push({ day, action, children: [name] });
    month = [...part.dates].sort().at(-1)?.slice(0, 7);
  }
  // A recurrence's end added to each part (`ended`: « Léa les lundis, Hugo les jeudis » + « jusqu'à fin janvier »): the parts' days are the message's.
  if (ended) return out.length ? out : undefined;
  const whole = new Set(read(said).dates);
  return out.length && out.every((a) => whole.has(a.day)) && [...whole].every((d) => out.some((a) => a.day === d)) ? out : undefined;
}

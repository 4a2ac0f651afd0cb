/**
 * A booking where each child has their own activity (« inscrire Léa à la cantine et Hugo à la garderie le 8
 * janvier »; at a basket, « non pas la cantine pour Hugo, la garderie »): a basket holds one activity, so the
 * first child's is shown, and the others' follow one after the other, for the same days, once it is confirmed.
 * « la garderie » is the care the child is enrolled in. See src/nlu/activityPerChild.ts for the reading.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import type { BookableActivity, Wish } from '../src/domain/reservations';
import type { Account } from '../src/domain/types';
import { activityPerChild, type ActivityPerChild } from '../src/nlu/activityPerChild';
import { isCare } from './basketCare';
import { send, translator, type DialogDeps } from './dialogContext';
import { DAYS, toBasket, type BookingOptions, type BookingPart } from './bookingSteps';

/** The activity booked for each child said, grouped by activity; undefined when a child is not enrolled in one that fits (or in several). */
export function partsOf(list: readonly BookableActivity[], said: ActivityPerChild): BookingPart[] | undefined {
  const parts: BookingPart[] = [];
  for (const { name, activity } of said.children) {
    const fits = list.filter((b) => (activity === 'care' ? isCare(b) : b.activity.code === activity) && b.children.some((c) => c.firstName === name));
    const only = fits.length === 1 ? fits[0] : undefined;
    const child = only?.children.find((c) => c.firstName === name);
    if (!only || !child) return undefined;
    const part = parts.find((p) => p.activityId === only.activity.id);
    if (part) part.childIds.push(child.id);
    else parts.push({ activityId: only.activity.id, childIds: [child.id] });
  }
  return parts;
}

/** The first message's reading: each child with their own activity, or undefined (read as usual). */
export function partsSaid(list: readonly BookableActivity[], text: string | undefined): { parts: BookingPart[]; corrected: boolean } | undefined {
  const names = [...new Set(list.flatMap((b) => b.children.map((c) => c.firstName)))];
  const said = text ? activityPerChild(text, names) : undefined;
  const parts = said ? partsOf(list, said) : undefined;
  return said && parts?.length ? { parts, corrected: said.corrected } : undefined;
}

/** Says which activity follows, for which children (« Pour Hugo : … ; je vous le propose juste après. »). */
async function sayParts(deps: DialogDeps, step: WaterfallStepContext, list: readonly BookableActivity[], parts: readonly BookingPart[], key: string): Promise<void> {
  const t = translator(deps, step.context);
  for (const part of parts) {
    const b = list.find((x) => x.activity.id === part.activityId);
    const names = b?.children.filter((c) => part.childIds.includes(c.id)).map((c) => c.firstName) ?? [];
    await send(deps, step.context, { text: t(key, { names: names.join(', '), activity: b?.activity.label ?? '' }) });
  }
}

/** Begins with the first child's activity; the others are said to follow. */
export async function beginParts(deps: DialogDeps, step: WaterfallStepContext, list: readonly BookableActivity[], next: BookingOptions, parts: readonly BookingPart[]): Promise<DialogTurnResult> {
  const [first, ...rest] = parts as [BookingPart, ...BookingPart[]];
  await sayParts(deps, step, list, rest, 'booking.parts.later');
  return step.replaceDialog(DAYS, { ...next, activityId: first.activityId, childIds: first.childIds, then: rest.length ? rest : undefined } satisfies BookingOptions);
}

const daysOf = (current: readonly Wish[]): Wish[] => [...new Map(current.map((w) => [w.day, w.action])).entries()].map(([day, action]) => ({ childId: 0, day, action }));

/** After a basket confirmed: the next child's activity, for the same days; undefined when none is left. */
export async function nextPart(deps: DialogDeps, step: WaterfallStepContext, options: BookingOptions, list: readonly BookableActivity[], current: readonly Wish[]): Promise<DialogTurnResult | undefined> {
  const [part, ...rest] = options.then ?? [];
  if (!part) return undefined;
  await sayParts(deps, step, list, [part], 'booking.parts.next');
  const restart: BookingOptions = { ...options, basketId: undefined, basketText: undefined, afterNo: undefined, lead: undefined, desired: undefined };
  return step.replaceDialog(DAYS, { ...restart, activityId: part.activityId, childIds: part.childIds, then: rest.length ? rest : undefined, wishes: daysOf(current) } satisfies BookingOptions);
}

/**
 * At a basket, « non pas la cantine pour Hugo, la garderie »: the children said move to their activity (booked next,
 * for the basket's days, or those said with it), the others stay in the basket; undefined when the answer gives no child another activity.
 */
export async function partsAtBasket(deps: DialogDeps, step: WaterfallStepContext, options: BookingOptions, account: Account, list: readonly BookableActivity[], said: string, current: readonly Wish[], dates: readonly string[]): Promise<DialogTurnResult | undefined> {
  const reading = partsSaid(list, said);
  if (!reading || options.activityId === undefined) return undefined;
  const moved = reading.parts.flatMap((p) => p.childIds);
  const own = reading.parts.find((p) => p.activityId === options.activityId)?.childIds ?? [];
  const staying = [...new Set([...current.map((w) => w.childId).filter((id) => !moved.includes(id)), ...own])];
  const earlier = (options.then ?? []).map((p) => ({ ...p, childIds: p.childIds.filter((id) => !moved.includes(id)) })).filter((p) => p.childIds.length);
  const others = [...reading.parts.filter((p) => p.activityId !== options.activityId), ...earlier];
  if (others.length === 0) return undefined;
  // Days said with it (« … et Hugo à la garderie le 21 janvier »): those, else the basket's.
  const action = current[0]?.action ?? 'add';
  const days = dates.length ? dates.map((day): Wish => ({ childId: 0, day, action })) : daysOf(current);
  if (staying.length === 0) return beginParts(deps, step, list, { ...options, basketId: undefined, basketText: undefined, afterNo: undefined, lead: undefined, wishes: days }, others);
  await sayParts(deps, step, list, others, 'booking.parts.later');
  const wishes = staying.flatMap((childId) => days.map((w) => ({ ...w, childId })));
  return toBasket(deps, step, { ...options, childIds: staying, basketId: undefined, wishes: [], then: others }, account, wishes);
}

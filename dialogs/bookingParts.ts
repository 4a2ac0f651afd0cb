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
import { normalize } from '../src/domain/text';
import { detectCommand } from '../src/nlu/commands';
import { saysStopHere } from './clearStop';
import { send, translator, type DialogDeps } from './dialogContext';
import { BASKET, DAYS, toBasket, type BookingOptions, type BookingPart } from './bookingSteps';
import { otherActivity } from './bookingContext';
import type { Understanding } from '../src/nlu/understand';

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
export function partsSaid(list: readonly BookableActivity[], text: string | undefined, single = false): { parts: BookingPart[]; corrected: boolean } | undefined {
  const names = [...new Set(list.flatMap((b) => b.children.map((c) => c.firstName)))];
  const said = text ? activityPerChild(text, names, single) : undefined;
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
  const said = daysOf(next.wishes?.filter((w) => w.childId === 0) ?? []);
  const then = rest.map((p) => ({ ...p, days: p.days ?? (said.length ? said : undefined) }));
  return step.replaceDialog(DAYS, { ...next, activityId: first.activityId, childIds: first.childIds, then: then.length ? then : undefined } satisfies BookingOptions);
}

const daysOf = (current: readonly Wish[]): Wish[] => [...new Map(current.map((w) => [w.day, w.action])).entries()].map(([day, action]) => ({ childId: 0, day, action }));

/** After a basket confirmed (or given up): the next child's activity, for the days said for it (else the basket's); undefined when none is left. */
export async function nextPart(deps: DialogDeps, step: WaterfallStepContext, options: BookingOptions, list: readonly BookableActivity[], current: readonly Wish[]): Promise<DialogTurnResult | undefined> {
  const [part, ...rest] = options.then ?? [];
  if (!part) return undefined;
  await sayParts(deps, step, list, [part], 'booking.parts.next');
  const restart: BookingOptions = { ...options, basketId: undefined, basketText: undefined, afterNo: undefined, lead: undefined, desired: undefined };
  const wishes = part.days?.length ? part.days : daysOf(current);
  // A cancellation booked next (« annuler l'étude du 11 » at a basket to book) is one: its own days to take out.
  const cancel = wishes.length > 0 && wishes.every((w) => w.action === 'remove');
  return step.replaceDialog(DAYS, { ...restart, cancel, activityId: part.activityId, childIds: part.childIds, then: rest.length ? rest : undefined, wishes } satisfies BookingOptions);
}

/**
 * « aussi », « également », « en plus », « ajoute la garderie pour Hugo », « et la garderie du soir pour Hugo »: the activity
 * said comes on top of the basket's, the child stays in it (never with a correction: « et pour Hugo plutôt la garderie »).
 */
const ALSO_WORDS = /\b(?:aussi|egalement|en plus|also|too|as well)\b/;
const ADDED = /\b(?:ajout\w*|rajout\w*|add|adds)\b|^et\b/;
const CORRECTION = /\b(?:plutot|pas|non|mais|au lieu|en fait|finalement|instead|rather|not)\b/;
const saysAlso = (said: string): boolean => ALSO_WORDS.test(said) || (ADDED.test(said) && !CORRECTION.test(said));

/**
 * At a basket or a calendar, no day said, « pour Hugo plutôt la garderie », « mets Hugo à la garderie »: some of its
 * children given another activity (one only, no correction said); undefined when a child named is not among them.
 */
function ownChildrenMoved(list: readonly BookableActivity[], said: string, childIds: readonly number[]): { parts: BookingPart[]; corrected: boolean } | undefined {
  const reading = partsSaid(list, said, true);
  const own = new Set(childIds);
  const named = new Set(reading?.parts.flatMap((p) => p.childIds));
  // Every child of it moved: the whole booking changes activity (otherActivityAtBasket, the calendar's switch).
  const every = [...own].every((id) => named.has(id)) && !saysAlso(normalize(said));
  return !every && reading?.parts.every((p) => p.childIds.every((id) => own.has(id))) ? reading : undefined;
}

/**
 * At a basket, « non pas la cantine pour Hugo, la garderie »: the children said move to their activity (booked next,
 * for the basket's days, or those said with it), the others stay in the basket; undefined when the answer gives no child another activity.
 */
export async function partsAtBasket(deps: DialogDeps, step: WaterfallStepContext, options: BookingOptions, account: Account, list: readonly BookableActivity[], said: string, current: readonly Wish[], dates: readonly string[]): Promise<DialogTurnResult | undefined> {
  const reading = partsSaid(list, said) ?? (dates.length ? undefined : ownChildrenMoved(list, said, current.map((w) => w.childId)));
  if (!reading || options.activityId === undefined) return undefined;
  // « et Hugo aussi à la garderie »: Hugo keeps his days in this basket too.
  const moved = saysAlso(normalize(said)) ? [] : reading.parts.flatMap((p) => p.childIds);
  const own = reading.parts.find((p) => p.activityId === options.activityId)?.childIds ?? [];
  const staying = [...new Set([...current.map((w) => w.childId).filter((id) => !moved.includes(id)), ...own])];
  const earlier = (options.then ?? []).map((p) => ({ ...p, childIds: p.childIds.filter((id) => !moved.includes(id)) })).filter((p) => p.childIds.length);
  const others = [...reading.parts.filter((p) => p.activityId !== options.activityId), ...earlier];
  if (others.length === 0) return undefined;
  // Days said with it (« … et Hugo à la garderie le 21 janvier »): those, else the basket's.
  const action = current[0]?.action ?? 'add';
  const days = dates.length ? dates.map((day): Wish => ({ childId: 0, day, action })) : daysOf(current);
  if (staying.length === 0) return beginParts(deps, step, list, { ...options, basketId: undefined, basketText: undefined, afterNo: undefined, lead: undefined, wishes: days }, others);
  const later = others.map((p) => ({ ...p, days: p.days ?? days }));
  const out = [...new Set(current.map((w) => w.childId))].filter((id) => !staying.includes(id));
  const shown = list.find((b) => b.activity.id === options.activityId);
  const outNames = shown?.children.filter((c) => out.includes(c.id)).map((c) => c.firstName) ?? [];
  if (outNames.length) await send(deps, step.context, { text: translator(deps, step.context)('booking.parts.movedOut', { names: outNames.join(', '), activity: shown?.activity.label ?? '' }) });
  await sayParts(deps, step, list, others, 'booking.parts.later');
  const wishes = staying.flatMap((childId) => days.map((w) => ({ ...w, childId })));
  return toBasket(deps, step, { ...options, childIds: staying, basketId: undefined, wishes: [], then: later }, account, wishes);
}

/**
 * At the calendar of several children, « Hugo, pas à la cantine mais à la garderie », « Hugo plutôt à la garderie »: the
 * children said leave this calendar (said so), their activity follows once it is booked; days said with it go to the
 * basket. Undefined when the answer gives no child of the calendar another activity.
 */
export async function partsAtCalendar(deps: DialogDeps, step: WaterfallStepContext, options: BookingOptions, account: Account, list: readonly BookableActivity[], said: string, dates: readonly string[]): Promise<DialogTurnResult | undefined> {
  const shownIds = options.childIds ?? [];
  const reading = partsSaid(list, said) ?? ownChildrenMoved(list, said, shownIds);
  if (!reading || options.activityId === undefined || !reading.parts.flatMap((p) => p.childIds).every((id) => shownIds.includes(id))) return undefined;
  const moved = saysAlso(normalize(said)) ? [] : reading.parts.flatMap((p) => p.childIds);
  const own = reading.parts.find((p) => p.activityId === options.activityId)?.childIds ?? [];
  const staying = [...new Set([...shownIds.filter((id) => !moved.includes(id)), ...own])];
  const others = [...reading.parts.filter((p) => p.activityId !== options.activityId), ...(options.then ?? [])];
  if (others.length === 0) return undefined;
  const action: Wish['action'] = options.cancel ? 'remove' : 'add';
  const days = dates.length ? dates.map((day): Wish => ({ childId: 0, day, action })) : daysOf((options.wishes ?? []).filter((w) => staying.includes(w.childId)));
  const restart: BookingOptions = { ...options, lead: undefined, desired: undefined, wishes: days };
  if (staying.length === 0) return beginParts(deps, step, list, restart, others);
  const shown = list.find((b) => b.activity.id === options.activityId);
  const out = shown?.children.filter((c) => shownIds.includes(c.id) && !staying.includes(c.id)).map((c) => c.firstName) ?? [];
  if (out.length) await send(deps, step.context, { text: translator(deps, step.context)('booking.parts.movedOutCalendar', { names: out.join(', '), activity: shown?.activity.label ?? '' }) });
  await sayParts(deps, step, list, others, 'booking.parts.later');
  const next: BookingOptions = { ...restart, childIds: staying, then: dates.length ? others.map((p) => ({ ...p, days: p.days ?? days })) : others };
  if (dates.length) return toBasket(deps, step, { ...next, wishes: [] }, account, staying.flatMap((childId) => days.map((w) => ({ ...w, childId }))));
  return step.replaceDialog(DAYS, { ...next, wishes: staying.flatMap((childId) => days.map((w) => ({ ...w, childId }))) });
}

/**
 * At a basket, another activity added (« et la garderie du soir le 14 aussi ») or a day of another activity to cancel (« annuler
 * la garderie du 14 » at a basket to book), no child named: booked next for the basket's
 * children enrolled in it (the days said, else the basket's), said so, and the basket shown kept and asked again. Undefined
 * when nothing is added (a plain switch: otherActivityAtBasket).
 */
export async function activityAddedAtBasket(deps: DialogDeps, step: WaterfallStepContext, options: BookingOptions, list: readonly BookableActivity[], said: string, understood: Understanding, current: readonly Wish[]): Promise<DialogTurnResult | undefined> {
  const words = normalize(said);
  const action: Wish['action'] = understood.intent === 'cancel_booking' ? 'remove' : understood.intent === 'book' ? 'add' : (current[0]?.action ?? 'add');
  // « annuler l'étude du lundi 11 » at a basket of days to book: another task on top of it, never in its place.
  const otherTask = understood.intent === 'cancel_booking' && current[0]?.action === 'add' && understood.dates.length > 0;
  if (options.activityId === undefined || !understood.activity || !(saysAlso(words) || otherTask)) return undefined;
  const change = otherActivity(list, { activityId: options.activityId, childIds: [...new Set(current.map((w) => w.childId))] }, understood);
  if (change.kind !== 'switch') return undefined;
  const part: BookingPart = { activityId: change.activity.activity.id, childIds: change.childIds, days: understood.dates.length ? understood.dates.map((day): Wish => ({ childId: 0, day, action })) : daysOf(current) };
  await sayParts(deps, step, list, [part], 'booking.parts.later');
  return step.replaceDialog(BASKET, { ...options, afterNo: undefined, lead: undefined, then: [...(options.then ?? []), part] } satisfies BookingOptions);
}

/** « tout », « les deux », « les paniers »: every basket, not only the one shown. */
const EVERY_BASKET = /\b(?:tout|tous|toutes|les deux|les 2|l ensemble|(?:les|des|mes) paniers|both|all|everything)\b/;

/**
 * With other children's baskets to follow (or confirmed before), « tout abandonner », « laisse tomber tout », or « annuler » / « stop » alone
 * (the task stopped): every basket is given up, not only the one shown. `abandoning`: the answer gives up the one shown.
 */
export function abandonsEvery(text: string, options: BookingOptions, abandoning: boolean): boolean {
  if (!options.then?.length && !options.saved) return false;
  const said = normalize(text);
  if (EVERY_BASKET.test(said)) return abandoning || saysStopHere(text);
  return detectCommand(text) === 'cancel' && !/\b(?:non|nan|no)\b/.test(said) && !abandoning;
}

/**
 * The basket shown given up: with another child's basket to follow (and not `every` one), said so and that one offered,
 * for the same days; else said what stays (nothing, or the baskets confirmed before it).
 */
export async function abandonPart(deps: DialogDeps, step: WaterfallStepContext, options: BookingOptions, list: readonly BookableActivity[], current: readonly Wish[], every: boolean): Promise<DialogTurnResult> {
  const t = translator(deps, step.context);
  if (!every && options.then?.length) {
    const activity = list.find((b) => b.activity.id === options.activityId)?.activity.label ?? '';
    await send(deps, step.context, { text: t('booking.basket.abandonedPart', { activity }) });
    return (await nextPart(deps, step, options, list, current)) ?? step.endDialog();
  }
  const many = Boolean(options.then?.length);
  const key = options.saved ? (many ? 'booking.basket.abandonedRestKept' : 'booking.basket.abandonedKept') : many ? 'booking.basket.abandonedAll' : 'booking.basket.abandoned';
  await send(deps, step.context, { text: t(key) });
  return step.endDialog();
}

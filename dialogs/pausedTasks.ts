/**
 * The tasks put aside (dialogs/topicSwitch.ts), kept in the root dialog's own state, the latest
 * last: how many, each with its dialogs as they were; and the offer to come back to one when the
 * task in between ends. A task is offered once; again only when the resident can now do more than
 * when it was offered (signed in, or the family file linked since: « reprendre vos réservations »
 * after the Clé Enfance was typed).
 */
import type { DialogContext, DialogInstance } from './dialogLibrary';
import { send, signedIn, translator, type DialogDeps } from './dialogContext';
import { menuStateOf, type MenuState } from './menu';
import { nameOf, taskName, type TaskName } from './taskNames';
import { isEmail } from '../src/domain/accounts';
import { jsonCopy } from './jsonCopy';
import { PAUSED, pausedAbove } from './pausedStore';

/** How many tasks are kept paused; pausing one more forgets the oldest. */
export const MAX_PAUSED = 3;

/** A task put aside: its dialogs as they were, how to name it, whether the return was just offered. */
export interface PausedTask extends TaskName {
  stack: DialogInstance[];
  /** The return was offered (once, when the task in between ended)… */
  offered?: boolean;
  /** …with the resident then a guest, signed in, or with their family file linked… */
  offeredAs?: MenuState;
  /** …by the last message of the bot: a « oui » now means it. */
  justOffered?: boolean;
}

/** The tasks that only lead to being signed in (their names' keys, taskNames.ts). */
const SIGNING_IN = new Set(['choice.task.signIn', 'choice.task.createAccount']);

/** The root dialog's own state, where the paused tasks are kept (the latest last). */
const rootState = (innerDc: DialogContext) => innerDc.parent?.activeDialog?.state as Record<string, unknown> | undefined;
export function pausedList(innerDc: DialogContext): PausedTask[] {
  const state = rootState(innerDc);
  if (!state) return [];
  if (!Array.isArray(state[PAUSED])) state[PAUSED] = [];
  return state[PAUSED] as PausedTask[];
}
export const pausedOf = (innerDc: DialogContext) => pausedList(innerDc).at(-1);
/** How many tasks are paused (one fewer after a turn: one was brought back). */
export const pausedCount = (innerDc: DialogContext): number => pausedList(innerDc).length;

/** The tasks put aside are forgotten (another commune chosen: they were the other's). */
export function dropPaused(innerDc: DialogContext): void {
  pausedList(innerDc).splice(0);
}

/** Keeps the task's dialogs as they are (a copy: the stack itself is emptied next). */
export function pause(innerDc: DialogContext): PausedTask {
  const stack = jsonCopy(innerDc.stack);
  const task: PausedTask = { stack, ...nameOf(stack) };
  const list = pausedList(innerDc);
  list.push(task);
  list.splice(0, Math.max(0, list.length - MAX_PAUSED));
  return task;
}

/**
 * When a task ends (or is cancelled) with others paused: offers to come back to the latest not offered yet, or
 * offered while the resident could do less than now.
 */
export async function offerResume(deps: DialogDeps, innerDc: DialogContext): Promise<boolean> {
  const list = pausedList(innerDc);
  if (list.length === 0) return false;
  // A sign-in or an account creation put aside has nothing left to do once the resident is signed in.
  if (list.some((task) => SIGNING_IN.has(task.key)) && (await signedIn(deps, innerDc.context))) {
    for (const task of list.filter((x) => SIGNING_IN.has(x.key))) list.splice(list.indexOf(task), 1);
  }
  if (list.length === 0) return false;
  const now = await menuStateOf(deps, innerDc.context);
  const paused = [...list].reverse().find((task) => !task.offered || (task.offeredAs !== undefined && task.offeredAs !== now));
  if (!paused) return false;
  // The one offered comes first for « reprendre ».
  list.splice(list.indexOf(paused), 1);
  list.push(paused);
  paused.offered = true;
  paused.offeredAs = now;
  paused.justOffered = true;
  await send(deps, innerDc.context, { text: translator(deps, innerDc.context)('topics.offer', { task: taskName(deps, innerDc, paused) }) });
  return true;
}

/** The first e-mail address kept in a dialog state (its options or its values, nested dialogs included). */
function emailKept(value: unknown, depth = 0): string | undefined {
  if (depth > 12 || value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.email === 'string' && isEmail(record.email)) return record.email;
  for (const inner of Object.values(record)) {
    const found = emailKept(inner, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * The e-mail typed at a sign-in put aside (« je n'ai pas de compte » at the code's question): the sign-up that follows
 * takes it instead of asking it again (it is read back before anything is saved). Looked for up the dialogs' parents.
 */
export function emailOfPausedSignIn(dc: DialogContext): string | undefined {
  const list = pausedAbove(dc) as PausedTask[] | undefined;
  const task = list && [...list].reverse().find((x) => x.key === 'choice.task.signIn');
  return task ? emailKept(task.stack) : undefined;
}

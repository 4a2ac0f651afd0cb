/**
 * Where the tasks put aside are kept (pausedTasks.ts): the root dialog's own state, under one key. Read from any dialog
 * inside the root by looking up its parents (a booking's step takes back the days of a booking put aside).
 */
import type { DialogContext, DialogInstance } from './dialogLibrary';

export const PAUSED = 'pausedTasks';

/** What every task put aside holds: its dialogs as they were, and whether its return was offered. */
export interface KeptTask {
  stack: DialogInstance[];
  offered?: boolean;
  justOffered?: boolean;
}

/** The tasks put aside (the latest last), found up the dialogs' parents; undefined outside the root. */
export function pausedAbove(dc: DialogContext): KeptTask[] | undefined {
  for (let d: DialogContext | undefined = dc; d; d = d.parent) {
    const list = (d.activeDialog?.state as Record<string, unknown> | undefined)?.[PAUSED];
    if (Array.isArray(list)) return list as KeptTask[];
  }
  return undefined;
}

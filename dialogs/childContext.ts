/**
 * The context of the dialog running inside the active one (a component dialog's own stack), made once
 * for a context and its active dialog. botbuilder's `dc.child` builds a new DialogContext at each read
 * (its memory manager, its services copied from the parent, the turn's activity set in its memory),
 * and the readers of the stack (the question waiting, the tasks under way, the place in the
 * conversation) walk it from the root several times a turn: about ten contexts a turn were made
 * again for the same dialogs.
 *
 * What is given back is the context `dc.child` would make: the same dialogs, the same stack (the array
 * kept in the active dialog's state, which every context of it shares), the same parent. It is made
 * again when the active dialog is no longer the same instance (a dialog begun, ended or replaced) or
 * when its inner stack is no longer the array the kept context holds.
 */
import type { DialogContext, DialogInstance } from './dialogLibrary';

/** botbuilder's ComponentDialog keeps its inner stack under this key of its instance's state. */
const INNER_STATE = 'dialogs';

interface Made {
  active: DialogInstance;
  child: DialogContext | undefined;
}

const made = new WeakMap<DialogContext, Made>();

function innerStack(active: DialogInstance): unknown {
  return (active.state as Record<string, { dialogStack?: unknown } | undefined> | undefined)?.[INNER_STATE]?.dialogStack;
}

/** `dc.child`, made once for the active dialog instance of `dc`. */
export function childOf(dc: DialogContext): DialogContext | undefined {
  const active = dc.activeDialog;
  if (!active) return undefined;
  const kept = made.get(dc);
  if (kept && kept.active === active && (kept.child === undefined || innerStack(active) === kept.child.stack)) return kept.child;
  const child = dc.child;
  made.set(dc, { active, child });
  return child;
}

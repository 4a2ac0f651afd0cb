/**
 * What botbuilder-dialogs builds again for every dialog context, made once. Each DialogContext (one
 * per component dialog on the stack, several a turn) constructs a DialogStateManager, which
 * constructs a DialogsComponentRegistration: a service collection with its dependency graph, only to
 * be registered under its class name in place of the previous one. Then, once a turn, the manager
 * lists the memory scopes and path resolvers: every registered component checked with zod, the
 * scopes made anew by the service collection. The scopes and resolvers keep nothing of a turn (they
 * read the dialog context they are given), so the same ones serve every turn.
 *
 * `reuseDialogMemory()` makes the registration one object (its class gives back the first instance)
 * and gives each turn the configuration made at the first turn (`ready(context)`, before the turn's
 * first dialog context). The stack, the values and the state written are as before.
 */
import type { TurnContext } from 'botbuilder-core';
import * as registration from 'botbuilder-dialogs/lib/dialogsComponentRegistration';

/** Where DialogStateManager looks for a turn's configuration (its own key, not exported by botbuilder-dialogs). */
export const CONFIGURATION_KEY = 'DialogStateManagerConfiguration';

type Registration = typeof registration.DialogsComponentRegistration;

let original: Registration | undefined;
let configuration: object | undefined;

/** Makes the registration one object. Once per process; again does nothing. */
export function reuseDialogMemory(): void {
  if (original) return;
  const Original = registration.DialogsComponentRegistration;
  original = Original;
  let one: InstanceType<Registration> | undefined;
  // The same name: ComponentRegistration keeps one component per class name.
  const Once = function DialogsComponentRegistration() {
    one ??= new Original();
    return one;
  } as unknown as Registration;
  Once.prototype = Original.prototype;
  (registration as { DialogsComponentRegistration: Registration }).DialogsComponentRegistration = Once;
}

/**
 * Gives the turn the configuration the first turn's DialogStateManager made (it keeps it in the turn
 * under CONFIGURATION_KEY): call before the turn's first dialog context, and `keep(context)` after it.
 */
export function ready(context: TurnContext): void {
  if (configuration && !context.turnState.has(CONFIGURATION_KEY)) context.turnState.set(CONFIGURATION_KEY, configuration);
}

/** Keeps the configuration the turn's first DialogStateManager made, for the next turns. */
export function keep(context: TurnContext): void {
  configuration ??= context.turnState.get(CONFIGURATION_KEY) as object | undefined;
}

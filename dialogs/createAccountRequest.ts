/**
 * « réserver la cantine jeudi pour Léa, j'ai pas de compte » as the first message: the account is created first, and the request
 * for the family's tasks told beside it is kept, to be served once the account exists (createAccountDialog.ts hands it back).
 */
import type { AnyInput } from './anyInputPrompt';
import type { DialogDeps } from './dialogContext';
import { prepare } from '../src/nlu/frenchText';
import type { Intent } from '../src/nlu/intents';
import { requestBesideNoAccount } from '../src/nlu/noAccountBeside';

/** The requests that need the family file, served once the account exists (and the key links it). */
const FAMILY_TASKS: ReadonlySet<Intent> = new Set(['book', 'cancel_booking', 'report_absence', 'list_bookings']);

/** The request of the family told beside a missing account, to keep; undefined when none is. */
export function requestOfFamilyBeside(deps: Pick<DialogDeps, 'understand'>, text: string): AnyInput | undefined {
  const rest = requestBesideNoAccount(prepare(text));
  return rest !== undefined && FAMILY_TASKS.has(deps.understand(rest).intent) ? { text: rest } : undefined;
}

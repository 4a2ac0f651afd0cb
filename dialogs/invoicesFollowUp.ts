/**
 * What is said at the menu right after the invoices were asked (for Léa, or none to show): « et pour hugo ? »,
 * « and for Hugo? » asks the invoices again for that child. It was « Je n'ai pas compris », the menu.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { signedIn, type DialogDeps } from './dialogContext';
import { INVOICES_DIALOG, type InvoicesOptions } from './invoicesDialog';
import { otherChildAsked } from './invoicesOfChild';

/** The invoices of the child the message names, or undefined when it names none or asks something else. */
export async function afterInvoices(deps: DialogDeps, step: WaterfallStepContext, text: string): Promise<DialogTurnResult | undefined> {
  const account = await signedIn(deps, step.context);
  const childIds = account ? await otherChildAsked(deps, account, text) : undefined;
  return childIds ? step.beginDialog(INVOICES_DIALOG, { childIds } satisfies InvoicesOptions) : undefined;
}

/**
 * What is said at the menu right after the invoices were asked (for Léa, or none to show): « et pour hugo ? »,
 * « and for Hugo? » asks the invoices again for that child. It was « Je n'ai pas compris », the menu. « la dernière », « la plus
 * récente », « la première »: that invoice (or, with none yet, that there is none and when it comes), never the contacts.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { signedIn, type DialogDeps } from './dialogContext';
import { INVOICES_DIALOG, type InvoicesOptions } from './invoicesDialog';
import { otherChildAsked } from './invoicesOfChild';
import { normalize } from '../src/domain/text';
import type { MainOptions } from './mainOptions';
import { asksAboutPayLink, payLinkAnswer } from './payLinkQuestion';

/** « la dernière », « la derniere svp », « et la plus récente ? », « la première »: an invoice named by its place in the list. */
const BY_POSITION = /^(?:et |euh |ok |alors )?(?:la |celle |ma )?(?:derniere|dernier|plus recente|premiere|nouvelle|precedente)(?: facture| de la liste)?(?: svp| stp| alors| merci| s il vous plait)?$/;

/** « la dernière » right after the invoices: an invoice, read before the menu's options (where it was the last one, the contacts). */
export const namesAnInvoiceByPosition = (text: string): boolean => BY_POSITION.test(normalize(text).replace(/[?!.,]/g, ' ').replace(/\s+/g, ' ').trim());

/** The invoices of the child the message names, or undefined when it names none or asks something else. */
export async function afterInvoices(deps: DialogDeps, step: WaterfallStepContext, text: string): Promise<DialogTurnResult | undefined> {
  // Right after a payment link: « c quoi le lien », « le lien marche pas » (payLinkQuestion.ts).
  if ((step.options as MainOptions | undefined)?.lastInvoices?.payLink && asksAboutPayLink(text)) return payLinkAnswer(deps, step);
  const account = await signedIn(deps, step.context);
  if (account && namesAnInvoiceByPosition(text)) return step.beginDialog(INVOICES_DIALOG, { text } satisfies InvoicesOptions);
  const childIds = account ? await otherChildAsked(deps, account, text) : undefined;
  return childIds ? step.beginDialog(INVOICES_DIALOG, { childIds } satisfies InvoicesOptions) : undefined;
}

/**
 * What is said at the menu right after the online invoices were chosen or left (eInvoiceDialog.ts): « en fait non je préfère
 * le papier finalement », « finalement par mail », « actually no, paper please ». It was « D'accord. » and the choice stayed:
 * the other way named is set at once; a change of mind naming nothing (« non en fait », « oups ») asks the question again.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { E_INVOICE_DIALOG, type EInvoiceOptions } from './eInvoiceDialog';
import { prepare } from '../src/nlu/frenchText';
import { ONLINE, PAPER } from '../src/nlu/eInvoiceQuestion';

/**
 * « en fait non », « non finalement », « oups », « actually no »: a change of mind (a bare « non » answers « Puis-je faire
 * autre chose pour vous ? »: not one).
 */
const CHANGED_MIND = /\b(?:en fait|finalement|oups|je me suis trompee?|(?:j ai )?change d avis|actually|changed my mind|after all|oops)\b/;
/** « je préfère », « plutôt », « remettez », « I'd rather »: a way chosen. */
const PREFERS = /\b(?:prefere\w*|plutot|je (?:les )?veux|je (?:les )?voudrais|j aimerais|je souhaite\w*|mettez|remettez|repasse\w*|revenir|rather|prefer\w*|instead|switch\w*|back to|i want|i d like)\b/;
/** « le courrier arrive quand ? », « comment je change mon adresse mail », « vous avez mon mail ? »: a question, no way chosen. */
const ASKS = /^(?:est ce|comment|quand|quel\w*|pourquoi|ou|combien|qui|vous|how|when|what|which|why|where|can|could|do|does|will|is|are)\b|\best ce qu/;

/** The online invoices just set (true) or left on paper (false): the message read against that choice. */
export function afterEInvoice(step: WaterfallStepContext, online: boolean, text: string): Promise<DialogTurnResult> | undefined {
  const said = prepare(text).replace(/[?!.,]/g, ' ').replace(/\s+/g, ' ').trim();
  if (said.split(' ').length > 14) return undefined;
  const changed = CHANGED_MIND.test(said);
  // The other way named and chosen: « plutôt le papier », « en fait non, le papier » (named alone, « facture par mail », it is asked as at the menu); a question naming it
  // (« je vais recevoir un courrier de confirmation ? », « vous avez mon mail ? ») chooses nothing.
  const chooses = changed || (!text.includes('?') && !ASKS.test(said) && PREFERS.test(said));
  const other = chooses && (online ? PAPER.test(said) && !ONLINE.test(said) : ONLINE.test(said) && !PAPER.test(said));
  // « je préfère le papier » alone, or « en fait non » with it: the other way, at once. A change of mind naming nothing: asked again.
  if (other) return step.beginDialog(E_INVOICE_DIALOG, { switchTo: !online } satisfies EInvoiceOptions);
  if (changed && !(online ? ONLINE : PAPER).test(said) && said.split(' ').length <= 6) return step.beginDialog(E_INVOICE_DIALOG, {} satisfies EInvoiceOptions);
  return undefined;
}

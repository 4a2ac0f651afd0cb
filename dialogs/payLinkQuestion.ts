/**
 * Right after a payment link was sent (invoicePay.ts), a question about it: « c quoi le lien », « le lien marche pas »,
 * « c'est sécurisé ? », « what is this link? ». It was « Je n'ai pas compris », the menu. Now: what the link opens, how
 * long it works, and « payer » for a new one; the menu waits, the link still the last thing sent.
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { send, translator, type DialogDeps } from './dialogContext';
import { MAIN_FLOW, type MainOptions } from './mainOptions';
import { normalize } from '../src/domain/text';

/** The link named (« lien », « link », « paybox »), or its safety asked (« c'est sécurisé », « arnaque »). */
const ABOUT_LINK = /\b(?:lien|liens|link|paybox|url)\b|\b(?:securise|securisee|secure|safe|arnaque|scam|fiable)\b/;

export const asksAboutPayLink = (text: string): boolean => ABOUT_LINK.test(normalize(text));

/** The answer, then the menu (the question about the link may follow again). */
export async function payLinkAnswer(deps: DialogDeps, step: WaterfallStepContext): Promise<DialogTurnResult> {
  await send(deps, step.context, { text: translator(deps, step.context)('invoices.payLinkHelp') });
  return step.replaceDialog(MAIN_FLOW, { again: true, lastInvoices: { payLink: true } } satisfies MainOptions);
}

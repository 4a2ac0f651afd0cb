/**
 * « Adhésion à la facture en ligne »: yes or no, for the household of the signed-in account
 * (invoices then come by e-mail instead of paper).
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './dialogLibrary';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { asksIfFree, asksWhatItIs } from '../src/nlu/eInvoiceQuestion';
import { askChoice, notUnderstood, readChoice, yesNoOptions } from './choicePrompt';
import { currentCommune, send, signedIn, translator, type DialogDeps } from './dialogContext';
import { requireSignIn, type SignInResult } from './signInDialog';

export const E_INVOICE_DIALOG = 'eInvoice';
const FLOW = 'eInvoiceFlow';
const PROMPT = 'eInvoicePrompt';

const YES_WORDS = ['en ligne', 'par e-mail', 'par mail', 'e-mail', 'mail', 'by e-mail', 'online'];
const NO_WORDS = ['papier', 'par courrier', 'courrier', 'pas pour l instant', 'pas maintenant', 'paper', 'by post'];
/** How the task was opened: « c'est quoi la facture en ligne ? » asks what it is first (src/nlu/eInvoiceQuestion.ts). */
export interface EInvoiceOptions {
  question?: boolean;
  /** Said right after the choice (eInvoiceFollowUp.ts): the way wanted now (true online, false paper), set without asking. */
  switchTo?: boolean;
  /** Paper asked for (« je veux plus les factures par mail »): said as kept when on paper, « revenir au papier ? » when online. */
  paperAsked?: boolean;
}

/** What the task hands back: the way the invoices now come (true online), read by the menu's next message (eInvoiceFollowUp.ts). */
export interface EInvoiceResult {
  eInvoiceSet?: boolean;
}

export class EInvoiceDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(E_INVOICE_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(FLOW, [requireSignIn(deps, whyThenSignIn), this.ask.bind(this), this.save.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const account = (step.result as SignInResult | undefined)?.account;
    const commune = await currentCommune(this.deps, step.context);
    if (!account || !commune) return step.endDialog();
    const household = account.householdId ? await this.deps.service.household(account.householdId) : undefined;
    if (!household) {
      // « c'est quoi la facture en ligne ? » from a space without a family file: what it is, then how to link the file.
      const why = (step.options as EInvoiceOptions | undefined)?.question && !(step.values as { whySaid?: boolean }).whySaid ? `${t('eInvoice.why')}\n` : '';
      await send(this.deps, step.context, { text: `${why}${t('familyFile.notLinked', { keyName: commune.familyKeyName })}` });
      return step.endDialog();
    }
    const { again, explain, free, question, switchTo, paperAsked } = (step.options ?? {}) as { again?: boolean; explain?: boolean; free?: boolean } & EInvoiceOptions;
    // Already online: the question offered is going back to paper, so « non » keeps what is there.
    const online = household.eInvoice;
    // Paper asked for while on paper: said so, never « Voulez-vous recevoir vos factures en ligne ? » (its « oui » did the opposite).
    if (paperAsked && !online) {
      await send(this.deps, step.context, { text: t('eInvoice.keptPaper', { email: account.email }) });
      return step.endDialog({ eInvoiceSet: false } satisfies EInvoiceResult);
    }
    // « en fait non, le papier » right after choosing online: set, no question (already so: said as kept).
    if (switchTo !== undefined) {
      if (switchTo !== online) await this.deps.service.setEInvoice(account, switchTo);
      const done = switchTo === online ? (online ? 'eInvoice.keptOnline' : 'eInvoice.keptPaper') : switchTo ? 'eInvoice.on' : 'eInvoice.off';
      await send(this.deps, step.context, { text: t(done, { email: account.email }) });
      return step.endDialog({ eInvoiceSet: switchTo } satisfies EInvoiceResult);
    }
    (step.values as { online?: boolean }).online = online;
    const current = t(online ? 'eInvoice.currentYes' : 'eInvoice.currentNo', { email: account.email });
    // « c'est quoi la facture en ligne ? »: what it is (unless said before the sign-in), then where the household stands.
    const whySaid = (step.values as { whySaid?: boolean }).whySaid;
    const lead = `${free ? t('eInvoice.free') : explain ? t('eInvoice.why') : again ? notUnderstood(t, 'choice.task.eInvoice') : question && !whySaid ? `${t('eInvoice.why')}\n${current}` : current}\n`;
    const words = online ? { yes: NO_WORDS, no: YES_WORDS } : { yes: YES_WORDS, no: NO_WORDS };
    const options = yesNoOptions(t('eInvoice.yes'), t('eInvoice.no'), words);
    return askChoice(this.deps, step, PROMPT, { text: t(online ? 'eInvoice.askPaper' : 'eInvoice.ask'), options, why: { key: 'eInvoice.why' } }, lead);
  }

  private async save(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const chosen = readChoice(step);
    // « c'est gratuit ? », « ça coûte quelque chose ? »: it is free (as the paper one), the question again (it was « pas compris »).
    const said = (step.result as AnyInput | undefined)?.text ?? '';
    if (!chosen) return step.replaceDialog(FLOW, asksIfFree(said) ? { free: true } : asksWhatItIs(said) ? { explain: true } : { again: true });
    const online = (step.values as { online?: boolean }).online === true;
    if (chosen.index !== 0) {
      await send(this.deps, step.context, { text: t(online ? 'eInvoice.keptOnline' : 'eInvoice.keptPaper') });
      return step.endDialog({ eInvoiceSet: online } satisfies EInvoiceResult);
    }
    const account = await signedIn(this.deps, step.context);
    if (!account) return step.replaceDialog(FLOW, {});
    await this.deps.service.setEInvoice(account, !online);
    await send(this.deps, step.context, { text: t(online ? 'eInvoice.off' : 'eInvoice.on', { email: account.email }) });
    return step.endDialog({ eInvoiceSet: !online } satisfies EInvoiceResult);
  }
}

/** The sign-in's lead: after « c'est quoi la facture en ligne ? », what it is comes first (not said again once signed in). */
function whyThenSignIn(step: WaterfallStepContext): string {
  if (!(step.options as EInvoiceOptions | undefined)?.question) return 'eInvoice.signInFirst';
  (step.values as { whySaid?: boolean }).whySaid = true;
  return 'eInvoice.whyThenSignIn';
}

/**
 * « Adhésion à la facture en ligne »: yes or no, for the household of the signed-in account
 * (invoices then come by e-mail instead of paper).
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { normalize } from '../src/domain/text';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { ask, channelUser, currentCommune, type DialogDeps, send, translator } from './dialogContext';
import { requireSignIn, type SignInResult } from './signInDialog';

export const E_INVOICE_DIALOG = 'eInvoice';
const FLOW = 'eInvoiceFlow';
const PROMPT = 'eInvoicePrompt';

const YES = /^(oui|o|ok|d accord|je veux bien|volontiers|yes|y|oui merci|en ligne)$/;
const NO = /^(non|n|no|non merci|papier|pas pour l instant)$/;

export class EInvoiceDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(E_INVOICE_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(FLOW, [requireSignIn(deps, 'eInvoice.signInFirst'), this.ask.bind(this), this.save.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const account = (step.result as SignInResult | undefined)?.account;
    const commune = await currentCommune(this.deps, step.context);
    if (!account || !commune) return step.endDialog();
    const household = account.householdId ? await this.deps.service.household(account.householdId) : undefined;
    if (!household) {
      await send(this.deps, step.context, { text: t('familyFile.notLinked', { keyName: commune.familyKeyName }) });
      return step.endDialog();
    }
    const lead = (step.options as { again?: boolean } | undefined)?.again ? `${t('eInvoice.yesOrNo')}\n` : `${t(household.eInvoice ? 'eInvoice.currentYes' : 'eInvoice.currentNo')}\n`;
    const choices = [{ label: t('eInvoice.yes') }, { label: t('eInvoice.no') }];
    return ask(this.deps, step, PROMPT, { text: t('eInvoice.ask'), choices }, lead);
  }

  private async save(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const said = normalize((step.result as AnyInput).text);
    const yes = YES.test(said) || said === normalize(t('eInvoice.yes'));
    const no = NO.test(said) || said === normalize(t('eInvoice.no'));
    if (!yes && !no) return step.replaceDialog(FLOW, { again: true });
    const account = await this.deps.service.accounts.signedIn(channelUser(step.context));
    if (!account) return step.replaceDialog(FLOW, {});
    await this.deps.service.setEInvoice(account, yes);
    await send(this.deps, step.context, { text: t(yes ? 'eInvoice.on' : 'eInvoice.off', { email: account.email }) });
    return step.endDialog();
  }
}

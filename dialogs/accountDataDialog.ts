/**
 * The resident's rights over the account (RGPD): « mes données » mails a copy of everything kept
 * to the account's own address (never into the chat, whose transcript is kept); « supprimer mon
 * compte » asks for a code mailed to that address, then deletes the account. The family file
 * stays with the commune.
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './dialogLibrary';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { ask, channelUser, currentCommune, localeOf, send, signedIn, translator, type DialogDeps } from './dialogContext';
import { requireSignIn, type SignInResult } from './signInDialog';

export const ACCOUNT_DATA_DIALOG = 'accountData';
const FLOW = 'accountDataFlow';
const CONFIRM = 'accountDataConfirm';
const PROMPT = 'accountDataPrompt';

export interface AccountDataOptions {
  action: 'export' | 'delete';
  leadKey?: string;
  leadParams?: Record<string, unknown>;
}

export class AccountDataDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(ACCOUNT_DATA_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(FLOW, [requireSignIn(deps, 'accountData.signInFirst'), this.act.bind(this)]));
    this.addDialog(new WaterfallDialog(CONFIRM, [this.askCode.bind(this), this.checkCode.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async act(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const account = (step.result as SignInResult | undefined)?.account;
    const commune = await currentCommune(this.deps, step.context);
    if (!account || !commune) return step.endDialog();
    const options = (step.options ?? { action: 'export' }) as AccountDataOptions;
    if (options.action === 'export') {
      await this.deps.service.accounts.mailDataExport(account, commune, localeOf(step.context));
      await send(this.deps, step.context, { text: t('accountData.exportSent', { email: account.email }) });
      return step.endDialog();
    }
    await this.deps.service.accounts.requestDeletion(account, commune, localeOf(step.context));
    return step.replaceDialog(CONFIRM, { action: 'delete', leadKey: 'accountData.deleteWarning', leadParams: { email: account.email } } satisfies AccountDataOptions);
  }

  private async askCode(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const options = step.options as AccountDataOptions;
    const lead = options.leadKey ? `${t(options.leadKey, options.leadParams)}\n` : '';
    const question = t('accountData.askCode');
    return ask(this.deps, step, PROMPT, { text: question }, lead, true);
  }

  private async checkCode(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const user = channelUser(step.context);
    const account = await signedIn(this.deps, step.context);
    if (!account) return step.endDialog();
    const result = await this.deps.service.accounts.confirmDeletion(account, (step.result as AnyInput).text);
    if (result === 'ok') {
      await this.deps.service.accounts.signOut(user);
      await send(this.deps, step.context, { text: t('accountData.deleted') });
      return step.endDialog();
    }
    if (result.reason === 'wrong') {
      const leadKey = result.triesLeft === 1 ? 'signIn.wrongCodeLast' : 'signIn.wrongCode';
      return step.replaceDialog(CONFIRM, { action: 'delete', leadKey, leadParams: { count: result.triesLeft } } satisfies AccountDataOptions);
    }
    await send(this.deps, step.context, { text: t('accountData.deleteStopped') });
    return step.endDialog();
  }
}

/**
 * The root dialog: knows the commune (from the channel, the deployment or by asking), shows the
 * main menu, routes a choice or free text, and handles the words that work at any step
 * (aide, menu, annuler / stop, recommencer, parler à quelqu'un, changer de commune).
 *
 * This file holds every task's dialog and wires the flow; the steps live in mainCommune.ts (the
 * commune), mainMenu.ts (the menu and the return from a task), mainRoute.ts (a choice or free text
 * to its task) and mainInterruptions.ts (the words that work at any step).
 */
import { ComponentDialog, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from './dialogLibrary';
import { MenuPrompt } from './menu';
import { CommuneDialog } from './communeDialog';
import type { DialogDeps } from './dialogContext';
import { InfoDialog } from './infoDialog';
import { AccountDataDialog } from './accountDataDialog';
import { AbsenceWithdrawDialog } from './absenceWithdrawDialog';
import { AbsenceDialog } from './absenceDialog';
import { AgendaDialog } from './agendaDialog';
import { InvoicesDialog } from './invoicesDialog';
import { BookingDialog } from './bookingDialog';
import { CensusDialog } from './censusDialog';
import { CivilActDialog } from './civilActDialog';
import { CreateAccountDialog } from './createAccountDialog';
import { ContactDetailsDialog } from './contactDetailsDialog';
import { DocumentsDialog } from './documentsDialog';
import { DemarcheDialog } from './demarcheDialog';
import { DemarchesDialog } from './demarchesDialog';
import { FollowRequestDialog } from './followRequestDialog';
import { LostReferenceDialog } from './lostReferenceDialog';
import { EInvoiceDialog } from './eInvoiceDialog';
import { FamilyFileDialog } from './familyFileDialog';
import { FamilyKeyDialog } from './familyKeyDialog';
import { LinkAwaitedDialog } from './linkAwaitedDialog';
import { SignInDialog } from './signInDialog';
import { ForgotPasswordDialog } from './forgotPasswordDialog';
import { ensureCommune } from './mainCommune';
import { interrupt } from './mainInterruptions';
import { afterTask, showMenu } from './mainMenu';
import { MAIN_DIALOG, MAIN_FLOW, MENU_PROMPT } from './mainOptions';
import { route } from './mainRoute';

export { MAIN_DIALOG, type MainOptions } from './mainOptions';

type Step = (deps: DialogDeps, step: WaterfallStepContext) => Promise<DialogTurnResult>;

export class MainDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(MAIN_DIALOG);
    const bound = (f: Step) => (step: WaterfallStepContext) => f(deps, step);
    this.addDialog(new MenuPrompt(MENU_PROMPT));
    this.addDialog(new CommuneDialog(deps));
    this.addDialog(new InfoDialog(deps));
    this.addDialog(new SignInDialog(deps));
    this.addDialog(new ForgotPasswordDialog(deps));
    this.addDialog(new FamilyKeyDialog(deps));
    this.addDialog(new LinkAwaitedDialog(deps));
    this.addDialog(new CreateAccountDialog(deps));
    this.addDialog(new FamilyFileDialog(deps));
    this.addDialog(new EInvoiceDialog(deps));
    this.addDialog(new AccountDataDialog(deps));
    this.addDialog(new DocumentsDialog(deps));
    this.addDialog(new ContactDetailsDialog(deps));
    this.addDialog(new FollowRequestDialog(deps));
    this.addDialog(new LostReferenceDialog(deps));
    this.addDialog(new CivilActDialog(deps));
    this.addDialog(new CensusDialog(deps));
    this.addDialog(new DemarchesDialog(deps));
    this.addDialog(new DemarcheDialog(deps));
    this.addDialog(new BookingDialog(deps));
    this.addDialog(new AbsenceDialog(deps));
    this.addDialog(new AbsenceWithdrawDialog(deps));
    this.addDialog(new AgendaDialog(deps));
    this.addDialog(new InvoicesDialog(deps));
    this.addDialog(new WaterfallDialog(MAIN_FLOW, [bound(ensureCommune), bound(showMenu), bound(route), bound(afterTask)]));
    this.initialDialogId = MAIN_FLOW;
  }

  // A command or an aside first (mainInterruptions.ts); otherwise the active task reads the message.
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return interrupt(this.deps, innerDc, () => super.onContinueDialog(innerDc));
  }
}

/**
 * The root dialog: knows the commune (from the channel, the deployment or by asking), shows the
 * main menu, routes a choice or free text, and handles the words that work at any step
 * (aide, menu, annuler / stop, recommencer, parler à quelqu'un, changer de commune).
 */
import type { TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { Reply } from '../cards/cardRenderer';
import type { Topic } from '../src/domain/types';
import { detectCommand } from '../src/nlu/commands';
import { answerReminders, isRemindersCommand, stopsBySms } from './reminders';
import { matchMenuChoice, type MenuItem } from '../src/nlu/menuChoice';
import { MenuPrompt, menuOptions, menuReply, menuStateOf, readMenuChoice, type MenuOption } from './menu';
import type { AnyInput } from './anyInputPrompt';
import { COMMUNE_DIALOG, CommuneDialog, type CommuneResult } from './communeDialog';
import { channelUser, currentCommune, forgetCommune, localeOf, send, setCommune, setPlainLanguage, toActivity, translator, type DialogDeps } from './dialogContext';
import { contactLines, openNow } from './infoAnswers';
import { INFO_DIALOG, InfoDialog, type InfoResult } from './infoDialog';
import { AccountDataDialog } from './accountDataDialog';
import { ABSENCE_DIALOG, AbsenceDialog, type AbsenceOptions } from './absenceDialog';
import { AGENDA_DIALOG, AgendaDialog, type AgendaOptions } from './agendaDialog';
import { INVOICES_DIALOG, InvoicesDialog, type InvoicesOptions } from './invoicesDialog';
import { BOOKING_DIALOG, BookingDialog, type BookingOptions } from './bookingDialog';
import { CensusDialog } from './censusDialog';
import { CivilActDialog } from './civilActDialog';
import { CREATE_ACCOUNT_DIALOG, CreateAccountDialog } from './createAccountDialog';
import { CONTACT_DETAILS_DIALOG, ContactDetailsDialog } from './contactDetailsDialog';
import { DOCUMENTS_DIALOG, DocumentsDialog, type DocumentsOptions } from './documentsDialog';
import { placeOf, type Place, type Task } from './places';
import { MENU_ITEM_OF, startDemarche, startDirectTask } from './routing';
import { DemarcheDialog } from './demarcheDialog';
import { DEMARCHES_DIALOG, DemarchesDialog, type DemarchesResult } from './demarchesDialog';
import { FollowRequestDialog } from './followRequestDialog';
import { LostReferenceDialog } from './lostReferenceDialog';
import { E_INVOICE_DIALOG, EInvoiceDialog } from './eInvoiceDialog';
import { FAMILY_FILE_DIALOG, FamilyFileDialog } from './familyFileDialog';
import { FAMILY_KEY_DIALOG, FamilyKeyDialog } from './familyKeyDialog';
import { SIGN_IN_DIALOG, SignInDialog } from './signInDialog';
import { FORGOT_PASSWORD_DIALOG, ForgotPasswordDialog } from './forgotPasswordDialog';
import { understoodText } from './understoodText';
import { elsewhereAnswer } from './elsewhereAnswer';
import { elsewhereDemarche } from '../src/nlu/elsewhereDemarches';
import { offerResume, takeAside } from './topicSwitch';

export const MAIN_DIALOG = 'main';

const FLOW = 'mainFlow';
const MENU_PROMPT = 'menuPrompt';

export interface MainOptions {
  /** Input handed back by a task that did not handle it, routed without showing the menu. */
  pending?: AnyInput;
  /** Start this task directly (after « recommencer »). */
  task?: Task | NonNullable<DemarchesResult['task']>;
  /** The words a démarche was found by, passed on to it. */
  taskText?: string;
  /** The menu follows an answer: a shorter title. */
  again?: boolean;
}


/** Kept in the main flow's state between the menu and the answer: the options shown. */
interface MenuValues {
  menu?: MenuOption[];
}

export class MainDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(MAIN_DIALOG);
    this.addDialog(new MenuPrompt(MENU_PROMPT));
    this.addDialog(new CommuneDialog(deps));
    this.addDialog(new InfoDialog(deps));
    this.addDialog(new SignInDialog(deps));
    this.addDialog(new ForgotPasswordDialog(deps));
    this.addDialog(new FamilyKeyDialog(deps));
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
    this.addDialog(new AgendaDialog(deps));
    this.addDialog(new InvoicesDialog(deps));
    this.addDialog(new WaterfallDialog(FLOW, [this.ensureCommune.bind(this), this.menu.bind(this), this.route.bind(this), this.afterTask.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async ensureCommune(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // « STOP » by SMS needs no commune: it is answered before anything is asked.
    if (((step.options ?? {}) as MainOptions).pending && stopsBySms(step.context)) {
      await answerReminders(this.deps, step.context, 'remindersStop');
      return step.endDialog();
    }
    if (await currentCommune(this.deps, step.context)) return step.next();
    // The page's or the SMS number's commune, unless the resident asked to change it.
    const chosen = (await this.deps.profile.get(step.context, {})).communeChosen === true;
    const fromChannel = chosen ? undefined : (step.context.activity.channelData as { commune?: unknown } | undefined)?.commune;
    const all = await this.deps.service.listCommunes();
    const known = [fromChannel, chosen ? undefined : this.deps.defaultCommune].find((id) => typeof id === 'string' && all.some((c) => c.id === id));
    const only = all.length === 1 ? all[0]?.id : undefined;
    const communeId = (known as string | undefined) ?? only;
    if (communeId) {
      await setCommune(this.deps, step.context, communeId);
      return step.next();
    }
    // A first message that names a commune (SMS often starts that way) answers the question before it is asked.
    const options = (step.options ?? {}) as MainOptions;
    const named = options.pending?.text ? await this.deps.service.matchCommune(options.pending.text) : undefined;
    if (named?.kind === 'found') {
      await setCommune(this.deps, step.context, named.commune.id);
      await send(this.deps, step.context, { text: translator(this.deps, step.context)('commune.noted', { commune: named.commune.name }) });
      // « horaires de la mairie de Chanteloup »: the commune, and the request answered at once.
      const request = options.pending && this.deps.understand(options.pending.text).intent !== 'unknown';
      return step.replaceDialog(FLOW, (request ? { pending: options.pending } : {}) satisfies MainOptions);
    }
    return step.beginDialog(COMMUNE_DIALOG);
  }

  private async menu(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as MainOptions;
    if (options.pending) return step.next(options.pending);
    // A request typed while the commune was asked: answered now that it is known.
    const kept = (step.result as CommuneResult | undefined)?.pending;
    if (kept) return step.next(kept);
    if (options.task) return step.next({ text: options.taskText ?? '', value: { menu: options.task } } satisfies AnyInput);
    const t = translator(this.deps, step.context);
    const commune = await currentCommune(this.deps, step.context);
    const shown = menuOptions(t, await menuStateOf(this.deps, step.context), commune?.familyKeyName ?? '');
    (step.values as MenuValues).menu = shown;
    const retry: Reply = { ...menuReply(t, shown), text: `${t('menu.notUnderstood')}\n${t('menu.title')}` };
    return step.prompt(MENU_PROMPT, {
      prompt: toActivity(this.deps, step.context, menuReply(t, shown, options.again)),
      retryPrompt: toActivity(this.deps, step.context, retry),
      validations: { reprompt: toActivity(this.deps, step.context, menuReply(t, shown, true)) },
    });
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const input = step.result as AnyInput;
    const t = translator(this.deps, step.context);
    // A card button, or a number, a label or a synonym of the options shown.
    const picked = readMenuChoice(t, input, (step.values as MenuValues).menu ?? []);
    if (picked) return this.openItem(step, picked);
    const direct = startDirectTask(step, input);
    if (direct) return direct;
    // « langage simple », « mes rappels », STOP… as the very first message (later, the interruption below takes them).
    const command = detectCommand(input.text);
    if (isRemindersCommand(command) || (command === 'cancel' && stopsBySms(step.context))) {
      await answerReminders(this.deps, step.context, isRemindersCommand(command) ? command : 'remindersStop');
      return step.replaceDialog(FLOW, { again: true } satisfies MainOptions);
    }
    if (command === 'plainOn' || command === 'plainOff') {
      await this.switchPlain(step.context, command === 'plainOn');
      return step.replaceDialog(FLOW, {} satisfies MainOptions);
    }

    // Free text: what the resident wants, said back before anything is done.
    const understood = this.deps.understand(input.text);
    switch (understood.intent) {
      case 'greeting':
        return step.replaceDialog(FLOW, {} satisfies MainOptions);
      case 'opening_hours':
      case 'contact':
        return step.beginDialog(INFO_DIALOG, { query: input.text });
      case 'help':
        await send(this.deps, step.context, { text: `${t('commands.help.menu')}\n${t('commands.help.footer')}` });
        return step.replaceDialog(FLOW, {} satisfies MainOptions);
      case 'family_key':
        return step.beginDialog(FAMILY_KEY_DIALOG, {});
      case 'e_invoice':
        return step.beginDialog(E_INVOICE_DIALOG, {});
      case 'parental_authorization':
        await send(this.deps, step.context, { text: t('parentalAuthorization.answer') });
        return step.replaceDialog(FLOW, { again: true } satisfies MainOptions);
      case 'elsewhere_demarche': {
        // Carte d'identité, passeport, PACS, carte grise, permis: where to go instead.
        const kind = elsewhereDemarche(input.text);
        const commune = await currentCommune(this.deps, step.context);
        if (kind && commune) await send(this.deps, step.context, { text: elsewhereAnswer(t, commune, kind) });
        return step.replaceDialog(FLOW, { again: true } satisfies MainOptions);
      }
      case 'citizen_census':
      case 'civil_status_act':
      case 'electoral_roll':
      case 'family_booklet':
      case 'address_change':
      case 'cohabitation_certificate':
        return startDemarche(step, understood.intent, input.text) ?? step.replaceDialog(FLOW, {} satisfies MainOptions);
      case 'book':
      case 'cancel_booking':
      case 'report_absence':
      case 'list_bookings': {
        // Said back first when a sign-in comes in between: the request is kept and served after it.
        if (!(await this.deps.service.accounts.signedIn(channelUser(step.context)))) {
          const summary = understoodText(t, localeOf(step.context), understood);
          if (summary) await send(this.deps, step.context, { text: summary });
        }
        if (understood.intent === 'report_absence') return step.beginDialog(ABSENCE_DIALOG, { text: input.text } satisfies AbsenceOptions);
        if (understood.intent === 'list_bookings') return step.beginDialog(AGENDA_DIALOG, { text: input.text } satisfies AgendaOptions);
        return step.beginDialog(BOOKING_DIALOG, { text: input.text, cancel: understood.intent === 'cancel_booking' } satisfies BookingOptions);
      }
      case 'list_invoices':
      case 'pay_invoice':
        return step.beginDialog(INVOICES_DIALOG, { pay: understood.intent === 'pay_invoice', text: input.text } satisfies InvoicesOptions);
      case 'update_contact':
        return step.beginDialog(CONTACT_DETAILS_DIALOG, {});
      case 'upload_document':
        return step.beginDialog(DOCUMENTS_DIALOG, {} satisfies DocumentsOptions);
      case 'forgot_password':
        return step.beginDialog(FORGOT_PASSWORD_DIALOG, {});
      case 'abort':
        await send(this.deps, step.context, { text: t('commands.abortAtMenu') });
        return step.replaceDialog(FLOW, { again: true } satisfies MainOptions);
      case 'unknown': {
        const loose = matchMenuChoice(input.text, undefined);
        if (loose) return this.openItem(step, loose);
        await send(this.deps, step.context, { text: t('menu.notUnderstood') });
        return step.replaceDialog(FLOW, {} satisfies MainOptions);
      }
      default:
        return this.openItem(step, MENU_ITEM_OF[understood.intent]);
    }
  }

  /** A rubric of the menu: its flow. */
  private async openItem(step: WaterfallStepContext, item: MenuItem): Promise<DialogTurnResult> {
    switch (item) {
      case 'info':
        return step.beginDialog(INFO_DIALOG, {});
      case 'signIn':
        return step.beginDialog(SIGN_IN_DIALOG, {});
      case 'createAccount':
        return step.beginDialog(CREATE_ACCOUNT_DIALOG, { draft: {} });
      case 'booking':
        return step.beginDialog(BOOKING_DIALOG, {} satisfies BookingOptions);
      case 'invoices':
        return step.beginDialog(INVOICES_DIALOG, {} satisfies InvoicesOptions);
      case 'requests':
        return step.beginDialog(DEMARCHES_DIALOG, {});
      case 'familyKey':
        return step.beginDialog(FAMILY_KEY_DIALOG, {});
      case 'contactDetails':
        return step.beginDialog(CONTACT_DETAILS_DIALOG, {});
      case 'absence':
        return step.beginDialog(ABSENCE_DIALOG, {} satisfies AbsenceOptions);
      case 'familyFile':
        return step.beginDialog(FAMILY_FILE_DIALOG, {});
    }
  }

  private async afterTask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = (step.result ?? {}) as InfoResult & DemarchesResult;
    // The step's parent is the root's inner context, where a paused task is found.
    await offerResume(this.deps, step.parent ?? step);
    if (result.task) return step.replaceDialog(FLOW, { task: result.task, ...(result.text ? { taskText: result.text } : {}) } satisfies MainOptions);
    if (result.unhandled) return step.replaceDialog(FLOW, { pending: result.unhandled } satisfies MainOptions);
    return step.replaceDialog(FLOW, { again: true } satisfies MainOptions);
  }

  // ── Interruptions ────────────────────────────────────────────────────────

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const { type, text } = innerDc.context.activity;
    const command = type === 'message' ? detectCommand(text) : undefined;
    const place = this.placeOf(innerDc);
    if (!command) {
      // « reprendre », a practical question or another task asked at a task's question (see topicSwitch.ts).
      const aside = await takeAside(this.deps, innerDc, place, (dc, input) => dc.beginDialog(FLOW, { pending: input } satisfies MainOptions));
      return aside ?? super.onContinueDialog(innerDc);
    }
    const t = translator(this.deps, innerDc.context);
    switch (command) {
      case 'help':
        await send(this.deps, innerDc.context, { text: `${t(place.help)}\n${t('commands.help.footer')}` });
        await innerDc.repromptDialog();
        return { status: DialogTurnStatus.waiting };
      case 'human':
        await this.sayHuman(innerDc.context, place.topic);
        await innerDc.repromptDialog();
        return { status: DialogTurnStatus.waiting };
      case 'menu':
        await innerDc.cancelAllDialogs();
        await offerResume(this.deps, innerDc);
        return innerDc.beginDialog(FLOW, {} satisfies MainOptions);
      case 'cancel':
        // « STOP » by SMS: the reminders of this number stop (what a resident means by it there), and the task too.
        if (stopsBySms(innerDc.context)) await answerReminders(this.deps, innerDc.context, 'remindersStop');
        if (!place.task && !place.cancellable) {
          if (stopsBySms(innerDc.context)) return innerDc.replaceDialog(FLOW, { again: true } satisfies MainOptions);
          await send(this.deps, innerDc.context, { text: t('commands.nothingToCancel') });
          await innerDc.repromptDialog();
          return { status: DialogTurnStatus.waiting };
        }
        await send(this.deps, innerDc.context, { text: t('commands.cancelled') });
        await innerDc.cancelAllDialogs();
        await offerResume(this.deps, innerDc);
        return innerDc.beginDialog(FLOW, { again: true } satisfies MainOptions);
      case 'restart':
        await send(this.deps, innerDc.context, { text: t('commands.restarted') });
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(FLOW, { task: place.task } satisfies MainOptions);
      case 'signOut': {
        const user = channelUser(innerDc.context);
        const signedIn = await this.deps.service.accounts.signedIn(user);
        await this.deps.service.accounts.signOut(user);
        await send(this.deps, innerDc.context, { text: t(signedIn ? 'signIn.signedOut' : 'signIn.notSignedIn') });
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(FLOW, { again: true } satisfies MainOptions);
      }
      case 'remindersList':
      case 'remindersStop':
      case 'remindersResume':
      case 'censusOn':
      case 'censusOff':
        await answerReminders(this.deps, innerDc.context, command);
        return this.goOn(innerDc, place, { again: true });
      case 'plainOn':
      case 'plainOff':
        await this.switchPlain(innerDc.context, command === 'plainOn');
        return this.goOn(innerDc, place, {});
      case 'changeCommune':
        await send(this.deps, innerDc.context, { text: t('commands.changeCommune') });
        await forgetCommune(this.deps, innerDc.context);
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(FLOW, {} satisfies MainOptions);
    }
  }

  /** After an aside (a setting changed, a list shown): a task asks its question again; at the menu, the menu again (in the new words). */
  private async goOn(innerDc: DialogContext, place: Place, menu: MainOptions): Promise<DialogTurnResult> {
    if (place.task || place.cancellable) {
      await innerDc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(FLOW, menu);
  }

  private async switchPlain(ctx: TurnContext, plain: boolean): Promise<void> {
    await setPlainLanguage(this.deps, ctx, plain);
    await send(this.deps, ctx, { text: translator(this.deps, ctx)(plain ? 'commands.plain.on' : 'commands.plain.off') });
  }

  private placeOf(innerDc: DialogContext): Place {
    const ids: string[] = [];
    for (let dc: DialogContext | undefined = innerDc; dc?.activeDialog; dc = dc.child) ids.push(dc.activeDialog.id);
    return placeOf(ids);
  }

  private async sayHuman(ctx: TurnContext, topic: Topic): Promise<void> {
    const t = translator(this.deps, ctx);
    const commune = await currentCommune(this.deps, ctx);
    if (!commune) {
      await send(this.deps, ctx, { text: t('commands.help.commune') });
      return;
    }
    const service = this.deps.service.serviceFor(commune, topic);
    const lines = [t('human.intro', { service: service.name }), contactLines(t, commune, service)];
    if (service.hours) lines.push(openNow(t, localeOf(ctx), service, this.deps.service.clock.now()));
    lines.push(t('human.continue'));
    await send(this.deps, ctx, { text: lines.join('\n') });
  }
}

/**
 * After a paper is received (« Envoyer un document »): when the household has a recent absence
 * not justified yet, asks whether the paper is for it (« Oui » / « Non », the shared choice
 * prompt). « Oui » links the paper to the absence and marks it justified (the days are then not
 * billed); « Non » keeps the paper in the file only.
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './dialogLibrary';
import type { OpenAbsence } from '../src/domain/absenceJustification';
import { isDomainError } from '../src/domain/errors';
import { AnyInputPrompt } from './anyInputPrompt';
import { listDays } from '../src/domain/formats';
import { askChoice, notUnderstood, readChoice, yesNoOptions } from './choicePrompt';
import { localeOf, send, signedIn, translator, type DialogDeps } from './dialogContext';

export const ABSENCE_OFFER_DIALOG = 'absenceOffer';
const FLOW = 'absenceOfferFlow';
const PROMPT = 'absenceOfferPrompt';

export interface AbsenceOfferOptions {
  documentId: number;
  /** The absence offered, as found when the paper came. */
  absence?: OpenAbsence;
  lead?: string;
}

export class AbsenceOfferDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(ABSENCE_OFFER_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(FLOW, [this.ask.bind(this), this.read.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const options = step.options as AbsenceOfferOptions;
    const account = await signedIn(this.deps, step.context);
    if (!account) return step.endDialog();
    const absence = options.absence ?? (await this.deps.service.absences.offerFor(account, options.documentId));
    if (!absence) return step.endDialog();
    options.absence = absence;
    const question = t('absence.offer.question', { name: absence.childName, days: listDays(localeOf(step.context), absence.days) });
    return askChoice(this.deps, step, PROMPT, { text: question, options: yesNoOptions(t('absence.offer.yes'), t('absence.offer.no')) }, options.lead ? `${options.lead}\n` : '');
  }

  private async read(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = translator(this.deps, step.context);
    const options = { ...(step.options as AbsenceOfferOptions), lead: undefined };
    const chosen = readChoice(step);
    if (!chosen || !options.absence) return step.replaceDialog(FLOW, { ...options, lead: notUnderstood(t, 'choice.task.documents') });
    if (chosen.index === 1) {
      await send(this.deps, step.context, { text: t('absence.offer.kept') });
      return step.endDialog();
    }
    const account = await signedIn(this.deps, step.context);
    if (!account) return step.endDialog();
    try {
      await this.deps.service.absences.justify(account, options.documentId, options.absence);
      await send(this.deps, step.context, { text: t('absence.offer.justified', { name: options.absence.childName }) });
    } catch (e) {
      if (!isDomainError(e)) throw e;
      await send(this.deps, step.context, { text: t(`errors.${e.code}`, e.params) });
    }
    return step.endDialog();
  }
}

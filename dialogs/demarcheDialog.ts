/**
 * One guided dialog for the démarches described in src/domain/demarches.ts (livret de famille,
 * listes électorales, attestation de domicile ou d'hébergement, certificat de vie commune): the
 * rules first, then one question at a time, each answer checked; papers attached in the chat
 * (type read from the file, 10 MB at most) or brought to the guichet; a read-back where any answer
 * can be corrected; then a numbered request confirmed in the chat and by e-mail (without one, a phone
 * or nothing: contactAnswer.ts). A refusal says why
 * and what to do instead; a bad answer is asked again with the reason, keeping every other answer.
 *
 * This file wires the question and its answer; the question is in demarcheQuestion.ts, an answer
 * to a question in demarcheFieldAnswer.ts, the read-back's answer in demarcheReadBack.ts, the
 * request sent in demarcheSubmit.ts, what they share in demarcheState.ts.
 */
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from './dialogLibrary';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { readChoice } from './choicePrompt';
import { currentCommune, translator, type DialogDeps } from './dialogContext';
import { answerField } from './demarcheFieldAnswer';
import { askDemarche } from './demarcheQuestion';
import { answerCorrecting, answerReadBack } from './demarcheReadBack';
import { answerBack } from './demarcheBack';
import { saysBack } from './formBack';
import { DEMARCHE_DIALOG, DEMARCHE_FLOW, DEMARCHE_PROMPT, pending, type DemarcheOptions, type DemarcheTurn, type FormState } from './demarcheState';

export { DEMARCHE_DIALOG, type DemarcheOptions } from './demarcheState';

export class DemarcheDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(DEMARCHE_DIALOG);
    this.addDialog(new AnyInputPrompt(DEMARCHE_PROMPT));
    this.addDialog(new WaterfallDialog(DEMARCHE_FLOW, [(step) => askDemarche(deps, step), this.answer.bind(this)]));
    this.initialDialogId = DEMARCHE_FLOW;
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.values as { options: FormState }).options;
    const commune = await currentCommune(this.deps, step.context);
    if (!commune) return step.endDialog();
    const t = (key: string, params?: Record<string, unknown>) => translator(this.deps, step.context)(key, { commune: commune.name, ...params });
    const { kind, answers, papers } = options;
    const again = (leadKey?: string, leadParams?: Record<string, unknown>, correcting = false) =>
      step.replaceDialog(DEMARCHE_FLOW, { kind, answers, papers, ruled: true, correcting, ...(leadKey ? { leadKey, leadParams } : {}), ...(options.addressKept ? { addressKept: options.addressKept } : {}), ...(options.gender ? { gender: options.gender } : {}) } satisfies DemarcheOptions);
    const notUnderstood = (correcting = false) => again('choice.again', { task: t('choice.task.demarche', { label: t(`request.kind.${kind}`) }) }, correcting);
    const turn: DemarcheTurn = { deps: this.deps, step, commune, t, options, chosen: readChoice(step), again, notUnderstood };
    // « retour », « précédent »: the question before asked again, the other answers kept (demarcheBack.ts).
    if (saysBack((step.result as AnyInput | undefined)?.text)) return answerBack(turn);
    if (options.correcting) return answerCorrecting(turn);
    const field = pending(options);
    if (!field) return answerReadBack(turn);
    return answerField(turn, field, step.result as AnyInput);
  }
}

/**
 * One guided dialog for the démarches described in src/domain/demarches.ts (livret de famille,
 * listes électorales, attestation de domicile ou d'hébergement, certificat de vie commune): the
 * rules first, then one question at a time, each answer checked; papers attached in the chat
 * (type read from the file, 10 MB at most) or brought to the guichet; a read-back where any answer
 * can be corrected; then a numbered request confirmed in the chat and by e-mail. A refusal says why
 * and what to do instead; a bad answer is asked again with the reason, keeping every other answer.
 */
import { TurnContext } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { checkDay, electionCheck, eighteenth, fieldsFor, nextField, oldEnoughToVote, parseCount, type Answers, type DemarcheKind, type FormField } from '../src/domain/demarches';
import { addressElsewhere, isInCommune } from '../src/domain/eligibility';
import { MAX_DOCUMENT_BYTES, type KeptPaper } from '../src/domain/documents';
import { checkPlaceName, readPastDay } from '../src/nlu/pastDay';
import { parisDay } from '../src/domain/parisTime';
import { normalize } from '../src/domain/text';
import type { Commune } from '../src/domain/types';
import type { Translate } from '../src/i18n';
import { recognizeChoice } from '../src/nlu/choice';
import { readBookletReason } from '../src/nlu/upfrontDetails';
import { splitCorrection } from '../src/nlu/correction';
import { AnyInputPrompt, type AnyInput } from './anyInputPrompt';
import { askChoice, readChoice, yesNoOptions, type ChoiceOption } from './choicePrompt';
import { check } from './createAccountDialog';
import { longDay } from './dateWords';
import { ask, channelUser, currentCommune, downloadFailureKey, localeOf, send, translator, type DialogDeps } from './dialogContext';
import { contactLines } from './infoAnswers';

export const DEMARCHE_DIALOG = 'demarche';
const FLOW = 'demarcheFlow';
const PROMPT = 'demarchePrompt';

/** A file field's answer: the paper kept for the request, or « au guichet ». */
type PaperAnswer = KeptPaper | 'counter';

export interface DemarcheOptions {
  kind: DemarcheKind;
  /** The message that started it (« j'ai perdu mon livret de famille »): it may already answer a question. */
  text?: string;
  answers?: Answers;
  papers?: Record<string, PaperAnswer>;
  /** The rules were said: not again. */
  ruled?: boolean;
  /** After « non » at the read-back: which answer to ask again. */
  correcting?: boolean;
  leadKey?: string;
  leadParams?: Record<string, unknown>;
}

const NOTHING = /^(aucun|aucune|non|sans|neant|pas de|personne|none|no)$/;
const AT_COUNTER = /\b(au guichet|guichet|plus tard|je l apporterai|je les apporterai|apporter|pas maintenant|at the counter|counter|later)\b/;

/** The options of a choice field; those named « yes » and « no » also take « oui », « d'accord », « non »… */
const optionsOf = (options: readonly string[], label: (o: string) => string): ChoiceOption[] =>
  options.map((o) => ({ label: label(o), ...(o === 'yes' || o === 'no' ? { meaning: o } : {}) }));

/** What is said of an address outside the commune: where to apply instead, or to type it again. */
const elsewhereKey = (kind: DemarcheKind, input?: FormField['input']): string =>
  input?.type === 'addressHere' && input.registerThere ? `demarche.${kind}.bad.addressElsewhere` : 'demarche.bad.addressElsewhere';

export class DemarcheDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(DEMARCHE_DIALOG);
    this.addDialog(new AnyInputPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(FLOW, [this.ask.bind(this), this.answer.bind(this)]));
    this.initialDialogId = FLOW;
  }

  private state(step: WaterfallStepContext): Required<Pick<DemarcheOptions, 'kind' | 'answers' | 'papers'>> & DemarcheOptions {
    const options = (step.options ?? {}) as DemarcheOptions;
    return { ...options, kind: options.kind, answers: { ...options.answers }, papers: { ...options.papers } };
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = this.state(step);
    const commune = await currentCommune(this.deps, step.context);
    if (!commune) return step.endDialog();
    const t = (key: string, params?: Record<string, unknown>) => translator(this.deps, step.context)(key, { commune: commune.name, ...params });
    const { kind, answers } = options;
    // Said up front: not asked again (a reason that ends the démarche is left for the question, which explains it).
    const reason = !options.ruled && options.text && kind === 'family_booklet' ? readBookletReason(options.text) : undefined;
    if (reason && answers.reason === undefined) answers.reason = reason;
    const lead: string[] = [];
    // Where files cannot be received (SMS), every paper is for the guichet: no question about them.
    const noFiles = !this.deps.renderer.canReceiveFiles(step.context.activity);
    if (noFiles) for (const f of fieldsFor(kind, answers)) if (f.input.type === 'file') options.papers[f.id] = 'counter';
    if (!options.ruled) {
      lead.push(t(`demarche.${kind}.rules`));
      if (kind === 'electoral_roll') lead.push(...this.electionLines(t, step));
      if (noFiles) lead.push(t('demarche.file.noFilesHere'));
    }
    if (options.leadKey) lead.push(t(options.leadKey, options.leadParams));
    (step.values as { options?: DemarcheOptions }).options = { ...options, ruled: true };
    const prefix = lead.length ? `${lead.join('\n')}\n` : '';

    if (options.correcting) {
      const fields = fieldsFor(kind, answers);
      return askChoice(this.deps, step, PROMPT, { text: t('demarche.askCorrect'), options: fields.map((f) => ({ label: t(`demarche.${kind}.label.${f.id}`) })) }, prefix);
    }
    const field = this.pending(options);
    if (!field) {
      return askChoice(this.deps, step, PROMPT, { text: `${this.recap(t, options)}\n${t('demarche.confirm')}`, options: yesNoOptions(t('demarche.yes'), t('demarche.no')) }, prefix);
    }
    const question = t(`demarche.${kind}.ask.${field.id}`);
    if (field.input.type === 'choice') {
      return askChoice(this.deps, step, PROMPT, { text: question, options: optionsOf(field.input.options, (o) => t(`demarche.${kind}.${field.id}.${o}`)) }, prefix);
    }
    if (field.input.type === 'file') return ask(this.deps, step, PROMPT, { text: `${question}\n${t('demarche.file.howTo')}` }, prefix);
    return ask(this.deps, step, PROMPT, { text: question }, prefix);
  }

  /** The next question: a field without its answer (a file field answered in `papers`). */
  private pending(options: DemarcheOptions & { answers: Answers; papers: Record<string, PaperAnswer> }): FormField | undefined {
    const answered: Answers = { ...options.answers };
    for (const id of Object.keys(options.papers)) answered[id] = 'paper';
    return nextField(options.kind, answered);
  }

  private electionLines(t: Translate, step: WaterfallStepContext): string[] {
    const check = electionCheck(this.deps.electionDays, this.deps.service.clock.now());
    if (check.state === 'noneKnown') return [];
    const day = (d: string) => longDay(localeOf(step.context), d);
    return [t(`demarche.electoral_roll.deadline.${check.state}`, { election: day(check.firstRound), deadline: day(check.deadline) })];
  }

  private recap(t: Translate, options: DemarcheOptions & { answers: Answers; papers: Record<string, PaperAnswer> }): string {
    const { kind, answers, papers } = options;
    const lines = fieldsFor(kind, answers).map((f) => {
      const value = answers[f.id];
      const paper = papers[f.id];
      let shown: string;
      if (f.input.type === 'file') shown = paper === 'counter' || !paper ? t('demarche.fileAtCounter') : t('demarche.fileReceived', { name: paper.fileName });
      else if (value === null) shown = t('demarche.none');
      else if (f.input.type === 'choice') shown = t(`demarche.${kind}.${f.id}.${String(value)}`);
      else if (f.input.type === 'day') shown = `${String(value).slice(8, 10)}/${String(value).slice(5, 7)}/${String(value).slice(0, 4)}`;
      else shown = String(value);
      return t('demarche.recapLine', { label: t(`demarche.${kind}.label.${f.id}`), value: shown });
    });
    return [t('demarche.recapTitle', { label: t(`request.kind.${kind}`) }), ...lines].join('\n');
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.values as { options: DemarcheOptions & { answers: Answers; papers: Record<string, PaperAnswer> } }).options;
    const commune = await currentCommune(this.deps, step.context);
    if (!commune) return step.endDialog();
    const t = (key: string, params?: Record<string, unknown>) => translator(this.deps, step.context)(key, { commune: commune.name, ...params });
    const input = step.result as AnyInput;
    const said = normalize(input.text);
    const { kind, answers, papers } = options;
    const again = (leadKey?: string, leadParams?: Record<string, unknown>, correcting = false) =>
      step.replaceDialog(FLOW, { kind, answers, papers, ruled: true, correcting, ...(leadKey ? { leadKey, leadParams } : {}) } satisfies DemarcheOptions);

    const chosen = readChoice(step);
    const notUnderstood = (correcting = false) => again('choice.again', { task: t('choice.task.demarche', { label: t(`request.kind.${kind}`) }) }, correcting);
    if (options.correcting) {
      const id = chosen ? fieldsFor(kind, answers)[chosen.index]?.id : undefined;
      if (!id) return notUnderstood(true);
      delete answers[id];
      delete papers[id];
      return again();
    }

    const field = this.pending(options);
    if (!field) {
      if (!chosen) return notUnderstood();
      if (chosen.index === 0) {
        // A correction may have made an address that was fine (a taxpayer's) one that must be here.
        const elsewhere = addressElsewhere(kind, answers, commune);
        if (elsewhere) {
          delete answers[elsewhere];
          return again(elsewhereKey(kind, fieldsFor(kind, answers).find((f) => f.id === elsewhere)?.input));
        }
        return this.submit(step, commune, t, options);
      }
      // « non, le nom c'est … »: that answer is asked again at once; otherwise which one.
      const fields = fieldsFor(kind, answers);
      // A field is named by its name or by the answer read back (« Durand, pas Dupont »).
      const labels = fields.map((f) => ({ label: t(`demarche.${kind}.label.${f.id}`) }));
      const said = chosen.rest ? splitCorrection(chosen.rest, labels, fields.map((f) => (typeof answers[f.id] === 'string' ? (answers[f.id] as string) : undefined))) : undefined;
      const named = said ? recognizeChoice(said.about, labels) : undefined;
      const wrong = named ? fields[named.index] : undefined;
      if (!wrong) return again(undefined, undefined, true);
      const type = wrong.input.type;
      const value = said?.value && (type === 'lastName' || type === 'firstName' || type === 'email' || type === 'address') ? check(type, said.value) : undefined;
      delete papers[wrong.id];
      if (value) answers[wrong.id] = value;
      else delete answers[wrong.id];
      return again();
    }

    const input_ = field.input;
    if (field.optional && NOTHING.test(said)) {
      answers[field.id] = null;
      return again();
    }
    switch (input_.type) {
      case 'choice': {
        const option = chosen ? input_.options[chosen.index] : undefined;
        if (!option) return notUnderstood();
        if (input_.refuse?.includes(option)) {
          // Not admissible: say why and who can help; nothing else was asked yet.
          const service = this.deps.service.serviceFor(commune, 'requests');
          await send(this.deps, step.context, { text: [t(`demarche.${kind}.refuse.${field.id}.${option}`), contactLines(translator(this.deps, step.context), commune, service)].join('\n') });
          return step.endDialog();
        }
        answers[field.id] = option;
        return again();
      }
      case 'lastName':
      case 'firstName':
      case 'email':
      case 'address': {
        const value = check(input_.type, input.text);
        if (!value) return again(`createAccount.bad.${input_.type}`);
        answers[field.id] = value;
        return again();
      }
      case 'text':
      case 'place': {
        const value = input.text.trim().replace(/\s+/g, ' ');
        if (value.length < 2 || value.length > 200) return again('demarche.bad.text');
        const place = input_.type === 'place' ? checkPlaceName(value, parisDay(this.deps.service.clock.now())) : 'ok';
        if (place !== 'ok') return again(`demarche.bad.place.${place}`);
        answers[field.id] = value;
        return again();
      }
      case 'addressHere': {
        const value = check('address', input.text);
        if (!value) return again('createAccount.bad.address');
        if (!isInCommune(value, commune)) return again(elsewhereKey(kind, input_));
        answers[field.id] = value;
        return again();
      }
      case 'day': {
        const today = parisDay(this.deps.service.clock.now());
        const day = readPastDay(input.text, today);
        if (!day) return again('demarche.bad.day');
        const verdict = checkDay(day, input_.rule, today);
        if (verdict !== 'ok') return again(`demarche.bad.${verdict}`);
        if (input_.rule === 'voter') {
          const next = electionCheck(this.deps.electionDays, this.deps.service.clock.now());
          if (!oldEnoughToVote(day, today, next.state === 'noneKnown' ? undefined : next.firstRound)) {
            await send(this.deps, step.context, { text: t('demarche.electoral_roll.tooYoung', { day: longDay(localeOf(step.context), eighteenth(day)) }) });
            return step.endDialog();
          }
        }
        answers[field.id] = day;
        return again();
      }
      case 'count': {
        const count = parseCount(input.text, input_.max);
        if (count === undefined) return again('demarche.bad.count');
        answers[field.id] = count;
        return again();
      }
      case 'file':
        return this.takeFile(step, field, options, again);
    }
  }

  private async takeFile(
    step: WaterfallStepContext,
    field: FormField,
    options: { papers: Record<string, PaperAnswer> },
    again: (leadKey?: string, leadParams?: Record<string, unknown>) => Promise<DialogTurnResult>,
  ): Promise<DialogTurnResult> {
    const attachment = step.context.activity.attachments?.[0];
    if (!attachment) {
      if (AT_COUNTER.test(normalize(step.context.activity.text ?? ''))) {
        options.papers[field.id] = 'counter';
        return again();
      }
      return again('demarche.file.missing');
    }
    const download = await this.deps.download(attachment, MAX_DOCUMENT_BYTES, step.context);
    if (!download.ok) return again(downloadFailureKey('demarche.file', download.reason));
    const kept = await this.deps.service.documents.keepForRequest(download.name, download.bytes);
    if (!kept.ok) return again(`demarche.file.${kept.reason}`);
    options.papers[field.id] = kept.paper;
    return again('demarche.file.received', { name: kept.paper.fileName });
  }

  private async submit(step: WaterfallStepContext, commune: Commune, t: Translate, options: DemarcheOptions & { answers: Answers; papers: Record<string, PaperAnswer> }): Promise<DialogTurnResult> {
    const { kind, answers, papers } = options;
    // Only the answers and papers of questions that still apply (a correction may have changed which).
    const fields = fieldsFor(kind, answers);
    const applies = (id: string) => fields.some((f) => f.id === id);
    const { email, ...data } = Object.fromEntries(Object.entries(answers).filter(([id]) => applies(id)));
    const paperOf = (id: string) => {
      const input = fields.find((f) => f.id === id)?.input;
      return input?.type === 'file' ? input.paper : 'autre';
    };
    const atCounter = fields.filter((f) => f.input.type === 'file' && papers[f.id] === 'counter').map((f) => f.id);
    const kept = Object.entries(papers).flatMap(([id, p]) => (p === 'counter' || !applies(id) ? [] : [{ documentId: p.documentId, kind: paperOf(id) }]));
    const account = await this.deps.service.accounts.signedIn(channelUser(step.context));
    const reference = await this.deps.service.requests.submit({
      commune,
      kind,
      email: String(email ?? ''),
      data: { ...data, papersAtCounter: atCounter },
      locale: localeOf(step.context),
      ...(account ? { account } : {}),
      conversation: { channelId: step.context.activity.channelId, reference: TurnContext.getConversationReference(step.context.activity) },
      papers: kept,
    });
    const lines = [t('demarche.sent', { reference, email }), t(`demarche.${kind}.next`)];
    if (atCounter.length) lines.push(t('demarche.bringPapers', { papers: atCounter.map((id) => t(`demarche.${kind}.label.${id}`)).join(', ') }));
    await send(this.deps, step.context, { text: lines.join('\n') });
    return step.endDialog();
  }
}

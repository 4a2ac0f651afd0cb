/**
 * What the steps of a guided démarche share: the names of the dialog, the answers and papers
 * carried from question to question, the next question, and one turn's context (the answer read,
 * the commune, the way to ask again).
 */
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import { nextField, type Answers, type DemarcheKind, type FormField } from '../src/domain/demarches';
import type { KeptPaper } from '../src/domain/documents';
import type { Commune } from '../src/domain/types';
import type { Translate } from '../src/i18n';
import type { YoungGender } from '../src/nlu/youngPerson';
import type { ChoiceMatch } from './choicePrompt';
import type { DialogDeps } from './dialogContext';

export const DEMARCHE_DIALOG = 'demarche';
export const DEMARCHE_FLOW = 'demarcheFlow';
export const DEMARCHE_PROMPT = 'demarchePrompt';

/** A file field's answer: the paper kept for the request, or « au guichet ». */
export type PaperAnswer = KeptPaper | 'counter';

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
  /** An address given in part (« 12 rue de la Gare »): kept, the next answer adds what is missing. */
  addressKept?: string;
  /** Whom the request is about, said up front (« mon fils », « ma fille »): its questions say « il » or « elle ». */
  gender?: YoungGender;
}

/** The options with the answers and papers always there. */
export type FormState = DemarcheOptions & { answers: Answers; papers: Record<string, PaperAnswer> };

/** Asks the next question again (or the read-back), with why in front, keeping every answer. */
export type Again = (leadKey?: string, leadParams?: Record<string, unknown>, correcting?: boolean) => Promise<DialogTurnResult>;

/** One answer being read: everything the readers of demarcheReadBack.ts and demarcheFieldAnswer.ts need. */
export interface DemarcheTurn {
  deps: DialogDeps;
  step: WaterfallStepContext;
  commune: Commune;
  /** Translates with the commune's name at hand. */
  t: Translate;
  options: FormState;
  chosen: ChoiceMatch | undefined;
  again: Again;
  /** Not understood: the same question again, saying so. */
  notUnderstood: (correcting?: boolean) => Promise<DialogTurnResult>;
}

/** The next question: a field without its answer (a file field answered in `papers`). */
export function pending(options: FormState): FormField | undefined {
  const answered: Answers = { ...options.answers };
  for (const id of Object.keys(options.papers)) answered[id] = 'paper';
  return nextField(options.kind, answered);
}

/** What is said of an address outside the commune: where to apply instead, or to type it again. */
export const elsewhereKey = (kind: DemarcheKind, input?: FormField['input']): string =>
  input?.type === 'addressHere' && input.registerThere ? `demarche.${kind}.bad.addressElsewhere` : 'demarche.bad.addressElsewhere';

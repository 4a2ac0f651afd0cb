/**
 * A practical question answered at a task's question (topicSwitch.ts) is remembered for the next message only: a follow-up
 * then (« et le mercredi aprem ? », « et demain ? », « et pour la cantine ? ») asks the same of that service, as it does
 * after an answer of the Infos pratiques (infoDialog.ts); the task's question is asked again after the answer.
 */
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from './dialogLibrary';
import { followUp, parseInfoQuery, type InfoQuery } from '../src/nlu/infoQuery';
import { followsPracticalAnswer } from '../src/nlu/serviceFollowUp';
import { currentCommune, localeOf, send, translator, type DialogDeps } from './dialogContext';
import { answerInfo, withPeriod } from './infoAnswers';
import { repromptQuestion } from './questionAsked';

const LAST = 'lastAsideQuestion';

/** The root dialog's own state, where the question answered last is kept. */
const rootState = (innerDc: DialogContext) => innerDc.parent?.activeDialog?.state as Record<string, unknown> | undefined;

/** Keeps the practical question just answered at a task's question, for a follow-up typed next. */
export function noteAsideQuestion(innerDc: DialogContext, query: InfoQuery): void {
  const state = rootState(innerDc);
  if (state) state[LAST] = query;
}

/** The practical question answered at the message before, if any; forgotten from now on (read once per turn). */
export function takeAsideQuestion(innerDc: DialogContext): InfoQuery | undefined {
  const state = rootState(innerDc);
  const last = state?.[LAST] as InfoQuery | undefined;
  if (state) delete state[LAST];
  return last;
}

/** A follow-up of that question: answered for the same service, remembered in turn, and the task's question asked again. */
export async function answerFollowUp(deps: DialogDeps, innerDc: DialogContext, last: InfoQuery, text: string): Promise<DialogTurnResult | undefined> {
  if (!followsPracticalAnswer(text)) return undefined;
  const commune = await currentCommune(deps, innerDc.context);
  if (!commune) return undefined;
  const asked = followUp(last, withPeriod(parseInfoQuery(text), deps.understand(text, [], undefined, commune.schoolZone).dates, text));
  await send(deps, innerDc.context, { text: answerInfo(translator(deps, innerDc.context), localeOf(innerDc.context), commune, asked, deps.service.clock.now()) });
  noteAsideQuestion(innerDc, asked);
  await repromptQuestion(innerDc);
  return { status: DialogTurnStatus.waiting };
}

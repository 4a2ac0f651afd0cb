/**
 * A practical question answered at a task's question (topicSwitch.ts) is remembered for the next message only: a follow-up
 * then (« et le mercredi aprem ? », « et demain ? », « et pour la cantine ? ») asks the same of that service, as it does
 * after an answer of the Infos pratiques (infoDialog.ts); the task's question is asked again after the answer.
 */
import { parisDay } from '../src/domain/parisTime';
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from './dialogLibrary';
import { parseInfoQuery, type InfoQuery } from '../src/nlu/infoQuery';
import { followsPracticalAnswer } from '../src/nlu/serviceFollowUp';
import { currentCommune, localeOf, send, translator, type DialogDeps } from './dialogContext';
import { answerInfoFollowUp } from './hoursElsewhere';
import { withPeriod } from './infoAnswers';
import { repromptQuestion } from './questionAsked';
import { answerTopic } from './topicAnswer';
import type { AnsweredTopic } from '../src/nlu/topicFollowUp';

const LAST = 'lastAsideQuestion';
const TOPIC = 'lastAsideTopic';

/** The root dialog's own state, where the question answered last is kept. */
const rootState = (innerDc: DialogContext) => innerDc.parent?.activeDialog?.state as Record<string, unknown> | undefined;

/** Keeps a value at the root dialog's state under `key`, for the message typed next. */
function keep(innerDc: DialogContext, key: string, value: unknown): void {
  const state = rootState(innerDc);
  if (state) state[key] = value;
}

/** The value kept under `key` at the message before, if any; forgotten from now on (read once per turn). */
function take<T>(innerDc: DialogContext, key: string): T | undefined {
  const state = rootState(innerDc);
  const last = state?.[key] as T | undefined;
  if (state) delete state[key];
  return last;
}

/** Keeps the practical question just answered at a task's question, for a follow-up typed next. */
export const noteAsideQuestion = (innerDc: DialogContext, query: InfoQuery): void => keep(innerDc, LAST, query);

/** The practical question answered at the message before, if any (read once per turn). */
export const takeAsideQuestion = (innerDc: DialogContext): InfoQuery | undefined => take<InfoQuery>(innerDc, LAST);

/** Keeps the topic just answered at a task's question (the QF explained, the rates), for a follow-up typed next. */
export const noteAsideTopic = (innerDc: DialogContext, topic: AnsweredTopic): void => keep(innerDc, TOPIC, topic);

/** The topic answered at the message before, if any (read once per turn). */
export const takeAsideTopic = (innerDc: DialogContext): AnsweredTopic | undefined => take<AnsweredTopic>(innerDc, TOPIC);

/**
 * « c'est quoi le QF ? » at a task's question; right after it, « et comment je le calcule ? »: answered (topicAnswer.ts), the topic
 * remembered in turn, and the task's question asked again (nothing paused).
 */
export async function answerTopicAside(deps: DialogDeps, innerDc: DialogContext, text: string, topic: AnsweredTopic | undefined): Promise<DialogTurnResult | undefined> {
  const answer = await answerTopic(deps, innerDc.context, text, topic);
  if (!answer) return undefined;
  await send(deps, innerDc.context, { text: answer.text });
  noteAsideTopic(innerDc, answer.topic);
  await repromptQuestion(innerDc);
  return { status: DialogTurnStatus.waiting };
}

/** A follow-up of that question: answered for the same service, remembered in turn, and the task's question asked again. */
export async function answerFollowUp(deps: DialogDeps, innerDc: DialogContext, last: InfoQuery, text: string): Promise<DialogTurnResult | undefined> {
  if (!followsPracticalAnswer(text)) return undefined;
  const commune = await currentCommune(deps, innerDc.context);
  if (!commune) return undefined;
  const said = withPeriod(parseInfoQuery(text), deps.understand(text, [], undefined, commune.schoolZone), text, parisDay(deps.service.clock.now()));
  const { asked, text: answer } = answerInfoFollowUp(translator(deps, innerDc.context), localeOf(innerDc.context), commune, last, said, deps.service.clock.now());
  await send(deps, innerDc.context, { text: answer });
  noteAsideQuestion(innerDc, asked);
  await repromptQuestion(innerDc);
  return { status: DialogTurnStatus.waiting };
}

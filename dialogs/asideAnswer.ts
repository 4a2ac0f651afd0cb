/**
 * The answer to a question asked at a task's question (see topicSwitch.ts and src/nlu/topicRequest.ts):
 * hours, contacts or an address; the rates; the booking deadlines; a démarche's delay or price; how to pay; an invoice disputed; the school calendar; the children's care (careAside.ts) (thanks said before the
 * task is done: closingAside.ts).
 */
import { parisDay } from '../src/domain/parisTime';
import type { TurnContext } from 'botbuilder';
import type { Topic } from '../src/domain/types';
import type { Intent } from '../src/nlu/intents';
import type { Aside } from '../src/nlu/topicRequest';
import { currentCommune, localeOf, translator, type DialogDeps } from './dialogContext';
import { deadlinesAnswer } from './deadlinesAnswer';
import { answerInfo, contactLines, paymentMeansAnswer, withPeriod } from './infoAnswers';
import { invoiceDisputeAnswer } from './invoiceDisputeAnswer';
import { requestFactsAnswer } from './requestFactsAnswer';
import { schoolCalendarAnswer } from './schoolCalendarAnswer';
import { tariffsAnswer } from './tariffsAnswer';
import { careQuestionAnswer } from './careQuestionAnswer';
import { enrolmentPapersAnswer } from './enrolmentAnswer';

/**
 * `activityId`: the activity being booked (its rates and deadlines when the question names none); `topic`: the task's
 * (its service for a contact asked without one); `running`: the démarche under way (its delay and price); undefined
 * without a commune. `offered`: the labels of the options the question shows (« Garderie du matin ou du soir ? »): the
 * rates asked without an activity are those of the activities offered.
 */
export async function asideAnswer(
  deps: DialogDeps,
  ctx: TurnContext,
  aside: Exclude<Aside, undefined | { kind: 'task' } | { kind: 'answered' }>,
  text: string,
  activityId?: number,
  topic?: Topic,
  running?: Intent,
  offered?: readonly string[],
): Promise<string | undefined> {
  const commune = await currentCommune(deps, ctx);
  if (!commune) return undefined;
  const t = translator(deps, ctx);
  switch (aside.kind) {
    case 'question': {
      // « pendant les vacances de Noël »: the days said, read as one period (infoAnswers.ts).
      const q = withPeriod(aside.query, deps.understand(text, [], undefined, commune.schoolZone), text, parisDay(deps.service.clock.now()));
      // « numero de telephone » at a task's question, no service named: the task's own service (the périscolaire's in a booking).
      if (q.wants === 'contact' && !q.service && !q.other && topic && topic !== 'general') return contactLines(t, commune, deps.service.serviceFor(commune, topic), deps.renderer.isPaid(ctx.activity.channelId));
      return answerInfo(t, localeOf(ctx), commune, q, deps.service.clock.now(), false, ctx.activity.channelId === 'sms');
    }
    case 'paymentMeans':
      return paymentMeansAnswer(t, commune, deps.service.serviceFor(commune, 'invoices'), deps.renderer.isPaid(ctx.activity.channelId));
    case 'invoiceDispute':
      return invoiceDisputeAnswer(deps, t, commune, aside.dispute, deps.renderer.isPaid(ctx.activity.channelId));
    case 'schoolCalendar':
      return schoolCalendarAnswer(deps, ctx, aside.asked, text);
    case 'tariffs':
      return tariffsAnswer(deps, ctx, text, activityId, offered);
    case 'deadlines':
      return deadlinesAnswer(deps, ctx, text, activityId);
    case 'care':
      // No more SMS (STOP by SMS), the papers to enrol (the enrolment service), else the périscolaire's question (careAside.ts).
      if (aside.asked === 'smsOptOut') return t('reminders.smsOptOut');
      return aside.asked === 'enrolmentPapers' ? enrolmentPapersAnswer(deps, ctx) : careQuestionAnswer(deps, ctx, aside.asked);
    case 'requestFact':
      return (await requestFactsAnswer(deps, ctx, text, running))?.text;
  }
}

/**
 * Questions at the menu that look like a task but ask how things work, answered in a few lines and back to the
 * menu: how to enrol a child at school (« comment inscrire mon enfant à l'école ? »: enrolmentAnswer.ts), whether
 * another parent can have access (« mon mari peut aussi se connecter ? »: each parent's espace, the same family key).
 * Which school a child goes to: in the family file. An invoice disputed: the régie checks it. A diet, the menus, an
 * item lost at the canteen: the service that looks after the children (careQuestionAnswer.ts). The holidays' dates,
 * the rentrée, school on a day: the official calendar (schoolCalendarAnswer.ts).
 * No more SMS wanted: how to stop them (STOP by SMS). The papers to enrol: the enrolment service. Who may collect a
 * child: the périscolaire (careQuestionAnswer.ts).
 * Right after how to enrol, « et pour la cantine ? » is the same question (enrolment covers the périscolaire too).
 */
import type { TurnContext } from 'botbuilder';
import { prepare } from '../src/nlu/frenchText';
import { asksSchoolEnrolment, asksWhichSchool } from '../src/nlu/schoolEnrolment';
import { asksSecondParentAccess } from '../src/nlu/secondParent';
import { asksSameOfEnrolment } from '../src/nlu/serviceFollowUp';
import { currentCommune, signedIn, translator, type DialogDeps } from './dialogContext';
import { enrolmentPapersAnswer, schoolEnrolmentAnswer } from './enrolmentAnswer';
import { asksEnrolmentPapers } from '../src/nlu/enrolmentPapers';
import { asksWhoCollects } from '../src/nlu/pickupQuestion';
import { asksToStopSms } from '../src/nlu/smsOptOut';
import { asksAbsenceBilling } from './absenceBillingQuestion';
import { invoiceDispute } from '../src/nlu/invoiceDispute';
import { invoiceDisputeAnswer } from './invoiceDisputeAnswer';
import { allergyNotTheChildren, careQuestion } from '../src/nlu/careQuestion';
import { careQuestionAnswer } from './careQuestionAnswer';
import { schoolCalendarQuestion } from '../src/nlu/schoolCalendarQuestion';
import { schoolCalendarAnswer } from './schoolCalendarAnswer';
import type { AnsweredTopic } from '../src/nlu/topicFollowUp';

/** Said with a diet or an item lost, these are the resident's request (« il ne viendra pas jeudi, rendez-vous chez l'allergologue »). */
const TASKS_FIRST = new Set(['report_absence', 'cancel_booking', 'upload_document', 'pay_invoice', 'list_invoices']);

/** The message is that task's request (an absence only with its day: « my son has a nut allergy » is none). */
const saidAsTask = ({ intent, dates }: { intent: string; dates: readonly string[] }): boolean => TASKS_FIRST.has(intent) && (intent !== 'report_absence' || dates.length > 0);

/** The first names of the signed-in family's children (none when not signed in). */
async function childNamesOf(deps: DialogDeps, ctx: TurnContext): Promise<string[]> {
  const account = await signedIn(deps, ctx);
  const file = account ? await deps.service.familyFile(account) : undefined;
  return file?.children.map((c) => c.child.firstName) ?? [];
}

export interface MenuAnswer {
  text: string;
  /** The answer was how to enrol at school. */
  enrolment?: boolean;
  /** The topic answered (the school calendar): « et celles de printemps ? » next is read against it. */
  topic?: AnsweredTopic;
}

/**
 * The answer to such a question, or undefined when the message is not one (or no commune is chosen yet).
 * `afterEnrolment`: how to enrol was the answer just before, so « et pour la cantine ? » asks the same of the canteen.
 */
export async function menuQuestionAnswer(deps: DialogDeps, ctx: TurnContext, text: string, afterEnrolment = false): Promise<MenuAnswer | undefined> {
  const said = prepare(text);
  // « jveux plus recevoir les sms »: by SMS, STOP; elsewhere, SMS only to whoever writes by SMS (never the online invoices).
  if (asksToStopSms(said)) return { text: translator(deps, ctx)('reminders.smsOptOut') };
  // « ya un papier à fournir pour inscrire à la cantine ? »: the enrolment service's papers (no sign-in, nothing to send yet).
  if (asksEnrolmentPapers(said)) {
    const answer = await enrolmentPapersAnswer(deps, ctx);
    return answer ? { text: answer, enrolment: true } : undefined;
  }
  // « ma voisine peut la récupérer au centre ? »: who may collect the child, the périscolaire's (no booking).
  if (asksWhoCollects(said)) {
    const answer = await careQuestionAnswer(deps, ctx, 'pickup');
    return answer ? { text: answer } : undefined;
  }
  if (asksSchoolEnrolment(said) || (afterEnrolment && asksSameOfEnrolment(text))) {
    const answer = await schoolEnrolmentAnswer(deps, ctx);
    return answer ? { text: answer, enrolment: true } : undefined;
  }
  // « c facturé si je previens pas ? »: the absence's billing rule (absenceBillingQuestion.ts), not the invoices.
  if (asksAbsenceBilling(said)) return { text: translator(deps, ctx)('absence.rule') };
  // « la facture est fausse », « on m'a facturé un jour où elle était malade »: the régie checks it (invoiceDisputeAnswer.ts).
  const dispute = invoiceDispute(text);
  if (dispute) {
    const commune = await currentCommune(deps, ctx);
    return commune ? { text: invoiceDisputeAnswer(deps, translator(deps, ctx), commune, dispute, deps.renderer.isPaid(ctx.activity.channelId)) } : undefined;
  }
  // « ma fille mange sans porc, c possible ? », « il a perdu son doudou à la garderie »: the service that looks after the children.
  // « Léa est allergique aux chats »: a child of the family, signed in, named with an allergy (careQuestion.ts).
  const care = careQuestion(said) ?? (allergyNotTheChildren(said) ? careQuestion(said, await childNamesOf(deps, ctx)) : undefined);
  if (care && !saidAsTask(deps.understand(text))) {
    const text = await careQuestionAnswer(deps, ctx, care);
    return text ? { text } : undefined;
  }
  // « c'est quand les vacances de février ? », « il y a école le 11 novembre ? »: the official school calendar.
  const calendarAsked = schoolCalendarQuestion(said);
  const calendar = calendarAsked ? await schoolCalendarAnswer(deps, ctx, calendarAsked, text) : undefined;
  if (calendar) return { text: calendar, topic: 'schoolCalendar' };
  // « mon fils va dans quelle école ? »: the family file says it (never a trip abroad's authorisation).
  if (asksWhichSchool(said)) return { text: translator(deps, ctx)('menu.whichSchool') };
  if (!asksSecondParentAccess(said)) return undefined;
  const commune = await currentCommune(deps, ctx);
  return commune ? { text: translator(deps, ctx)('familyKey.secondParent', { keyName: commune.familyKeyName }) } : undefined;
}

/**
 * The practical questions about the children's care that the menu answers (dialogs/menuQuestions.ts), asked at a task's
 * question instead (the calendar, the basket, the sign-in, a form): no more SMS wanted (« jveux plus recevoir les sms »),
 * the papers to enrol (« ya un papier à fournir pour inscrire à la cantine ? »), who may collect a child (« ma voisine peut
 * la récupérer au centre ? »), a diet, the menus, an item lost, a medicine (careQuestion.ts). Each is answered where it is
 * asked and the question asked again (topicRequest.ts); before, the calendar read them as days not understood, the basket
 * as « pas compris », and « il a perdu son doudou à la garderie » changed the basket's activity to the garderie.
 * A day said with a diet, a lost item or a medicine (« pas jeudi, il mange sans porc ») is the task's own. Works on prepare()d text.
 */
import { careQuestion, type CareQuestion } from './careQuestion';
import { asksEnrolmentPapers } from './enrolmentPapers';
import { asksWhoCollects } from './pickupQuestion';
import { asksToStopSms } from './smsOptOut';

export type CareAsked = CareQuestion | 'smsOptOut' | 'enrolmentPapers';

/** A day or a date said: the message may be the task's answer. */
const DAY = /\d|\b(?:lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?|demain|aujourd hui|apres demain|semaine|mois|vacances)\b/;

export function careAsked(said: string): CareAsked | undefined {
  if (asksToStopSms(said)) return 'smsOptOut';
  if (asksEnrolmentPapers(said)) return 'enrolmentPapers';
  if (asksWhoCollects(said)) return 'pickup';
  return DAY.test(said) ? undefined : careQuestion(said);
}

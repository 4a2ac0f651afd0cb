/** The root dialog's names and the options its flow starts with (the menu, or a request kept). */
import type { Attachment } from 'botbuilder';
import type { AnyInput } from './anyInputPrompt';
import type { DemarchesResult } from './demarchesDialog';
import type { Task } from './places';
import type { AbsenceUndo } from '../src/domain/reservationTypes';
import type { MenuOption } from './menu';
import type { InvoicesAsked } from './invoicesOfChild';
import type { AnsweredTopic } from '../src/nlu/topicFollowUp';
import type { Draft } from './civilActDraft';

export const MAIN_DIALOG = 'main';
export const MAIN_FLOW = 'mainFlow';

/** Kept in the main flow's values: a request typed at the sign-in a task asked for (or a new number given beside a request: newNumberKept.ts), routed once that task ends. */
export interface MainFlowValues {
  keptAfterSignIn?: AnyInput;
  /** A file sent at a question that takes none (fileAside.ts): offered to the documents once the task ends. */
  fileKept?: Attachment;
}
export const MENU_PROMPT = 'menuPrompt';

export interface MainOptions {
  /** Input handed back by a task that did not handle it, routed without showing the menu. */
  pending?: AnyInput;
  /** A file kept from a question that took none: the documents open with it, without showing the menu. */
  fileKept?: Attachment;
  /**
   * The menu listed just before the task that handed back `pending` (a bare « 2 » after the practical info's pages, by
   * SMS): the number picks from it, the last list the resident saw.
   */
  lastMenu?: MenuOption[];
  /** Start this task directly (after « recommencer »). */
  task?: Task | NonNullable<DemarchesResult['task']>;
  /** The words a démarche was found by, passed on to it. */
  taskText?: string;
  /** By SMS, the words of the next request kept at a sign-in: offered, made on « suite » (keptNextBySms.ts). */
  keptNext?: string;
  /** The menu follows an answer: a shorter title. */
  again?: boolean;
  /** Thanks or a goodbye: a polite word instead of the menu (a bare number then gets the menu shown: menu.ts). */
  closing?: boolean;
  /** The task's last reply said what to do next (another invoice to pay): by SMS, no word about the menu after it. */
  nextSaid?: boolean;
  /**
   * The month the task just ended showed (the agenda of January, a basket of January): a booking asked next
   * reads a day without a month in it (« annuler le 19 » is 19 January), and shows its calendar.
   */
  shownMonth?: string;
  /** A booking just confirmed: « et le 26 aussi » said next is the same booking for that day. */
  lastBooking?: BookingDone;
  /** How to enrol at school was just answered: « et pour la cantine ? » next asks the same of the canteen (menuQuestions.ts). */
  enrolmentAnswered?: boolean;
  /** An absence just recorded: « et le 21 aussi », « et hugo aussi » said next is the same absence for those days or that child. */
  lastAbsence?: AbsenceDone;
  /** The agenda just shown: « et en février ? », « et pour Hugo ? » said next is the agenda for them (agendaFollowUp.ts). */
  lastAgenda?: AgendaShown;
  /** The invoices just asked (for a child, or none to show): « et pour Hugo ? » said next asks Hugo's (invoicesOfChild.ts). */
  lastInvoices?: InvoicesAsked;
  /** The démarche whose delay or price was just asked, or just explained (the census's answer): « c'est gratuit ? » next is about it. */
  askedAbout?: string;
  /** A link or the references just mailed: another e-mail typed next gets the same mail (mailedAgain.ts). */
  lastMailed?: MailedTask;
  /** Why the commune is asked (« mairie de Poissy », not served: « Je ne connais pas cette commune »). */
  communeLead?: string;
  /** The communes served named after the place said (« Poissy » → Carrières-sous-Poissy): suggested at the commune question. */
  communeNear?: string[];
  /** How a task goes was just explained, doing it offered (howToOffer.ts): « oui » next starts it with these words. */
  howToOffered?: HowToOffered;
  /** The topic just answered (the family key, the QF…): « et je la trouve où ? » said next is read against it (topicAnswer.ts). */
  answeredTopic?: AnsweredTopic;
  /** The online invoices just chosen (true) or paper kept (false): « en fait non, le papier » next is read against it (eInvoiceFollowUp.ts). */
  lastEInvoice?: boolean;
  /** An act request just found abroad: « ah non, elle est née à Carrières » next takes it up again (civilActAbroad.ts). */
  lastActAbroad?: Draft;
}

/**
 * What the menu knows of the task just ended (the booking or absence just recorded, the agenda or month shown, the
 * démarche asked about, the mail sent): kept when the menu is shown again after a setting said there (« english »,
 * « langage simple », « mes rappels »), so « undo » or « et le 26 aussi » said next still reads it.
 */
export function followUpsOf(options: MainOptions | undefined): MainOptions {
  if (!options) return {};
  const { shownMonth, lastBooking, lastAbsence, lastAgenda, lastInvoices, askedAbout, lastMailed, enrolmentAnswered, answeredTopic, lastEInvoice, lastActAbroad } = options;
  return Object.fromEntries(Object.entries({ shownMonth, lastBooking, lastAbsence, lastAgenda, lastInvoices, askedAbout, lastMailed, enrolmentAnswered, answeredTopic, lastEInvoice, lastActAbroad }).filter(([, v]) => v !== undefined)) as MainOptions;
}

/** A task offered after explaining how it goes: its words (days, child, activity) kept. */
export interface HowToOffered {
  task: 'booking' | 'absence';
  text: string;
}

/** The tasks that mail something to an address typed in the chat. */
export type MailedTask = 'forgotPassword' | 'lostReference';

/** What a task hands back when it ends: the month it showed (see MainOptions.shownMonth), the booking or absence it recorded, the démarche it explained. */
export interface ShownMonthResult {
  /** « Menu » chosen among the task's own options: the whole menu follows, not the short word after an answer. */
  menuAsked?: boolean;
  /** The démarche the task just explained (the census's answer): « quels papiers ? » next is about it. */
  askedAbout?: string;
  shownMonth?: string;
  /** The mail the task just sent (a password link, the references): see MainOptions.lastMailed. */
  mailed?: MailedTask;
  booked?: BookingDone;
  absent?: AbsenceDone;
  /** The agenda just shown (« mes réservations de janvier »): « et en février ? », « et pour Hugo ? » next asks it again. */
  agenda?: AgendaShown;
  /** The invoices just asked: see MainOptions.lastInvoices. */
  invoicesAsked?: InvoicesAsked;
  /** The topic the task just answered (the family key explained): see MainOptions.answeredTopic. */
  answered?: AnsweredTopic;
  /** The way the invoices now come, just chosen: see MainOptions.lastEInvoice. */
  eInvoiceSet?: boolean;
  /** The act request found abroad: see MainOptions.lastActAbroad. */
  actAbroad?: Draft;
  /** See MainOptions.nextSaid. */
  nextSaid?: boolean;
}

/** The agenda shown: its children and its month. */
export interface AgendaShown {
  childIds: number[];
  month: string;
}

/** A booking confirmed: its activity, its children, whether days were cancelled, the month of its days. */
export interface BookingDone {
  activityId: number;
  childIds: number[];
  cancel: boolean;
  month: string;
  /** Its days: « et Léa aussi » said next is the same booking for Léa (bookingMoreChildren.ts). */
  days?: string[];
  /** The days of it cancelled when it also booked others (« réserver le 26 et annuler le 22 »). */
  removed?: string[];
  /** Each child's own days, when the children did not all have the same (« et le 4 aussi pour Hugo »): an undo undoes those alone. */
  byChild?: Array<{ childId: number; day: string }>;
}

/** What the booking just confirmed did on that day of it. */
export const actionDone = (done: BookingDone, day: string): 'add' | 'remove' => (done.cancel || done.removed?.includes(day) ? 'remove' : 'add');

/** An absence recorded: its children, its days, its reason. */
export interface AbsenceDone {
  childIds: number[];
  days: string[];
  reason?: 'illness' | 'other';
  /** Nothing was booked those days, nothing recorded: « non, lundi 7 décembre » said next is the absence for those days instead. */
  noneBooked?: boolean;
  /** What was recorded, per child and day: « en fait pas le 8 » said next takes it back. */
  undo?: AbsenceDayDone[];
  /** What its days cost once recorded: « c'est facturé ? » said next is answered for them (absenceFollowUp.ts). */
  billing?: AbsenceBilling;
}

/** An absence's days by what they cost: cancelled free of charge, justified (not billed), still billed (past the deadline). */
export interface AbsenceBilling {
  free: string[];
  justified: string[];
  billed: string[];
}

/** What an absence recorded for one child on one day (see AbsenceUndo). */
export interface AbsenceDayDone extends AbsenceUndo {
  childId: number;
  day: string;
}

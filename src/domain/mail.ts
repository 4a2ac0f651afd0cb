/**
 * What the domain mails, and the port that sends it (src/mail/mailer.ts words each message from
 * the locales): codes, password links, data exports, requests, bookings, invoices, receipts.
 */
import type { InvoiceMail } from './invoicing';
import type { CodePurpose, Commune, Invoice } from './types';

/** What the mail adapter needs to send a code (it words the message from the locales). */
export interface CodeMail {
  to: string;
  /** agent_sign_in: the second factor of an agent's sign-in to the back office. */
  purpose: CodePurpose | 'agent_sign_in';
  code: string;
  minutes: number;
  commune: Pick<Commune, 'name' | 'portalName'>;
  locale: string;
}

/** A one-time link to the page that sets a password: after « Créer mon espace » or « mot de passe oublié ». */
export interface PasswordLinkMail {
  to: string;
  url: string;
  minutes: number;
  /** agent: the link `admin agent add` mails to a new agent of the back office. */
  reason: 'create' | 'reset' | 'agent';
  commune: Pick<Commune, 'name' | 'portalName'>;
  locale: string;
}

export interface DataExportMail {
  to: string;
  json: string;
  commune: Pick<Commune, 'name' | 'portalName'>;
  locale: string;
}

export interface RequestMail {
  to: string;
  reference: string;
  kind: string;
  commune: Pick<Commune, 'name' | 'portalName'>;
  locale: string;
}

/** « Un message vous en confirme la bonne prise en compte »: the booking confirmation, its summary already in words. */
export interface BookingMail {
  to: string;
  reference: string;
  summary: string;
  commune: Pick<Commune, 'name' | 'portalName'>;
  locale: string;
}

/** The receipt of a payment: amount, invoice, date, authorisation number. */
export interface ReceiptMail {
  to: string;
  commune: Pick<Commune, 'name' | 'portalName'>;
  invoice: Pick<Invoice, 'number' | 'label'>;
  amountCents: number;
  paidAt: string;
  authorization: string;
  reference: string;
  locale: string;
}

/** A second payment of an invoice already paid: the resident is told it will be refunded. */
export interface DuplicatePaymentMail {
  to: string;
  commune: Pick<Commune, 'name' | 'portalName'>;
  invoice: Pick<Invoice, 'number' | 'label'>;
  amountCents: number;
  paidAt: string;
  reference: string;
  locale: string;
}

/** The commune's decision on bookings that waited for instruction (or a place freed on a waiting list). */
export interface BookingDecisionMail {
  to: string;
  decision: 'confirmed' | 'refused' | 'promoted';
  items: Array<{ childName: string; activityLabel: string; day: string }>;
  message: string | null;
  commune: Pick<Commune, 'name' | 'portalName'>;
  locale: string;
}

/** « J'ai perdu ma référence »: the requests made with this address in the commune, newest first. */
export interface RequestReferencesMail {
  to: string;
  requests: Array<{ reference: string; kind: string; status: string; createdAt: string }>;
  commune: Pick<Commune, 'name' | 'portalName'>;
  locale: string;
}

export interface RequestUpdateMail extends RequestMail {
  status: string;
  message: string | null;
}

/** An agent accepted or refused a paper the family sent: what it was, the reason of a refusal. */
export interface PaperReviewMail {
  to: string;
  commune: Pick<Commune, 'name' | 'portalName'>;
  /** The paper's kind (documents.kind.*). */
  paperKind: string;
  accepted: boolean;
  reason: string | null;
  locale: string;
}

export interface Mailer {
  sendCode(mail: CodeMail): Promise<void>;
  sendDataExport(mail: DataExportMail): Promise<void>;
  sendRequestConfirmation(mail: RequestMail): Promise<void>;
  sendRequestUpdate(mail: RequestUpdateMail): Promise<void>;
  sendRequestReferences(mail: RequestReferencesMail): Promise<void>;
  sendBookingConfirmation(mail: BookingMail): Promise<void>;
  sendBookingDecision(mail: BookingDecisionMail): Promise<void>;
  sendInvoice(mail: InvoiceMail): Promise<void>;
  sendReceipt(mail: ReceiptMail): Promise<void>;
  sendDuplicatePayment(mail: DuplicatePaymentMail): Promise<void>;
  sendPaperReview(mail: PaperReviewMail): Promise<void>;
  sendPasswordLink(mail: PasswordLinkMail): Promise<void>;
  /** A reminder (src/domain/reminders.ts) to a resident the chat cannot reach. */
  sendReminder(mail: { to: string; commune: Commune; text: string; locale: string }): Promise<void>;
}

/**
 * Domain types. Plain data: calendar days are 'YYYY-MM-DD', times of day 'HH:MM' (Europe/Paris),
 * money in integer cents.
 */

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Opening periods of one day, e.g. [['08:30','12:00'], ['13:45','17:30']]. */
export type DayHours = ReadonlyArray<readonly [string, string]>;
/** A weekly schedule; a day that is absent is closed. */
export type WeeklyHours = Partial<Record<Weekday, DayHours>>;

export type ServiceCode =
  | 'mairie'
  | 'regie'
  | 'guichet_unique'
  | 'etat_civil'
  | 'scolaire'
  | 'periscolaire'
  | 'inscriptions'
  | 'sej';

export interface CommuneService {
  code: ServiceCode;
  name: string;
  phone?: string;
  email?: string;
  address?: string;
  /** Absent when the commune's documents do not give them. */
  hours?: WeeklyHours;
  /** True when the service closes on public holidays (the default for a mairie's services). */
  closedOnPublicHolidays?: boolean;
}

/** Which service a resident is sent to for each kind of question. */
export type Topic = 'general' | 'booking' | 'invoices' | 'requests' | 'familyKey' | 'account';
export type TopicMap = Partial<Record<Topic, ServiceCode>>;

export interface Commune {
  id: string;
  name: string;
  portalName: string;
  portalUrl: string;
  familyKeyName: string;
  schoolZone: string;
  requestPrefix: string;
  /** Its postal codes: an address with one of them (or the commune's name) is in the commune. */
  postalCodes?: string[];
  /** The SMS numbers residents write to for this commune (E.164, « +33700000001 »): a message to one is about it. */
  smsNumbers?: string[];
  services: CommuneService[];
  topics: TopicMap;
  /** The web chat page's colour (#rrggbb); the default blue when absent. */
  accentColor?: string;
  /** What the commune's published pages say (accessibility, privacy, terms); each part optional. */
  publication?: CommunePublication;
}

/** RGAA conformity: totally, partially or not conforming (« non » also when no audit was made). */
export type AccessibilityStatus = 'total' | 'partial' | 'none';

/**
 * The facts the pages /accessibilite, /confidentialite and /conditions need that only the commune
 * knows. Absent facts are never invented: the pages say so (« aucun audit n'a encore été réalisé »)
 * or fall back on the commune itself (controller) and its general service (contact).
 */
export interface CommunePublication {
  /** The data controller, e.g. « Commune de X, représentée par son maire »; the commune when absent. */
  controller?: string;
  /** The publication director (« directeur de la publication »), e.g. « le maire ». */
  publisher?: string;
  /** Who hosts the bot (name and address). */
  host?: string;
  /** The data protection officer's contact (« délégué à la protection des données »). */
  dpo?: { name?: string; email?: string; postalAddress?: string; url?: string };
  accessibility?: {
    /** Absent: « non conforme », no audit yet. */
    status?: AccessibilityStatus;
    /** When the audit was made (YYYY-MM-DD) and by whom; the share of RGAA criteria met (0–100). */
    auditDate?: string;
    auditor?: string;
    rate?: number;
    /** Contents not accessible: non-conformities, derogations for disproportionate burden, contents not subject to the obligation. */
    nonCompliant?: string[];
    derogations?: string[];
    exempt?: string[];
    /** When this declaration was made (YYYY-MM-DD). */
    declaredOn?: string;
    /** Where to report an accessibility problem; the general service's e-mail and phone when absent. */
    contactEmail?: string;
    contactUrl?: string;
  };
}

export type ActivityCode = 'morning' | 'evening' | 'canteen' | 'wednesday' | 'holidays' | 'study';
export type SchoolLevel = 'maternelle' | 'elementaire';

export interface ActivityRules {
  /** When the activity runs: school days (optionally only some weekdays), Wednesdays, holiday sessions. */
  runsOn: 'schoolDays' | 'wednesdays' | 'holidays';
  weekdays?: Weekday[];
  /** Booking deadline: N days before the day, or N weeks before the first day of a holiday session. */
  deadline: { kind: 'daysBefore'; days: number } | { kind: 'weeksBeforeSession'; weeks: number };
  /** After the deadline: accepted with a surcharge, or refused. */
  late: { kind: 'surcharge'; percent: number } | { kind: 'refuse' };
  /** Back-to-school bookings stay open until this day of September (MM-DD). */
  backToSchoolUntil?: string;
  /** Places per day (holiday sessions); beyond them, bookings go on a waiting list. */
  capacity?: number;
  /** Which bookings wait for an agent's instruction: none (the default), late ones, or all. */
  review?: 'none' | 'late' | 'all';
}

export interface TariffBracket {
  /** Lowest quotient familial of the bracket (inclusive); the first bracket starts at 0. */
  fromQf: number;
  priceCents: number;
}

export interface Activity {
  id: number;
  communeId: string;
  code: ActivityCode;
  label: string;
  level: 'all' | SchoolLevel;
  rules: ActivityRules;
  tariffs: TariffBracket[];
  /** Its commune's school zone (read with it): the calendar it follows. */
  schoolZone?: string;
}

export interface Household {
  id: number;
  communeId: string;
  fileNumber: string;
  name: string;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  quotientFamilial: number | null;
  eInvoice: boolean;
}

export interface Representative {
  id: number;
  householdId: number;
  role: 'representative' | 'co_representative';
  civility: string | null;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
}

export interface Child {
  id: number;
  householdId: number;
  firstName: string;
  lastName: string;
  birthDate: string;
  school: string | null;
  level: SchoolLevel;
}

export interface Enrolment {
  id: number;
  childId: number;
  activityId: number;
  schoolYear: string;
}

/** pending: waiting for the commune's instruction; waiting: on the waiting list of a full day. */
export type ReservationStatus = 'pending' | 'confirmed' | 'refused' | 'cancelled' | 'waiting';
export const ACTIVE_STATUSES: readonly ReservationStatus[] = ['pending', 'confirmed', 'waiting'];

export interface Reservation {
  id: number;
  childId: number;
  activityId: number;
  day: string;
  status: ReservationStatus;
  late: boolean;
  surchargePercent: number;
  /** Cancelled after the deadline: the day stays billed unless an absence is justified. */
  cancelledLate: boolean;
  basketId: number | null;
  updatedAt: string;
}

export interface Absence {
  id: number;
  childId: number;
  activityId: number | null;
  day: string;
  reason: string;
  justified: boolean;
  documentId: number | null;
}

export type RequestStatus = 'submitted' | 'in_progress' | 'completed' | 'refused';

export interface CitizenRequest {
  id: number;
  communeId: string;
  reference: string;
  kind: string;
  requesterEmail: string;
  status: RequestStatus;
  createdAt: string;
}

export interface AuditEntry {
  actor: string;
  action: string;
  communeId?: string | null;
  subject?: string | null;
  details?: Record<string, unknown> | null;
}

export interface Account {
  id: number;
  communeId: string;
  email: string;
  civility: 'madame' | 'monsieur' | null;
  firstName: string;
  lastName: string;
  phone: string | null;
  address: string | null;
  emailVerifiedAt: string | null;
  householdId: number | null;
  lastLoginAt: string | null;
  /** Whether a password was chosen (on the bot's page; the hash never leaves the repository). */
  hasPassword: boolean;
}

/** One-time links: the page that sets a password, the sign-in page opened from a conversation. */
export type LinkPurpose = 'set_password' | 'web_sign_in';

export interface LinkToken {
  id: number;
  purpose: LinkPurpose;
  communeId: string;
  accountId: number | null;
  channelUser: string | null;
  expiresAt: string;
  usedAt: string | null;
  tries: number;
  codeHash: string | null;
  codeExpiresAt: string | null;
  codeAttempts: number;
  codeUsedAt: string | null;
  createdAt: string;
}

export type CodePurpose = 'sign_in' | 'verify_email' | 'change_email' | 'delete_account';

export interface OneTimeCode {
  id: number;
  accountId: number;
  purpose: CodePurpose;
  codeHash: string;
  expiresAt: string;
  attempts: number;
  usedAt: string | null;
  createdAt: string;
}

export interface Session {
  id: number;
  accountId: number;
  channelUser: string;
  lastSeenAt: string;
}

export type InvoiceStatus = 'issued' | 'paid' | 'cancelled';

export interface Invoice {
  id: number;
  householdId: number;
  /** Per commune and year: CSP-FAC-2026-000123. */
  number: string;
  label: string;
  periodStart: string | null;
  periodEnd: string | null;
  issuedOn: string;
  dueOn: string;
  totalCents: number;
  status: InvoiceStatus;
  paidAt: string | null;
  /** monthly: built from a month's bookings; oneOff: created by an agent (a school trip). */
  kind: 'monthly' | 'oneOff';
}

export interface InvoiceLine {
  childId: number | null;
  activityId: number | null;
  label: string;
  quantity: number;
  unitPriceCents: number;
  amountCents: number;
}

/** pending: sent to the payment page; expired: still pending after 30 minutes; duplicate: paid an invoice already paid (to refund). */
export type PaymentStatus = 'pending' | 'paid' | 'refused' | 'expired' | 'duplicate' | 'refunded';

export interface PaymentAttempt {
  id: number;
  invoiceId: number;
  /** PBX_CMD: unique per attempt. */
  reference: string;
  amountCents: number;
  status: PaymentStatus;
  provider: string;
  authorization: string | null;
  accountId: number | null;
  errorCode: string | null;
  createdAt: string;
  completedAt: string | null;
}

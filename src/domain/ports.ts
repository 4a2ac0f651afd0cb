/**
 * What the domain needs from the outside. db/ implements the repositories; src/index.ts wires them.
 * Every method is async so that another store (PostgreSQL) can stand behind the same ports.
 */
import type { ReminderRepository } from './reminders';
import type { RetentionRepository } from './retention';
import type { DocumentRepository } from './documents';
import type { AccountRecords } from './accountData';
import type { NewOutboxMessage, OutboxRepository } from './outbox';
import type {
  Account,
  Invoice,
  InvoiceLine,
  PaymentAttempt,
  CodePurpose,
  LinkPurpose,
  LinkToken,
  OneTimeCode,
  Session,
  Absence,
  Reservation,
  Activity,
  AuditEntry,
  Child,
  CitizenRequest,
  Commune,
  Enrolment,
  Household,
  Representative,
  RequestStatus,
  SchoolLevel,
} from './types';

export interface CommuneRepository {
  list(): Promise<Commune[]>;
  get(id: string): Promise<Commune | undefined>;
}

export interface ActivityRepository {
  listByCommune(communeId: string): Promise<Activity[]>;
}

/** One family of an import: a household, its representatives, its children and their enrolments. */
export interface FamilyImport {
  household: Omit<Household, 'id' | 'eInvoice'>;
  /**
   * True when the household is already in the store and only receives children or enrolments:
   * it must exist, and its own data and representatives are left as they are (not counted as updated).
   */
  referenceOnly?: boolean;
  representatives: Array<Omit<Representative, 'id' | 'householdId'>>;
  children: Array<{
    firstName: string;
    lastName: string;
    birthDate: string;
    school: string | null;
    level: SchoolLevel;
    enrolments: Array<{ activityId: number; schoolYear: string }>;
  }>;
}

export interface ImportResult {
  householdsCreated: number;
  householdsUpdated: number;
  childrenCreated: number;
  enrolmentsCreated: number;
}

export interface HouseholdRepository {
  get(id: number): Promise<Household | undefined>;
  findByFileNumber(communeId: string, fileNumber: string): Promise<Household | undefined>;
  listChildren(householdId: number): Promise<Child[]>;
  /** A commune's family files' ids, in order (for work done a slice at a time). */
  idsOf(communeId: string): Promise<number[]>;
  getMany(ids: number[]): Promise<Household[]>;
  childrenOf(householdIds: number[]): Promise<Child[]>;
  listRepresentatives(householdId: number): Promise<Representative[]>;
  listEnrolments(householdId: number): Promise<Enrolment[]>;
  setEInvoice(householdId: number, eInvoice: boolean): Promise<void>;
  /** Creates or updates the families, all in one transaction: all or nothing. */
  importFamilies(communeId: string, families: FamilyImport[]): Promise<ImportResult>;
}

export interface FamilyKeyRepository {
  /** Stores a new key hash (and its selector) for the household and revokes the previous ones, in one transaction. */
  replace(householdId: number, keyHash: string, selector: string | null, at: string): Promise<void>;
  findActiveHousehold(keyHash: string): Promise<number | undefined>;
  /** The household whose active key starts with this selector. */
  findBySelector(selector: string): Promise<number | undefined>;
}

export interface NewRequest {
  communeId: string;
  kind: string;
  requesterEmail: string;
  accountId: number | null;
  data: Record<string, unknown>;
  createdAt: string;
  /** The resident's language and conversation, to tell the agents' decisions there. */
  locale?: string;
  conversationRef?: unknown;
  /** Papers attached in the chat (kept before), linked to the request with their kind. */
  papers?: ReadonlyArray<{ documentId: number; kind: string }>;
}

/** An agent's decision not yet told in the resident's conversation. */
export interface UntoldDecision {
  eventId: number;
  reference: string;
  kind: string;
  communeId: string;
  status: RequestStatus;
  message: string | null;
  accountId: number | null;
  locale: string | null;
  conversationRef: unknown;
}

/** An agent's decision on a request, as it is mailed. */
export interface RequestDecision {
  reference: string;
  kind: string;
  communeId: string;
  requesterEmail: string;
  locale: string | null;
  status: RequestStatus;
  message: string | null;
}

export interface RequestRepository {
  listByStatus(communeId: string | undefined, statuses: RequestStatus[]): Promise<CitizenRequest[]>;
  /**
   * Stores a submitted request and its first event, numbered after the last one of the same
   * prefix and year (CSP-2026-000123), and queues what `after` asks for it, in one transaction.
   * Returns the reference.
   */
  create(referencePrefix: string, request: NewRequest, after?: (reference: string) => NewOutboxMessage[]): Promise<string>;
  findByReference(reference: string): Promise<(CitizenRequest & { data: Record<string, unknown>; locale: string | null }) | undefined>;
  /** The account's requests and those made with its e-mail in its commune (e-mails compared normalised), newest first. */
  listMine(accountId: number, communeId: string, email: string): Promise<CitizenRequest[]>;
  /** The requests made with this e-mail in this commune (compared normalised), newest first. */
  listByEmail(communeId: string, email: string): Promise<CitizenRequest[]>;
  /** The last decision on a request (not its submission), with the agent's message. */
  lastDecision(requestId: number): Promise<{ status: RequestStatus; message: string | null; at: string } | undefined>;
  /** Sets the status and records the event (with the agent's message), and queues what `after` asks for that event, in one transaction. */
  setStatus(requestId: number, status: RequestStatus, message: string | null, actor: string, at: string, after?: (eventId: number) => NewOutboxMessage[]): Promise<void>;
  /** An agent's decision (an event) with what its mail needs of the request. */
  decision(eventId: number): Promise<RequestDecision | undefined>;
  /** Agents' decisions not yet told, oldest first. */
  untoldDecisions(limit: number): Promise<UntoldDecision[]>;
  /**
   * Marks a decision told (by: conversation, or none when no conversation could be reached).
   * Returns false when another process marked it first; `again` overwrites an earlier mark.
   */
  markTold(eventId: number, by: 'conversation' | 'none', at: string, options?: { again: boolean }): Promise<boolean>;
  /** The papers stored with a request. */
  papersOf(requestId: number): Promise<Array<{ kind: string; fileName: string; mimeType: string; sizeBytes: number; storagePath: string }>>;
}

export interface AuditRepository {
  append(entry: AuditEntry, at: string): Promise<void>;
  /** How many entries of this action about this subject since that instant (rate limits). */
  count(action: string, subject: string, since: string): Promise<number>;
}

/**
 * One limit a try counts against. `audit`: the entries of this action about this subject since
 * then (reserving the try appends the entry, a failure until the try is shown right); the others:
 * a counter of wrong tries on a row (a sign-in link's passwords, its code, an e-mailed code).
 */
export type TryLimit =
  | { kind: 'audit'; entry: AuditEntry & { subject: string }; since: string; max: number }
  | { kind: 'linkPassword' | 'linkCode' | 'emailCode'; id: number; max: number };

/** What a granted try holds: released when the try proves right. */
export interface TryReservation {
  auditIds: number[];
  counters: Array<{ kind: 'linkPassword' | 'linkCode' | 'emailCode'; id: number }>;
}

export type TryGrant =
  /** `used`: each limit's count with this try, in the order asked. */
  | { ok: true; reservation: TryReservation; used: number[] }
  /** `refused`: the index of the first limit reached (or of a counter whose row is gone); nothing was counted. */
  | { ok: false; refused: number };

/**
 * Attempt limits that hold when tries arrive at once: a try is counted before the secret is
 * checked, in the same write transaction that reads the counts.
 */
export interface TryRepository {
  /** In one write transaction: when every limit is under its max, counts the try against all of them; otherwise against none. */
  reserve(limits: TryLimit[], at: string): Promise<TryGrant>;
  /** The try was right: its audit entries are removed and its counters given back (the caller records the success). */
  release(reservation: TryReservation): Promise<void>;
}

export type NewAccount = Pick<Account, 'communeId' | 'email' | 'civility' | 'firstName' | 'lastName' | 'phone' | 'address'>;

export interface AccountRepository {
  get(id: number): Promise<Account | undefined>;
  findByEmail(communeId: string, email: string): Promise<Account | undefined>;
  /** The accounts linked to a household (the family is told of the commune's decisions). */
  listByHousehold(householdId: number): Promise<Account[]>;
  create(account: NewAccount): Promise<Account>;
  /** Sets the last sign-in and returns the one before. */
  recordSignIn(accountId: number, at: string): Promise<string | null>;
  markEmailVerified(accountId: number, at: string): Promise<void>;
  updateContact(accountId: number, change: { email?: string; emailVerifiedAt?: string; phone?: string; address?: string }): Promise<void>;
  linkHousehold(accountId: number, householdId: number): Promise<void>;
  /** Stores a new code and retires the unused ones of the same purpose. */
  addCode(code: Omit<OneTimeCode, 'id' | 'attempts' | 'usedAt'>): Promise<void>;
  latestCode(accountId: number, purpose: CodePurpose): Promise<OneTimeCode | undefined>;
  countCodesSince(accountId: number, purpose: CodePurpose, since: string): Promise<number>;
  /** Marks the code used; false when it already was (two answers at once: only one wins). */
  useCode(codeId: number, at: string): Promise<boolean>;
  /** Opens a session for a channel user, ending the ones it had. */
  startSession(accountId: number, channelUser: string, at: string): Promise<void>;
  activeSession(channelUser: string): Promise<Session | undefined>;
  touchSession(sessionId: number, at: string): Promise<void>;
  endSessions(channelUser: string, at: string): Promise<void>;
  /** Deletes the account, its codes and sessions; the family file and requests stay, unlinked. */
  delete(accountId: number): Promise<void>;
  passwordHash(accountId: number): Promise<string | null>;
  setPassword(accountId: number, hash: string): Promise<void>;
}

/** One run of a scheduled job, as recorded. */
export interface JobRun {
  id: number;
  job: string;
  holder: string;
  startedAt: string;
  finishedAt: string | null;
  status: 'running' | 'done' | 'failed';
  summary: string | null;
  error: string | null;
}

export interface JobRepository {
  /** Takes the job's lease until `until` unless another holder has one that has not expired; true when taken. */
  acquire(job: string, holder: string, now: string, until: string): Promise<boolean>;
  release(job: string, holder: string): Promise<void>;
  /** Extends the holder's lease to `until`; false when the holder no longer has it. */
  renew(job: string, holder: string, until: string): Promise<boolean>;
  startRun(job: string, holder: string, at: string): Promise<number>;
  finishRun(id: number, status: 'done' | 'failed', at: string, text: string): Promise<void>;
  /** The newest run of each job. */
  lastRuns(): Promise<JobRun[]>;
}

export interface NewLinkToken {
  purpose: LinkPurpose;
  tokenHash: string;
  communeId: string;
  accountId: number | null;
  channelUser: string | null;
  expiresAt: string;
  createdAt: string;
}

export interface LinkTokenRepository {
  /** Stores a link; a new set_password link retires the account's unused ones. */
  create(link: NewLinkToken): Promise<LinkToken>;
  findByHash(tokenHash: string): Promise<LinkToken | undefined>;
  /** Links of this purpose made for the account since then (a mailbox is not flooded). */
  countSince(accountId: number, purpose: LinkPurpose, since: string): Promise<number>;
  /** Counts a try that was refused unchecked (the account was locked); checked tries are counted by TryRepository. */
  recordTry(id: number): Promise<void>;
  /** Marks the link used; false when it already was (two submits at once: one wins). */
  use(id: number, at: string): Promise<boolean>;
  /** web_sign_in: marks the link used and stores the code the conversation must be given; false when already used. */
  useWithCode(id: number, accountId: number, codeHash: string, codeExpiresAt: string, at: string): Promise<boolean>;
  /** The newest sign-in link of this channel user holding a code (used or not): only the newest counts. */
  latestCode(channelUser: string): Promise<LinkToken | undefined>;
  useCode(id: number, at: string): Promise<boolean>;
}

/** One change of a basket, as decided when the basket was built. */
export interface BasketChange {
  childId: number;
  day: string;
  action: 'add' | 'remove';
  /** add: the status a booking starts with (pending when the commune instructs it). */
  status?: 'pending' | 'confirmed';
  late: boolean;
  surchargePercent: number;
  /** remove: after the deadline, the day stays billed. */
  billed?: boolean;
  /** The deadline situation when the basket was built ('onTime', 'late:20', 'free', 'billed'), checked again at « Confirmer ». */
  timing: string;
  /** What confirming the basket did to it, stored with the confirmation (its mail says it). */
  outcome?: ChangeOutcome;
}

export interface BasketRecord {
  id: number;
  householdId: number;
  accountId: number | null;
  activityId: number;
  changes: BasketChange[];
  status: 'open' | 'confirmed' | 'replaced';
  reference: string | null;
  createdAt: string;
}

/** What confirming did to each change, in the basket's order. */
export type ChangeOutcome = 'added' | 'waiting' | 'already' | 'removed' | 'notBooked';

/** A booking with the family file of its child (a decision is mailed to each family concerned). */
export type HouseholdReservation = Reservation & { householdId: number };

export interface ConfirmResult {
  reference: string;
  /** True when the basket had already been confirmed (a second « Confirmer »): nothing changed. */
  alreadyConfirmed: boolean;
  outcomes: ChangeOutcome[];
  /** Bookings moved from the waiting list to a freed place. */
  promoted: HouseholdReservation[];
}

/** What an agent's decision on bookings did: the bookings decided, and those a refusal promoted. */
export interface BookingDecision {
  decided: HouseholdReservation[];
  promoted: HouseholdReservation[];
}

export interface PendingReservation extends Reservation {
  householdId: number;
  childName: string;
  activityLabel: string;
  communeId: string;
}

export interface HeadcountRow {
  school: string | null;
  activityId: number;
  count: number;
}

export interface ReservationRepository {
  /** The reservations of these children between two days (included), every status. */
  list(childIds: number[], from: string, to: string, activityId?: number): Promise<Reservation[]>;
  /** Pending and confirmed bookings per day of an activity between two days. */
  countTaken(activityId: number, from: string, to: string): Promise<Map<string, number>>;
  createBasket(basket: Omit<BasketRecord, 'id' | 'status' | 'reference'>): Promise<number>;
  getBasket(id: number): Promise<BasketRecord | undefined>;
  /** Marks an open basket replaced by a newer one (the deadline moved between the two). */
  replaceBasket(id: number): Promise<void>;
  /**
   * In one transaction: marks the open basket confirmed and numbers it after the last reference
   * of the prefix, then applies each change against the current bookings (a day already booked
   * is not booked twice; a day no longer booked is not cancelled twice). With a capacity, an
   * addition beyond it goes on the waiting list, and a cancellation promotes the first waiting.
   * What confirming did to each change is stored with it; the messages `after` asks for the result
   * are queued in the outbox, in the same transaction.
   */
  confirmBasket(id: number, referencePrefix: string, capacity: number | undefined, at: string, after?: (result: ConfirmResult) => NewOutboxMessage[]): Promise<ConfirmResult>;
  listPending(communeId: string | undefined): Promise<PendingReservation[]>;
  /** These reservations with their household, child's name and activity's label. */
  describe(ids: number[]): Promise<PendingReservation[]>;
  /**
   * Decides pending bookings only (confirmed or refused; returns those that were pending); a refusal
   * promotes the first waiting booking of that day where places are counted. The messages `after`
   * asks for the result are queued in the outbox, in the same transaction.
   */
  decide(ids: number[], status: 'confirmed' | 'refused', at: string, after?: (result: BookingDecision) => NewOutboxMessage[]): Promise<BookingDecision>;
  addAbsences(absences: Array<Omit<Absence, 'id'>>, cancel: number[], at: string): Promise<void>;
  listAbsences(childIds: number[], from: string, to: string): Promise<Absence[]>;
  /** The absences of these children not justified yet, for days from `from` on, with when each was reported. */
  listUnjustifiedAbsences(childIds: number[], from: string): Promise<Array<Absence & { createdAt: string }>>;
  /** In one transaction: links these absences (those not justified yet) to the paper and marks them justified. Returns the rows changed. */
  justifyAbsences(ids: number[], documentId: number): Promise<number>;
  /** Booked children (pending or confirmed) per school for these activities on a day. */
  headcount(activityIds: number[], day: string): Promise<HeadcountRow[]>;
}

export interface HealthProbe {
  /** Resolves when the store answers a trivial query. */
  ping(): Promise<void>;
}

/** « mes données »: what the store holds about an account and its household (src/domain/accountData.ts says which tables and columns). */
export interface AccountDataRepository {
  /** Every row about the account and its household, secrets never read, each table in id order. */
  collect(account: Pick<Account, 'id' | 'communeId' | 'email' | 'householdId'>): Promise<AccountRecords>;
}

export interface Repositories {
  communes: CommuneRepository;
  activities: ActivityRepository;
  households: HouseholdRepository;
  familyKeys: FamilyKeyRepository;
  accounts: AccountRepository;
  linkTokens: LinkTokenRepository;
  jobs: JobRepository;
  documents: DocumentRepository;
  requests: RequestRepository;
  reservations: ReservationRepository;
  invoices: InvoiceRepository;
  conversationRefs: ConversationRefRepository;
  audit: AuditRepository;
  tries: TryRepository;
  reminders: ReminderRepository;
  retention: RetentionRepository;
  accountData: AccountDataRepository;
  outbox: OutboxRepository;
  health: HealthProbe;
}

/** A booked day that counts on a month's invoice (confirmed, or cancelled after the deadline). */
export interface BillableDay {
  householdId: number;
  childId: number;
  activityId: number;
  day: string;
  surchargePercent: number;
  /** An absence justified by a certificate: not billed. */
  justified: boolean;
}

export interface NewInvoice {
  householdId: number;
  label: string;
  periodStart: string | null;
  periodEnd: string | null;
  issuedOn: string;
  dueOn: string;
  kind: Invoice['kind'];
  lines: InvoiceLine[];
}

/** What a payment notification did: paid now, already paid before (a replay), refused, or paid an invoice paid by another attempt. */
export type SettleOutcome = 'paid' | 'alreadySettled' | 'refused' | 'duplicate';

export interface InvoiceRepository {
  /** The days to bill between two days, for these activities (and these households only, when given). */
  billableDays(activityIds: number[], from: string, to: string, householdIds?: number[]): Promise<BillableDay[]>;
  /**
   * Stores invoices numbered after the last one of the prefix (CSP-FAC-2026-000123), in one
   * transaction; a monthly invoice already made for that household and month is skipped. The
   * messages `then.after` asks for the invoices made are queued in the outbox (due at `then.at`),
   * in the same transaction.
   */
  createMany(prefix: string, invoices: NewInvoice[], then?: { at: string; after: (created: Invoice[]) => NewOutboxMessage[] }): Promise<Invoice[]>;
  get(id: number): Promise<Invoice | undefined>;
  findByNumber(number: string): Promise<Invoice | undefined>;
  listByHousehold(householdId: number): Promise<Invoice[]>;
  lines(invoiceId: number): Promise<InvoiceLine[]>;
  createAttempt(attempt: Pick<PaymentAttempt, 'invoiceId' | 'reference' | 'amountCents' | 'provider' | 'accountId' | 'createdAt'>): Promise<PaymentAttempt>;
  getAttempt(reference: string): Promise<PaymentAttempt | undefined>;
  listAttempts(invoiceId: number): Promise<PaymentAttempt[]>;
  /**
   * In one transaction: a pending or expired attempt becomes paid (and its invoice), refused, or a
   * duplicate; and the messages `after` asks for that outcome are queued in the outbox.
   */
  settle(reference: string, result: { paid: boolean; authorization: string | null; errorCode: string; at: string }, after?: (outcome: SettleOutcome) => NewOutboxMessage[]): Promise<SettleOutcome>;
  /** Duplicate payments not refunded yet, oldest first, with their invoice's number. */
  listDuplicates(): Promise<Array<PaymentAttempt & { invoiceNumber: string }>>;
  /** A duplicate payment becomes refunded; false when it is not a duplicate still to refund. */
  markRefunded(reference: string): Promise<boolean>;
  /** Attempts still pending that started before a moment: marked expired and returned. */
  expirePending(before: string): Promise<PaymentAttempt[]>;
}

/** A channel's conversation reference (opaque JSON for the domain), to speak first. */
export interface StoredConversationRef {
  channelId: string;
  userId: string;
  conversationId: string;
  communeId: string | null;
  accountId: number | null;
  reference: unknown;
  updatedAt: string;
}

export interface ConversationRefRepository {
  save(ref: StoredConversationRef): Promise<void>;
  /** The account's most recently used conversation. */
  latestFor(accountId: number): Promise<StoredConversationRef | undefined>;
}

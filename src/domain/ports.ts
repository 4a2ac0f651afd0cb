/**
 * What the domain needs from the outside. db/ implements the repositories; src/index.ts wires them.
 * Every method is async so that another store (PostgreSQL) can stand behind the same ports.
 * By area: accountPorts.ts, bookingPorts.ts, invoicePorts.ts, requestPorts.ts (re-exported here).
 */
import type { ReminderRepository } from './reminderTypes';
import type { RetentionRepository } from './retention';
import type { DocumentRepository } from './documents';
import type { AccountRecords } from './accountData';
import type { OutboxRepository } from './outbox';
import type { RequestRepository } from './requestPorts';
import type { AuditRepository, TryRepository, AccountRepository, LinkTokenRepository, StoredConversationRef } from './accountPorts';
import type { ReservationRepository } from './bookingPorts';
import type { InvoiceRepository } from './invoicePorts';
import type { AgentRepository } from './agents';
import type {
  Account,
  Activity,
  Child,
  Commune,
  Enrolment,
  Household,
  Representative,
  SchoolLevel,
} from './types';

export type * from './requestPorts';
export type * from './accountPorts';
export type * from './bookingPorts';
export type * from './invoicePorts';
export interface CommuneRepository {
  list(): Promise<Commune[]>;
  get(id: string): Promise<Commune | undefined>;
  /** Creates or updates a commune and its activities in one transaction (a commune file's import). */
  save(config: CommuneConfig): Promise<CommuneSaved>;
  /**
   * A turn starts: the configuration is checked once for changes made elsewhere, and used as it is
   * until the returned function is called (db/repositories/configCache.ts). Absent: nothing is kept.
   * `versionRead`: the configuration's version, read at the turn's start with its states (not read again).
   */
  beginTurn?(versionRead?: number): Promise<() => void>;
}

/** A commune's whole configuration: the commune and its activities (matched by code and level). */
export interface CommuneConfig {
  commune: Commune;
  activities: Array<Omit<Activity, 'id' | 'communeId'>>;
}

/** What a save did, or why nothing was written (an activity left out of the file still has bookings). */
export type CommuneSaved =
  | { ok: true; created: boolean; added: number; updated: number; removed: number }
  | { ok: false; inUse: Array<{ code: string; level: string }> };

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
  /** The commune's households whose number has this key (fileNumberKey: capitals and digits only). */
  findByFileNumberKey(communeId: string, key: string): Promise<Household[]>;
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
  /** The commune's agents and their back-office sessions (src/domain/agents.ts). */
  agents: AgentRepository;
  /**
   * How many writes that may change an account, a session or a family file have ended in this
   * process: what a turn keeps is read again once it moved (turnReads.ts). Absent, a turn keeps nothing.
   */
  writes?(): number;
}

export interface ConversationRefRepository {
  save(ref: StoredConversationRef): Promise<void>;
  /** The account's most recently used conversation. */
  latestFor(accountId: number): Promise<StoredConversationRef | undefined>;
}

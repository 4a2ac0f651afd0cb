/**
 * The one domain service: dialogs, jobs and the admin command call only this.
 * It decides everything and reads or writes through the repositories (ports).
 * Larger areas live in their own modules of src/domain and are exposed here.
 */
import { AccountService } from './accounts';
import type { SchoolCalendar } from './activityCalendar';
import { ReminderService, reminderWording } from './reminders';
import { RetentionService } from './retention';
import { OneTimeLinks } from './oneTimeLinks';
import { ReservationService } from './reservations';
import { AbsenceJustifications } from './absenceJustification';
import { InvoiceService } from './invoicing';
import { PaymentService } from './payments';
import { OutboxService } from './outbox';
import { ConfirmedMails } from './bookingMessages';
import { outboxHandlers } from './outboxMessages';
import { DocumentService } from './documents';
import type { Clock } from './clock';
import { DomainError } from './errors';
export type { CommuneMatch } from './communeMatch';
import type { CommuneConfig, CommuneSaved, Repositories, StoredConversationRef } from './ports';
import { communeOfSmsNumber, matchCommuneIn, type CommuneMatch } from './communeMatch';
import type { Account, Activity, Commune, CommuneService, Household, ServiceCode, Topic } from './types';
import { PasswordAccess } from './passwordAccess';
import { LostReferences } from './lostReferences';
import { RequestService } from './requestService';
import { AgentAccess } from './agentAccess';
import { AgentSecurity } from './agentSecurity';
import { AgentTeam } from './agentTeam';
import { FamilyFiles } from './familyFiles';
import type { FamilyFile } from './familyFile';
import type { FamilyImportOutcome, ImportFiles } from './familyImport';
import { HouseholdRecords } from './householdRecords';
import { TurnReads } from './turnReads';
import type { ServiceDeps } from './serviceDeps';
export type { ServiceDeps } from './serviceDeps';


export class MunicipalService {
  /** Monthly and one-off invoices, their PDF, online invoices (src/domain/invoicing.ts). */
  readonly invoices: InvoiceService;
  /** Payment attempts and the provider's notifications (src/domain/payments.ts). */
  readonly payments: PaymentService;
  /** Messages queued with the change they follow, sent after its commit (src/domain/outbox.ts). */
  readonly outbox: OutboxService;
  /** Sign-in, sessions and the family key (src/domain/accounts.ts). */
  readonly accounts: AccountService;
  readonly passwords: PasswordAccess;
  /** Papers of the « Dossier administratif » (src/domain/documents.ts). */
  readonly documents: DocumentService;
  /** Bookings, baskets, absences, the agenda and head-counts (src/domain/reservations.ts). */
  readonly reservations: ReservationService;
  /** A paper sent after an absence, offered for it and justifying it (src/domain/absenceJustification.ts). */
  readonly absences: AbsenceJustifications;
  /** Démarches: sent, followed, decided, decisions told (src/domain/requestService.ts). */
  readonly requests: RequestService;
  /** « J'ai perdu ma référence »: references mailed to the address that made the requests (src/domain/lostReferences.ts). */
  readonly lostReferences: LostReferences;
  /** Reminders planned and delivered once (src/domain/reminders.ts). */
  readonly reminders: ReminderService;
  /** What is past its retention period, purged (src/domain/retention.ts). */
  readonly retention: RetentionService;
  /** One-time links said in the web chat, swept from its history once used or expired (src/domain/oneTimeLinks.ts). */
  readonly oneTimeLinks: OneTimeLinks;
  /** The agents' accounts and sessions in the back office (src/domain/agentAccess.ts). */
  readonly agents: AgentAccess;
  /** An agent's authenticator app: enrol, remove (src/domain/agentSecurity.ts). */
  readonly agentSecurity: AgentSecurity;
  /** The commune's agents managed: add, roles, disable, links (src/domain/agentTeam.ts). */
  readonly agentTeam: AgentTeam;
  /** Family files for the agents: search, detail, papers reviewed (src/domain/familyFiles.ts). */
  readonly families: FamilyFiles;
  /** Family files imported, read, family keys issued (src/domain/householdRecords.ts). */
  private readonly households: HouseholdRecords;

  constructor(readonly deps: ServiceDeps) {
    const { repos, clock, secretKey, mailer, files, schoolCalendars, wording, pdf, paymentProvider } = deps;
    const confirmedMails = new ConfirmedMails();
    this.outbox = new OutboxService({ outbox: repos.outbox, clock, handlers: outboxHandlers({ ...repos, mailer, pdf, wordingIn: deps.wordingIn, wordReminder: (r) => this.reminders.word(r), confirmedMails }) });
    this.invoices = new InvoiceService({ invoices: repos.invoices, households: repos.households, activities: repos.activities, communes: repos.communes, accounts: repos.accounts, audit: repos.audit, clock, wording, pdf, outbox: this.outbox, secretKey });
    this.payments = new PaymentService({ invoices: repos.invoices, accounts: repos.accounts, households: repos.households, audit: repos.audit, outbox: this.outbox, clock, secretKey, provider: paymentProvider });
    this.reservations = new ReservationService({
      reservations: repos.reservations,
      households: repos.households,
      activities: repos.activities,
      documents: repos.documents,
      accounts: repos.accounts,
      communes: repos.communes,
      audit: repos.audit,
      outbox: this.outbox,
      confirmedMails,
      clock,
      calendars: schoolCalendars,
      tellInConversation: (...args) => this.reminders.planBookingDecision(...args),
    });
    this.requests = new RequestService({ requests: repos.requests, communes: repos.communes, conversationRefs: repos.conversationRefs, audit: repos.audit, tries: repos.tries, outbox: this.outbox, clock });
    this.lostReferences = new LostReferences({ requests: repos.requests, tries: repos.tries, mailer, clock, secretKey });
    this.documents = new DocumentService(repos.documents, files, () => clock.now());
    this.families = new FamilyFiles({ households: repos.households, activities: repos.activities, reservations: repos.reservations, documents: repos.documents, files, audit: repos.audit, clock, outbox: this.outbox });
    this.absences = new AbsenceJustifications({ reservations: repos.reservations, households: repos.households, documents: repos.documents, audit: repos.audit, clock });
    this.passwords = new PasswordAccess({ accounts: repos.accounts, links: repos.linkTokens, communes: repos.communes, audit: repos.audit, tries: repos.tries, mailer, clock, secretKey, passwordCost: deps.passwordCost });
    this.reminders = new ReminderService({
      reminders: repos.reminders,
      households: repos.households,
      activities: repos.activities,
      reservations: repos.reservations,
      invoices: repos.invoices,
      communes: repos.communes,
      accounts: repos.accounts,
      conversationOf: (accountId) => repos.conversationRefs.latestFor(accountId),
      calendars: schoolCalendars,
      clock,
      outbox: this.outbox,
      word: reminderWording(wording),
    });
    this.retention = new RetentionService({ retention: repos.retention, files, clock, periods: deps.retention });
    this.oneTimeLinks = new OneTimeLinks({
      history: repos.retention,
      alive: async (kind, token) => {
        if (kind === 'password') return (await this.passwords.open(token, 'set_password')).ok;
        if (kind === 'signIn') return (await this.passwords.open(token, 'web_sign_in')).ok;
        if (kind === 'payment') return (await this.payments.page(token)).ok;
        return this.invoices.pdfLinkAlive(token);
      },
    });
    this.agents = new AgentAccess({ agents: repos.agents, communes: repos.communes, audit: repos.audit, tries: repos.tries, mailer, clock, secretKey, passwordCost: deps.passwordCost });
    this.agentSecurity = new AgentSecurity({ agents: repos.agents, tries: repos.tries, clock, secretKey, access: this.agents });
    this.agentTeam = new AgentTeam({ agents: repos.agents, communes: repos.communes, audit: repos.audit, mailer, clock, secretKey });
    this.households = new HouseholdRecords({ repos, clock, secretKey, getCommune: (id) => this.getCommune(id), audit: (entry) => this.audit(entry) });
    this.accounts = new AccountService({ accounts: repos.accounts, accountData: repos.accountData, familyKeys: repos.familyKeys, households: repos.households, audit: repos.audit, tries: repos.tries, mailer, clock, secretKey });
  }

  /** Remembers the conversation a signed-in resident uses, to tell them later (a payment confirmed). */
  async rememberConversation(account: Account, ref: { channelId: string; userId: string; conversationId: string; reference: unknown }): Promise<void> {
    await this.deps.repos.conversationRefs.save({ ...ref, accountId: account.id, communeId: account.communeId, updatedAt: this.deps.clock.now().toISOString() });
  }

  conversationOf(accountId: number): Promise<StoredConversationRef | undefined> {
    return this.deps.repos.conversationRefs.latestFor(accountId);
  }

  get clock(): Clock {
    return this.deps.clock;
  }

  // ── Communes ────────────────────────────────────────────────────────────

  /**
   * A resident's turn starts: the communes' configuration is checked once for changes (another
   * instance, the admin command); call the returned function when the turn ends. `versionRead`: the version as
   * read with the turn's states, in the same statement (undefined: read now).
   */
  async beginTurn(versionRead?: number): Promise<() => void> {
    return (await this.deps.repos.communes.beginTurn?.(versionRead)) ?? (() => undefined);
  }

  /** A resident's turn starts: its session, account and family file read at most once, until `end()` (turnReads.ts). */
  turnReads(): TurnReads {
    const { accounts, households, writes } = this.deps.repos;
    return new TurnReads({ accounts, households, writes });
  }

  listCommunes(): Promise<Commune[]> {
    return this.deps.repos.communes.list();
  }

  async getCommune(id: string): Promise<Commune> {
    const commune = await this.deps.repos.communes.get(id);
    if (!commune) throw new DomainError('commune.unknown', { id });
    return commune;
  }

  async findCommune(id: string): Promise<Commune | undefined> {
    return this.deps.repos.communes.get(id);
  }

  /**
   * Finds the commune a resident named, tolerant of case, accents, hyphens, a missing part and a
   * slip (« chanteloup », « carieres sous poisy »), or by postal code (« 78955 »). Several matches
   * are returned as ambiguous.
   */
  async matchCommune(text: string): Promise<CommuneMatch> {
    return matchCommuneIn(await this.listCommunes(), text);
  }

  /** The commune an SMS was written to (its configured `smsNumbers`), if one is. */
  async communeOfSmsNumber(to: string | undefined): Promise<Commune | undefined> {
    return to ? communeOfSmsNumber(await this.listCommunes(), to) : undefined;
  }

  /** The service that answers a topic for a commune (« parler à quelqu'un »), with a fallback to the general one. */
  serviceFor(commune: Commune, topic: Topic): CommuneService {
    const code = commune.topics[topic] ?? commune.topics.general;
    const found = commune.services.find((s) => s.code === code) ?? commune.services[0];
    if (!found) throw new DomainError('commune.noService', { commune: commune.name });
    return found;
  }

  service(commune: Commune, code: ServiceCode): CommuneService | undefined {
    return commune.services.find((s) => s.code === code);
  }

  listActivities(communeId: string): Promise<Activity[]> {
    return this.deps.repos.activities.listByCommune(communeId);
  }

  /** Creates or updates a commune and its activities from its checked file (src/communes), in one transaction. */
  saveCommune(config: CommuneConfig): Promise<CommuneSaved> {
    return this.deps.repos.communes.save(config);
  }

  /** The school calendar a commune follows: its zone's. */
  schoolCalendarOf(commune: { schoolZone?: string }): SchoolCalendar {
    return this.deps.schoolCalendars.forZone(commune.schoolZone);
  }

  // ── Health and audit ────────────────────────────────────────────────────

  checkHealth(): Promise<void> {
    return this.deps.repos.health.ping();
  }

  protected audit(entry: Parameters<Repositories['audit']['append']>[0]): Promise<void> {
    return this.deps.repos.audit.append(entry, this.deps.clock.now().toISOString());
  }

  // ── Family files (commune agents): householdRecords.ts ─────────────────

  importFamilies(communeId: string, files: ImportFiles): Promise<FamilyImportOutcome> {
    return this.households.importFamilies(communeId, files);
  }

  familyFile(account: Account): Promise<FamilyFile | undefined> {
    return this.households.familyFile(account);
  }

  setEInvoice(account: Account, eInvoice: boolean): Promise<boolean> {
    return this.households.setEInvoice(account, eInvoice);
  }

  household(id: number): Promise<Household | undefined> {
    return this.households.household(id);
  }

  issueFamilyKey(communeId: string, fileNumber: string, actor = 'admin'): Promise<{ key: string; household: Household }> {
    return this.households.issueFamilyKey(communeId, fileNumber, actor);
  }
}

import type { Repositories } from '../../src/domain/ports';
import type { Store } from '../store';
import { AccountDataRepository } from './accountDataRepository';
import { AccountRepository } from './accountRepository';
import { ActivityRepository } from './activityRepository';
import { AgentRepository } from './agentRepository';
import { AuditRepository } from './auditRepository';
import { CommuneRepository } from './communeRepository';
import { ConfigCache } from './configCache';
import { ConversationRefRepository } from './conversationRefRepository';
import { DocumentRepository } from './documentRepository';
import { FamilyKeyRepository } from './familyKeyRepository';
import { HealthRepository } from './healthRepository';
import { HouseholdRepository } from './householdRepository';
import { InvoiceRepository } from './invoiceRepository';
import { JobRepository } from './jobRepository';
import { LinkTokenRepository } from './linkTokenRepository';
import { OutboxRepository } from './outboxRepository';
import { ReminderRepository } from './reminderRepository';
import { RequestRepository } from './requestRepository';
import { ReservationRepository } from './reservationRepository';
import { RetentionRepository } from './retentionRepository';
import { TryRepository } from './tryRepository';

export { StateRepository } from './stateRepository';

export function createRepositories(store: Store): Repositories {
  const config = new ConfigCache(store, { communes: new CommuneRepository(store), activities: new ActivityRepository(store) });
  return {
    communes: config.communes,
    activities: config.activities,
    households: new HouseholdRepository(store),
    familyKeys: new FamilyKeyRepository(store),
    accounts: new AccountRepository(store),
    linkTokens: new LinkTokenRepository(store),
    jobs: new JobRepository(store),
    documents: new DocumentRepository(store),
    requests: new RequestRepository(store),
    reservations: new ReservationRepository(store),
    invoices: new InvoiceRepository(store),
    conversationRefs: new ConversationRefRepository(store),
    audit: new AuditRepository(store),
    tries: new TryRepository(store),
    reminders: new ReminderRepository(store),
    retention: new RetentionRepository(store),
    accountData: new AccountDataRepository(store),
    outbox: new OutboxRepository(store),
    health: new HealthRepository(store),
    agents: new AgentRepository(store),
    writes: () => store.writes(),
  };
}

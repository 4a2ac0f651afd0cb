import type { Repositories } from '../../src/domain/ports';
import type { Db } from '../client';
import { sqliteStore } from '../store';
import { AccountRepository } from './accountRepository';
import { ActivityRepository } from './activityRepository';
import { AuditRepository } from './auditRepository';
import { CommuneRepository } from './communeRepository';
import { ConversationRefRepository } from './conversationRefRepository';
import { DocumentRepository } from './documentRepository';
import { FamilyKeyRepository } from './familyKeyRepository';
import { HealthRepository } from './healthRepository';
import { HouseholdRepository } from './householdRepository';
import { InvoiceRepository } from './invoiceRepository';
import { JobRepository } from './jobRepository';
import { LinkTokenRepository } from './linkTokenRepository';
import { ReminderRepository } from './reminderRepository';
import { RequestRepository } from './requestRepository';
import { ReservationRepository } from './reservationRepository';
import { RetentionRepository } from './retentionRepository';

export { StateRepository } from './stateRepository';

export function createRepositories(db: Db): Repositories {
  const store = sqliteStore(db);
  return {
    communes: new CommuneRepository(store),
    activities: new ActivityRepository(db),
    households: new HouseholdRepository(db),
    familyKeys: new FamilyKeyRepository(db),
    accounts: new AccountRepository(db),
    linkTokens: new LinkTokenRepository(db),
    jobs: new JobRepository(store),
    documents: new DocumentRepository(db),
    requests: new RequestRepository(db),
    reservations: new ReservationRepository(store),
    invoices: new InvoiceRepository(db),
    conversationRefs: new ConversationRefRepository(store),
    audit: new AuditRepository(store),
    reminders: new ReminderRepository(db),
    retention: new RetentionRepository(db),
    health: new HealthRepository(db),
  };
}

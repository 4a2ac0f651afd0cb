/** What the domain service is built with: the repositories, the clock, secrets, mail, files, calendars and wording. */
import type { SchoolCalendars } from './activityCalendar';
import type { FileStore } from './documents';
import type { InvoicePdf, Wording } from './invoicing';
import type { Mailer } from './mail';
import type { Repositories } from './ports';
import type { RetentionPeriods } from './retention';
import type { Clock } from './clock';

export interface ServiceDeps {
  repos: Repositories;
  clock: Clock;
  /** Hex secret for keyed hashes (family keys, one-time codes). */
  secretKey: string;
  /** log2 of scrypt's N for passwords (17 unless a test lowers it). */
  passwordCost?: number;
  mailer: Mailer;
  files: FileStore;
  /** The school calendars of every zone (db/reference/school-calendars): each commune follows its zone's. */
  schoolCalendars: SchoolCalendars;
  /** Invoice wording from the locales (French: invoices are documents of record). */
  wording: Wording;
  /** The locales' words in a language (the resident's: a booking's confirmation mail). */
  wordingIn(locale: string): Wording;
  pdf: InvoicePdf;
  /** The payment provider's name stored with each attempt: paybox or sandbox. */
  paymentProvider: string;
  /** How long transcripts, codes and profiles are kept (RETENTION_*_DAYS). */
  retention: RetentionPeriods;
}

/**
 * Data retention (RGPD): what the bot keeps only as long as it serves, purged every night by the
 * `retention` job. Three periods, each counted from the last use:
 * - transcripts (RETENTION_TRANSCRIPT_DAYS, 30 by default): the web chat's Direct Line history,
 *   each conversation's state (what a task had asked and been answered), and papers uploaded for a
 *   démarche that was never sent;
 * - security (RETENTION_SECURITY_DAYS, 7): one-time codes and links once expired or used, sign-in
 *   sessions once ended or idle, and the audit log's rows that only count asks for an hour's limit (codes and
 *   references mailed to an address, as its keyed hash);
 * - profile (RETENTION_PROFILE_DAYS, 365): each channel user's settings (commune, « langage
 *   simple »), remembered conversations, reminders already dealt with, job runs, and the outbox's
 *   messages once sent.
 * Accounts, family files, bookings, invoices, payments, démarches and the rest of the audit log
 * (failed tries included) are the commune's records: the bot does not purge them (an account is deleted by its owner or an agent).
 */
import type { Clock } from './clock';
import { CODE_ASKED } from './codeAsks';
import type { FileStore } from './documents';
import { REFERENCES_ASKED } from './lostReferences';
import type { HistoryLinkStore } from './oneTimeLinks';

/** Audit actions that only count asks within an hour (a mailbox not flooded): purged after the security period. */
export const COUNTED_ASKS: readonly string[] = [CODE_ASKED, REFERENCES_ASKED];

export interface RetentionPeriods {
  transcriptDays: number;
  securityDays: number;
  profileDays: number;
}

/** The history's rows are also where one-time links are swept (src/domain/oneTimeLinks.ts). */
export interface RetentionRepository extends HistoryLinkStore {
  /** Direct Line conversations last active before `before`, with their activities. */
  purgeDirectLine(before: string): Promise<{ conversations: number; activities: number }>;
  /** Bot state rows of one kind (conversations or users) last written before `before`. */
  purgeBotState(kind: 'conversations' | 'users', before: string): Promise<number>;
  /** Codes and links expired before `before`; sessions ended or last seen before it. */
  purgeSecrets(before: string): Promise<{ codes: number; links: number; sessions: number }>;
  /** Papers linked to no request and no family file, uploaded before `before`: their stored paths. */
  loosePapers(before: string): Promise<Array<{ id: number; storagePath: string }>>;
  deletePaper(id: number): Promise<void>;
  /** Remembered conversations not used since `before`, reminders dealt with whose date is before it, job runs started before it, outbox messages sent before it. */
  purgeProfile(before: string): Promise<{ conversationRefs: number; reminders: number; jobRuns: number; outbox: number }>;
  /** Audit rows of these actions written before `before`. */
  purgeAudit(actions: readonly string[], before: string): Promise<number>;
  /** Counters of the shared limits whose window ended before `beforeMs` (ms since 1970). */
  purgeRateLimits(beforeMs: number): Promise<number>;
}

export interface RetentionReport {
  directLine: { conversations: number; activities: number };
  conversationState: number;
  userState: number;
  papers: number;
  codes: number;
  links: number;
  sessions: number;
  countedAsks: number;
  conversationRefs: number;
  reminders: number;
  jobRuns: number;
  rateLimits: number;
  outbox: number;
}

const DAY = 86_400_000;

export class RetentionService {
  constructor(
    private readonly deps: { retention: RetentionRepository; files: FileStore; clock: Clock; periods: RetentionPeriods },
  ) {}

  get periods(): RetentionPeriods {
    return this.deps.periods;
  }

  /** Purges what is past its period. Running it again at once purges nothing more. */
  async run(): Promise<RetentionReport> {
    const { retention, files, clock, periods } = this.deps;
    const now = clock.now().getTime();
    const before = (days: number) => new Date(now - days * DAY).toISOString();
    const transcripts = before(periods.transcriptDays);
    const directLine = await retention.purgeDirectLine(transcripts);
    const conversationState = await retention.purgeBotState('conversations', transcripts);
    let papers = 0;
    for (const paper of await retention.loosePapers(transcripts)) {
      // The file first: a row without its file is harmless, a file without its row would be kept forever.
      await files.remove(paper.storagePath);
      await retention.deletePaper(paper.id);
      papers += 1;
    }
    const secrets = await retention.purgeSecrets(before(periods.securityDays));
    const countedAsks = await retention.purgeAudit(COUNTED_ASKS, before(periods.securityDays));
    const profile = before(periods.profileDays);
    const userState = await retention.purgeBotState('users', profile);
    const rateLimits = await retention.purgeRateLimits(now);
    return { directLine, conversationState, userState, papers, ...secrets, countedAsks, ...(await retention.purgeProfile(profile)), rateLimits };
  }
}

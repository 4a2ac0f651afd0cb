/**
 * The outbox: the messages that follow a committed change (a payment's receipt, a démarche's
 * receipt, a booking's confirmation, a reminder's e-mail: src/domain/outboxMessages.ts lists them)
 * are written in the same write transaction as the change (see the repositories'
 * `after` arguments), then sent here, outside any transaction and outside the request that made
 * the change:
 * - at once after the commit (`kick`, in the background: Paybox gets its 200 without waiting for
 *   the mail server);
 * - and by the `outbox` job every minute, for what is due again.
 * Each message is claimed by one sender (pending → sending) before it is sent, so two senders never
 * send it twice; a failure counts the attempt and schedules the next one (1, 5, 15, 60 minutes,
 * then every 6 hours), and the message is failed after MAX_ATTEMPTS. The payload holds ids: each
 * kind's handler (src/domain/outboxMessages.ts) words the message from the data as it is then.
 */
import type { Clock } from './clock';
import type { Notifier } from './payments';

export type OutboxKind = 'receipt' | 'duplicatePayment' | 'paymentRefused' | 'requestConfirmation' | 'requestUpdate' | 'bookingConfirmation' | 'bookingDecision' | 'reminder' | 'invoice' | 'paperReview';

/** What a transaction asks to send once it commits. */
export interface NewOutboxMessage {
  kind: OutboxKind;
  payload: Record<string, unknown>;
}

export interface OutboxMessage extends NewOutboxMessage {
  id: number;
  /** Attempts made before this one. */
  attempts: number;
}

export interface OutboxCounts {
  pending: number;
  sending: number;
  failed: number;
}

export interface OutboxRepository {
  /**
   * In one write transaction: the pending messages due at `now`, and those left sending since
   * before `staleBefore` (their sender died), oldest first, at most `limit`, marked sending.
   */
  claimDue(now: string, staleBefore: string, limit: number): Promise<OutboxMessage[]>;
  markSent(id: number, at: string): Promise<void>;
  /** Counts a failed attempt: pending again at `next`, or failed for good when `next` is null. */
  markFailed(id: number, attempts: number, next: string | null, error: string): Promise<void>;
  counts(): Promise<OutboxCounts>;
}

/** Sends one message of a kind; throws when it could not (it is tried again later). */
export type OutboxHandler = (payload: Record<string, unknown>, notifier: Notifier | undefined) => Promise<void>;

/** Minutes before the next attempt after the 1st, 2nd, 3rd and 4th failures; then LATER_MINUTES. */
export const RETRY_MINUTES: readonly number[] = [1, 5, 15, 60];
export const LATER_MINUTES = 360;
export const MAX_ATTEMPTS = 10;
/** A message sending for longer than this was left by a sender that died: it is sent again. */
export const STALE_SENDING_MINUTES = 15;
const BATCH = 50;

/** When to try again after `attempts` failed attempts; null when it is time to give up. */
export function nextAttemptAt(attempts: number, now: Date): string | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  const minutes = RETRY_MINUTES[attempts - 1] ?? LATER_MINUTES;
  return new Date(now.getTime() + minutes * 60_000).toISOString();
}

/**
 * Why an attempt failed, kept in the row: the error's code (ECONNREFUSED, EENVELOPE, a SMTP reply
 * code), never its message, which may hold an address.
 */
export function failureCode(e: unknown): string {
  const err = (typeof e === 'object' && e !== null ? e : {}) as { code?: unknown; responseCode?: unknown; name?: unknown };
  const code = typeof err.code === 'string' ? err.code : typeof err.name === 'string' ? err.name : 'Error';
  const reply = typeof err.responseCode === 'number' ? ` ${err.responseCode}` : '';
  return `${code}${reply}`.replace(/[^\w.: -]/g, '').slice(0, 60);
}

export interface OutboxReport {
  sent: number;
  retried: number;
  failed: number;
}

export class OutboxService {
  private slot: Notifier | undefined;
  private running: Promise<void> | undefined;
  private again = false;

  constructor(private readonly deps: { outbox: OutboxRepository; clock: Clock; handlers: Record<OutboxKind, OutboxHandler> }) {}

  /** The bot wires its proactive notifier once the adapter exists (messages also say a word in the conversation). */
  set notifier(n: Notifier | undefined) {
    this.slot = n;
  }

  /** Sends every message due now; `notifier` (the admin command's) stands in for the bot's. */
  async deliverDue(notifier: Notifier | undefined = this.slot): Promise<OutboxReport> {
    const report: OutboxReport = { sent: 0, retried: 0, failed: 0 };
    for (;;) {
      const now = this.deps.clock.now();
      const stale = new Date(now.getTime() - STALE_SENDING_MINUTES * 60_000).toISOString();
      const claimed = await this.deps.outbox.claimDue(now.toISOString(), stale, BATCH);
      for (const message of claimed) report[await this.deliver(message, notifier)] += 1;
      if (claimed.length < BATCH) return report;
    }
  }

  private async deliver(message: OutboxMessage, notifier: Notifier | undefined): Promise<keyof OutboxReport> {
    try {
      await this.deps.handlers[message.kind](message.payload, notifier);
    } catch (e) {
      const attempts = message.attempts + 1;
      const next = nextAttemptAt(attempts, this.deps.clock.now());
      await this.deps.outbox.markFailed(message.id, attempts, next, failureCode(e));
      return next ? 'retried' : 'failed';
    }
    await this.deps.outbox.markSent(message.id, this.deps.clock.now().toISOString());
    return 'sent';
  }

  /**
   * Right after a commit that queued messages: sends what is due in the background, without
   * delaying the caller. A kick while a delivery runs makes it run once more when it ends.
   */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        // The store failing here is not lost: the messages stay due and the job sends them.
        await this.deliverDue().catch(() => undefined);
      } while (this.again);
    })().finally(() => {
      this.running = undefined;
    });
  }

  /**
   * Sends what is due now and waits for it (an agent's command, where nobody waits on the answer
   * but the agent): a failure does not throw, the message stays queued for the job.
   */
  async flush(): Promise<void> {
    this.kick();
    await this.idle();
  }

  /** Resolves once the deliveries started by kicks are over (before closing the store). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  counts(): Promise<OutboxCounts> {
    return this.deps.outbox.counts();
  }
}

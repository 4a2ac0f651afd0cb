/**
 * An agent's decision told in the resident's conversation (its e-mail is queued with the decision:
 * requestService.ts decide()). tellDecisions() may be run by any process (the admin command right
 * after deciding, the bot's job every minute): each decision is claimed in the database before it is
 * told, so it is told once even when two processes run it together, and never between 20:00 and
 * 08:00 (Paris). The conversation is the account's latest one when the request was made signed in,
 * else the one it was made in; a channel that cannot receive a message the bot sends first gets none.
 */
import type { Clock } from './clock';
import type { ConversationRefRepository, RequestRepository, UntoldDecision } from './ports';
import { isQuietHour } from './reminders';

/** Where a conversation can be reached: its channel and its botbuilder ConversationReference. */
export interface ConversationTarget {
  channelId: string;
  reference: unknown;
}

/** Tells an agent's decision in a conversation; false when the channel refused or cannot be reached. */
export interface DecisionTeller {
  tell(target: ConversationTarget, decision: UntoldDecision, locale: string): Promise<boolean>;
}

/** What telling the decisions reads and writes. */
export interface DecisionTellingDeps {
  requests: RequestRepository;
  conversationRefs: ConversationRefRepository;
  clock: Clock;
}

/** Channels that cannot receive a message the bot sends first (their decisions go by e-mail alone). */
const UNREACHABLE_CHANNELS = new Set(['sms']);

/**
 * Tells the decisions not told yet in the resident's conversation: the account's latest one
 * when the request was made signed in, else the one it was made in. Returns how many were told
 * there and how many had no conversation to reach (their e-mail went anyway).
 */
export async function tellDecisions(deps: DecisionTellingDeps, teller: DecisionTeller): Promise<{ told: number; unreachable: number; held: boolean }> {
  let told = 0;
  let unreachable = 0;
  // No chat message between 20:00 and 08:00 (Paris): they stay untold until the first run after 08:00.
  if (isQuietHour(deps.clock.now())) return { told, unreachable, held: true };
  for (const decision of await deps.requests.untoldDecisions(100)) {
    const at = deps.clock.now().toISOString();
    const target = await targetOf(deps, decision);
    if (!target || UNREACHABLE_CHANNELS.has(target.channelId)) {
      if (await deps.requests.markTold(decision.eventId, 'none', at)) unreachable++;
      continue;
    }
    // Claimed first: a second process running at the same time skips it.
    if (!(await deps.requests.markTold(decision.eventId, 'conversation', at))) continue;
    if (await teller.tell(target, decision, decision.locale ?? 'fr')) told++;
    else {
      await deps.requests.markTold(decision.eventId, 'none', at, { again: true });
      unreachable++;
    }
  }
  return { told, unreachable, held: false };
}

async function targetOf(deps: Pick<DecisionTellingDeps, 'conversationRefs'>, decision: UntoldDecision): Promise<ConversationTarget | undefined> {
  const latest = decision.accountId ? await deps.conversationRefs.latestFor(decision.accountId) : undefined;
  if (latest) return { channelId: latest.channelId, reference: latest.reference };
  const stored = decision.conversationRef as Partial<ConversationTarget> | null;
  return stored && typeof stored.channelId === 'string' ? { channelId: stored.channelId, reference: stored.reference } : undefined;
}

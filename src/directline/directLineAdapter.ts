/**
 * The bot's side of its own Direct Line: turns run in-process (no Bot Connector, no Azure), and what
 * the bot sends is appended to the conversation's history in the database, then pushed to the
 * conversation's open streams. Proactive messages (continueConversation) take the same path, so an
 * agent's decision told from the admin command reaches the page too (the server's streams look for
 * new rows every second).
 */
import { ActivityTypes, BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder-core';
import type { DirectLineRepository, StoredActivity } from '../../db/repositories/directLineRepository';
import type { Clock } from '../domain/clock';

/** The serviceUrl of this channel's activities and conversation references. */
export const DIRECT_LINE_SERVICE_URL = 'urn:espace-citoyens:directline';
export const DIRECT_LINE_CHANNEL = 'webchat';
export const BOT_ACCOUNT = { id: 'espace-citoyens', name: 'Espace Citoyens', role: 'bot' };

/** Told when a conversation has new activities (stored ones with their watermark, or a passing « typing »). */
export type Publish = (conversationId: string, stored: StoredActivity[], passing?: Record<string, unknown>[]) => void;

const plain = (a: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(a)) as Record<string, unknown>;

export const activityId = (conversationId: string, seq: number): string => `${conversationId}|${String(seq).padStart(7, '0')}`;

export class DirectLineAdapter extends BotAdapter {
  /** Set by the server: pushes to the open streams. The admin command leaves it empty. */
  publish: Publish = () => undefined;

  constructor(
    private readonly store: DirectLineRepository,
    private readonly clock: Clock,
  ) {
    super();
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const conversationId = context.activity.conversation.id;
    const user = context.activity.from?.role === 'bot' ? context.activity.recipient : context.activity.from;
    const now = this.clock.now();
    const outgoing = activities.map((a) => plain({
      ...a,
      channelId: DIRECT_LINE_CHANNEL,
      serviceUrl: DIRECT_LINE_SERVICE_URL,
      conversation: { id: conversationId },
      from: BOT_ACCOUNT,
      recipient: user ? { id: user.id, role: 'user' } : undefined,
      timestamp: now.toISOString(),
      replyToId: a.replyToId ?? context.activity.id,
    }));
    const kept = outgoing.filter((a) => a.type === ActivityTypes.Message || a.type === ActivityTypes.Event || a.type === ActivityTypes.EndOfConversation);
    const passing = outgoing.filter((a) => a.type === ActivityTypes.Typing);
    const stored = kept.length ? await this.store.append(conversationId, kept.length, (seq, i) => ({ ...kept[i], id: activityId(conversationId, seq) }), now) : [];
    this.publish(conversationId, stored, passing);
    let next = 0;
    return outgoing.map((a) => (kept.includes(a) ? { id: String(stored[next++]?.activity.id ?? '') } : { id: '' }));
  }

  async updateActivity(): Promise<void> {
    throw new Error('Messages of the web chat cannot be changed once sent.');
  }

  async deleteActivity(): Promise<void> {
    throw new Error('Messages of the web chat cannot be deleted once sent.');
  }

  async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    if (!reference.conversation?.id || !(await this.store.get(reference.conversation.id))) throw new Error('This web chat conversation no longer exists.');
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  /** Same as continueConversation: there is no app id to check in-process. */
  override async continueConversationAsync(_botAppIdOrClaims: unknown, reference: Partial<ConversationReference>, logicOrAudience: unknown, maybeLogic?: (context: TurnContext) => Promise<void>): Promise<void> {
    const logic = (typeof logicOrAudience === 'function' ? logicOrAudience : maybeLogic) as (context: TurnContext) => Promise<void>;
    await this.continueConversation(reference, logic);
  }

  /** Runs one turn for an activity already stored (the resident's message) or for the conversation's start. */
  async receive(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}

/**
 * SMS through Twilio's webhook, with an adapter of our own: each incoming SMS is one bot turn
 * on channel 'sms' (the renderer then sends text only), and the replies go back in the webhook's
 * answer as TwiML. The conversation is the phone number, hashed: no raw number in the store.
 */
import { SENDER_PHONE } from './senderPhone';
import { sha256Hex } from '../sha256Hex';
import { ActivityTypes, BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder-core';

const REPLIES = Symbol('smsReplies');

export class SmsAdapter extends BotAdapter {
  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const replies = context.turnState.get(REPLIES) as string[];
    for (const a of activities) if (a.type === ActivityTypes.Message && a.text) replies.push(a.text);
    return activities.map((_, i) => ({ id: `sms-${i}` }));
  }

  async updateActivity(): Promise<void> {
    throw new Error('SMS messages cannot be changed once sent.');
  }

  async deleteActivity(): Promise<void> {
    throw new Error('SMS messages cannot be deleted once sent.');
  }

  async continueConversation(_reference: Partial<ConversationReference>, _logic: (context: TurnContext) => Promise<void>): Promise<void> {
    throw new Error('The SMS channel answers only within the webhook.');
  }

  /** Runs one turn for an incoming SMS and returns the bot's replies. */
  async receive(from: string, text: string, commune: string | undefined, logic: (context: TurnContext) => Promise<void>): Promise<string[]> {
    const user = sha256Hex(`sms:${from}`).slice(0, 32);
    const activity: Partial<Activity> = {
      type: ActivityTypes.Message,
      channelId: 'sms',
      serviceUrl: 'sms',
      id: `${Date.now()}`,
      timestamp: new Date(),
      locale: 'fr-FR',
      from: { id: user, name: 'sms' },
      recipient: { id: 'bot', name: 'bot' },
      conversation: { id: `sms-${user}`, isGroup: false, conversationType: 'personal', name: 'sms' },
      text: text.slice(0, 1600),
      channelData: commune ? { commune } : undefined,
    };
    const context = new TurnContext(this, activity);
    const replies: string[] = [];
    context.turnState.set(REPLIES, replies);
    context.turnState.set(SENDER_PHONE, from);
    await this.runMiddleware(context, logic);
    return replies;
  }
}

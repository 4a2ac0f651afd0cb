/**
 * The two channels a resident talks to the bot on, for the conversation tables:
 * - Web Chat: channelId 'webchat' through botbuilder's TestAdapter on the running app's core (the
 *   replies as activities: text, suggested actions, Adaptive Cards, so a turn may press a button);
 * - SMS: the real signed Twilio webhook of the running app over HTTP (text only, in GSM-7, one
 *   message per turn: exactly what the resident reads and answers to).
 * One running app serves every conversation; each has its own conversation and user ids.
 */
import { TestAdapter, type Activity } from 'botbuilder';
import type { RunningApp } from '../../src/index';
import { buildBot } from '../../src/index';
import { twilioSignature } from '../../src/sms/twilio';

export type Channel = 'webchat' | 'sms';
export const CHANNELS: readonly Channel[] = ['webchat', 'sms'];

export const SMS_TOKEN = 'conversations-auth-token';
export const SMS_WEBHOOK = 'https://bot.example.fr/api/sms';
/** Each demo commune's SMS number (its `smsNumbers` in db/demo/communes): residents writing to it are not asked their commune. */
export const SMS_TO: Record<string, string> = { 'carrieres-sous-poissy': '+33700000078', 'chanteloup-les-vignes': '+33700000079', 'carrieres-sur-seine': '+33700000080' };

/** What a resident sends: typed text, or an activity (a card's submit) on Web Chat. */
export type Input = string | Partial<Activity>;

/** One turn's replies: their text joined (what the resident reads), and the activities on Web Chat. */
export interface Replies {
  text: string;
  activities: Partial<Activity>[];
}

export interface Line {
  channel: Channel;
  /** The bot's greeting, as the channel starts a conversation (Web Chat's join; nothing by SMS: the first SMS starts it). */
  open(): Promise<Replies>;
  say(input: Input): Promise<Replies>;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const unescapeXml = (s: string) => s.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e] ?? e);

/** The text of Web Chat replies as shown: each reply's text, and the titles of its buttons. */
function webText(activities: Partial<Activity>[]): string {
  return activities
    .map((a) => {
      const buttons = a.suggestedActions?.actions?.map((b) => `[${b.title ?? ''}]`).join(' ');
      // A card is read by its text equivalent (what screen readers say).
      const cards = (a.attachments ?? []).map((at) => `[card] ${(at.content as { speak?: string } | undefined)?.speak ?? ''}`).join('\n');
      return [a.text ?? '', cards, buttons ?? ''].filter(Boolean).join('\n');
    })
    .join('\n');
}

export function webchatLine(app: RunningApp, id: string, commune: string): Line {
  const bot = buildBot(app.core);
  const adapter = new TestAdapter(async (ctx) => bot.run(ctx), {
    channelId: 'webchat',
    locale: 'fr-FR',
    conversation: { id: `conv-${id}`, isGroup: false, conversationType: 'personal', name: 'webchat' },
    from: { id: `user-${id}`, name: 'Résident' },
    recipient: { id: 'bot', name: 'bot' },
  });
  const drain = (): Replies => {
    const activities = adapter.activeQueue.splice(0, adapter.activeQueue.length);
    return { text: webText(activities), activities };
  };
  return {
    channel: 'webchat',
    async open() {
      await adapter.processActivity({ type: 'conversationUpdate', membersAdded: [{ id: `user-${id}`, name: 'Résident' }], recipient: { id: 'bot', name: 'bot' }, channelData: { commune } } as Partial<Activity>);
      return drain();
    },
    async say(input) {
      const activity = typeof input === 'string' ? { type: 'message', text: input } : { type: 'message', ...input };
      await adapter.processActivity(activity as Partial<Activity>);
      return drain();
    },
  };
}

let sid = 0;
export function smsLine(app: RunningApp, phone: string, commune: string): Line {
  return {
    channel: 'sms',
    open: async () => ({ text: '', activities: [] }),
    async say(input) {
      if (typeof input !== 'string') throw new Error('By SMS a resident can only type text');
      const params = { From: phone, To: SMS_TO[commune] ?? '', Body: input, MessageSid: `SM${(++sid).toString(16).padStart(32, '0')}` };
      const res = await fetch(`http://${app.host}:${app.port}/api/sms`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(SMS_WEBHOOK, params, SMS_TOKEN) },
        body: new URLSearchParams(params).toString(),
      });
      const body = await res.text();
      if (res.status !== 200) throw new Error(`The SMS webhook answered ${res.status}: ${body}`);
      const text = [...body.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((m) => unescapeXml(m[1] ?? '')).join('\n');
      return { text, activities: [] };
    },
  };
}

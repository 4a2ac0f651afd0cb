/**
 * The bot's own Direct Line 3.0 (the subset Web Chat uses), so the city's web chat needs no Azure:
 * tokens bound to one conversation, conversations and their history in the database (watermark =
 * the activity's rank), the resident's activities checked and run as bot turns one at a time per
 * conversation, and open WebSocket streams fed with what is new (./streams.ts).
 */
import { randomBytes } from 'node:crypto';
import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder-core';
import { z } from 'zod';
import type { DirectLineConversation, DirectLineRepository } from '../../db/repositories/directLineRepository';
import type { Clock } from '../domain/clock';
import { signToken, verifyToken } from '../domain/signedToken';
import type { Logger } from '../logger';
import { redact, redactAnswer, redactDeep } from '../redact';
import { ActivityStreams, type StreamSocket } from './streams';
import { activityId, BOT_ACCOUNT, DIRECT_LINE_CHANNEL, DIRECT_LINE_SERVICE_URL, type DirectLineAdapter } from './directLineAdapter';

export const TOKEN_SECONDS = 30 * 60;
/** Largest activity a resident's page may post, in bytes of JSON. */
export const MAX_ACTIVITY_BYTES = 32 * 1024;
const PURPOSE = 'directline';

export interface DirectLineDeps {
  store: DirectLineRepository;
  adapter: DirectLineAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  secret: string;
  clock: Clock;
  logger: Logger;
  /** Whether the bot's last question in this conversation asked for a code or a key (src/bot/secretPrompt.ts). */
  awaitsSecret?: (conversation: DirectLineConversation) => Promise<boolean>;
}

export interface Grant {
  conversationId: string;
  token: string;
  expires_in: number;
  userId: string;
}

export type Authorized = { ok: true; conversation: DirectLineConversation } | { ok: false; status: 401 | 403 | 404; code: string; message: string };

const Incoming = z.object({
  type: z.enum([ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing]),
  text: z.string().max(4000).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: z.string().regex(/^[a-zA-Z]{2}(-[a-zA-Z]{2,4})?$/).optional(),
  name: z.string().max(100).optional(),
  value: z.unknown().optional(),
  channelData: z.object({ clientActivityID: z.string().max(100).optional(), clientTimestamp: z.string().max(64).optional() }).passthrough().optional(),
}).passthrough();

/** A file sent with the attach button, already checked and in the upload store (src/directline/uploadStore.ts). */
export interface UploadedFile {
  contentType: string;
  contentUrl: string;
  name: string;
}

export type Posted = { ok: true; id: string } | { ok: false; status: 400 | 413; message: string };

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

export class DirectLine {
  private readonly chains = new Map<string, Promise<void>>();
  private readonly streams: ActivityStreams;

  constructor(private readonly deps: DirectLineDeps) {
    this.streams = new ActivityStreams(deps.store, deps.logger);
    deps.adapter.publish = (conversationId, stored, passing) => this.streams.publish(conversationId, stored.length > 0, passing);
  }

  /** A token for a conversation: the same one when `previous` is still valid (a page reload), else a new conversation. */
  async grant(previous: string | undefined, communeId: string | null, locale: string): Promise<Grant> {
    if (previous) {
      const check = await this.authorize(previous);
      if (check.ok) return this.tokenFor(check.conversation);
    }
    const conversation = { id: hex(16), userId: `web-${hex(12)}`, communeId, locale };
    await this.deps.store.create(conversation, this.deps.clock.now());
    return this.tokenFor(conversation);
  }

  tokenFor(conversation: { id: string; userId: string }): Grant {
    const expires = new Date(this.deps.clock.now().getTime() + TOKEN_SECONDS * 1000);
    return { conversationId: conversation.id, token: signToken(this.deps.secret, PURPOSE, [conversation.id, conversation.userId], expires), expires_in: TOKEN_SECONDS, userId: conversation.userId };
  }

  /** Checks a token and, when given, that it is this conversation's. */
  async authorize(token: string | undefined, conversationId?: string): Promise<Authorized> {
    if (!token) return { ok: false, status: 401, code: 'MissingToken', message: 'A Bearer token is required.' };
    const check = verifyToken(this.deps.secret, PURPOSE, token, 2, this.deps.clock.now());
    if (!check.ok) return { ok: false, status: 403, code: check.reason === 'expired' ? 'TokenExpired' : 'BadToken', message: check.reason === 'expired' ? 'The token has expired.' : 'The token is not valid.' };
    const [id, userId] = check.parts as [string, string];
    if (conversationId !== undefined && conversationId !== id) return { ok: false, status: 403, code: 'BadToken', message: 'The token is for another conversation.' };
    const conversation = await this.deps.store.get(id);
    if (!conversation || conversation.userId !== userId) return { ok: false, status: 404, code: 'BadArgument', message: 'No such conversation.' };
    return { ok: true, conversation };
  }

  /** Starts the conversation: the first time, the bot is told the resident joined (its welcome). */
  async start(conversation: DirectLineConversation): Promise<boolean> {
    if (!(await this.deps.store.markStarted(conversation.id))) return false;
    const user = { id: conversation.userId, name: '', role: 'user' };
    await this.serial(conversation.id, () => this.deps.adapter.receive({
      ...this.base(conversation),
      type: ActivityTypes.ConversationUpdate,
      id: `${conversation.id}|start`,
      from: user,
      membersAdded: [{ id: BOT_ACCOUNT.id, name: BOT_ACCOUNT.name }, user],
    }, (ctx) => this.deps.bot.run(ctx)));
    return true;
  }

  /**
   * The resident's activity, with the files sent along (the upload route): checked, stored (Web Chat
   * sees its own message come back), then one bot turn. What is stored is redacted first: a code or a key typed in any spelling the checkers
   * accept, and the whole answer when the bot had asked for one; the bot's turn reads it as typed.
   */
  async post(conversation: DirectLineConversation, body: unknown, files: readonly UploadedFile[] = []): Promise<Posted> {
    if (Buffer.byteLength(JSON.stringify(body ?? null)) > MAX_ACTIVITY_BYTES) return { ok: false, status: 413, message: `An activity may hold at most ${MAX_ACTIVITY_BYTES} bytes.` };
    const parsed = Incoming.safeParse(body);
    if (!parsed.success) return { ok: false, status: 400, message: parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'activity'}: ${i.message}`).join('; ') };
    const a = parsed.data;
    if (files.length && a.type !== ActivityTypes.Message) return { ok: false, status: 400, message: 'Files come with a message.' };
    if (a.type === ActivityTypes.Typing) return { ok: true, id: '' };
    if (a.type === ActivityTypes.Message && !a.text?.trim() && a.value === undefined && !files.length) return { ok: false, status: 400, message: 'A message needs text or a value.' };
    return this.serial(conversation.id, async () => {
      const now = this.deps.clock.now();
      const activity: Partial<Activity> = {
        ...this.base(conversation),
        type: a.type,
        from: { id: conversation.userId, role: 'user' } as Activity['from'],
        recipient: BOT_ACCOUNT as Activity['recipient'],
        timestamp: now,
        locale: a.locale ?? conversation.locale,
        ...(a.text !== undefined ? { text: a.text } : {}),
        ...(a.textFormat ? { textFormat: a.textFormat } : {}),
        ...(a.name ? { name: a.name } : {}),
        ...(a.value !== undefined ? { value: a.value } : {}),
        ...(files.length ? { attachments: files.map((f) => ({ contentType: f.contentType, contentUrl: f.contentUrl, name: f.name })) } : {}),
        channelData: { clientActivityID: a.channelData?.clientActivityID, clientTimestamp: a.channelData?.clientTimestamp, ...(conversation.communeId ? { commune: conversation.communeId } : {}) },
      };
      const secret = a.type === ActivityTypes.Message && (await this.deps.awaitsSecret?.(conversation)) === true;
      const kept = {
        ...activity,
        ...(a.text !== undefined ? { text: secret ? redactAnswer(a.text) : redact(a.text) } : {}),
        ...(a.value !== undefined ? { value: redactDeep(a.value) } : {}),
        // The history shows what was sent, never where the file is (it is gone after this turn).
        ...(files.length ? { attachments: files.map((f) => ({ contentType: f.contentType, name: f.name })) } : {}),
      };
      const [stored] = await this.deps.store.append(conversation.id, 1, (seq) => JSON.parse(JSON.stringify({ ...kept, id: activityId(conversation.id, seq) })) as Record<string, unknown>, now);
      const id = String(stored?.activity.id);
      this.deps.adapter.publish(conversation.id, stored ? [stored] : []);
      await this.deps.adapter.receive({ ...activity, id }, (ctx) => this.deps.bot.run(ctx));
      return { ok: true, id } as Posted;
    });
  }

  /** The activities after a watermark, for polling clients. */
  async activities(conversationId: string, watermark: number): Promise<{ activities: Record<string, unknown>[]; watermark: string }> {
    const rows = await this.deps.store.after(conversationId, watermark);
    return { activities: rows.map((r) => r.activity), watermark: String(rows.at(-1)?.seq ?? watermark) };
  }

  /** A WebSocket stream: what is after the watermark at once, then what comes. */
  attach(conversationId: string, watermark: number, socket: StreamSocket): () => void {
    return this.streams.attach(conversationId, watermark, socket);
  }

  get openStreams(): number {
    return this.streams.open;
  }

  close(): void {
    this.streams.close();
  }

  private base(conversation: DirectLineConversation): Partial<Activity> {
    return {
      channelId: DIRECT_LINE_CHANNEL,
      serviceUrl: DIRECT_LINE_SERVICE_URL,
      conversation: { id: conversation.id } as Activity['conversation'],
      recipient: BOT_ACCOUNT as Activity['recipient'],
      locale: conversation.locale,
      ...(conversation.communeId ? { channelData: { commune: conversation.communeId } } : {}),
    };
  }

  /** One turn at a time per conversation, in arrival order (the bot state is read and written per turn). */
  private serial<T>(conversationId: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.chains.get(conversationId) ?? Promise.resolve();
    const run = previous.then(fn);
    const tail = run.then(() => undefined, () => undefined);
    this.chains.set(conversationId, tail);
    void tail.then(() => {
      if (this.chains.get(conversationId) === tail) this.chains.delete(conversationId);
    });
    return run;
  }
}

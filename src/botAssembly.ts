/**
 * The bot on top of the core, and what the server's channels share with it: the limits every instance
 * on the store shares, the web chat's upload store, the in-process adapters' apology. Wired by the
 * composition root (src/index.ts).
 */
import path from 'node:path';
import { CardRenderer } from '../cards/cardRenderer';
import type { DialogDeps, Profile } from '../dialogs/dialogContext';
import { storeRateLimiter, type LimitSpec } from '../db/rateLimitStore';
import { attachmentDownloader, downloadPolicy } from './bot/attachments';
import { TurnConversationState, TurnUserState } from './bot/botStates';
import { CitizenBot, MESSAGES_PER_WINDOW, MESSAGE_WINDOW_MS } from './bot/citizenBot';
import { SqlStorage } from './bot/sqlStorage';
import type { Core } from './core';
import { DirectLineAdapter } from './directline/directLineAdapter';
import { ChatUploads, keptAttachment, withChatUploads } from './directline/uploadStore';
import { parisDay } from './domain/parisTime';
import { pickLocale } from './i18n';
import type { AskedAhead, DateRecognizer } from './nlu/recognizerFallback';
import { askDatesAhead } from './nlu/datesAhead';
import { understand } from './nlu/understand';
import { rangeAfterFrom } from './nlu/rangeAfterFrom';
import type { SmsAdapter } from './sms/smsAdapter';
import { LocalFirstLimiter } from './web/localFirstLimiter';
import { SharedLimiter } from './web/sharedLimiter';

/** A limit every instance on the store shares (per conversation, per address). */
export const sharedLimit = (core: Core, spec: LimitSpec) => new SharedLimiter(storeRateLimiter(core.store, spec));

/** The web chat's upload store: files sent with the attach button, kept for the turn that reads them. */
export const chatUploads = (core: Core): ChatUploads => new ChatUploads(path.join(core.config.uploadsDir, 'chat'));

/**
 * The bot on top of the core: its state in the same database, its dialogs and renderer. The date
 * recognizer runs where `recognizer` says (the server's worker thread, asked ahead at each turn's
 * start); in this thread by default.
 */
export function buildBot(core: Core, publicUrl: () => string = () => core.config.publicUrl ?? `http://localhost:${core.config.port}`, dateRecognizer?: DateRecognizer | AskedAhead, renderer = new CardRenderer(core.config.cardsDir)): CitizenBot {
  const recognizer = typeof dateRecognizer === 'function' ? dateRecognizer : dateRecognizer?.recognize;
  const ahead = typeof dateRecognizer === 'object' ? dateRecognizer : undefined;
  const storage = new SqlStorage(core.stateRepository);
  const conversationState = new TurnConversationState(storage);
  const userState = new TurnUserState(storage);
  const deps: DialogDeps = {
    service: core.service,
    texts: core.texts,
    renderer,
    profile: userState.createProperty<Profile>('profile'),
    defaultCommune: core.config.defaultCommune,
    understand: (text, children, month, zone, about) =>
      understand(rangeAfterFrom(text), { today: parisDay(core.service.clock.now()), holidays: core.schoolHolidaysOf(zone), ...(children ? { children } : {}), ...(month ? { month } : {}), ...(about ? { about } : {}), ...(recognizer ? { recognizer } : {}) }),
    ...(ahead ? { understandAhead: (text: unknown) => askDatesAhead(text, { today: parisDay(core.service.clock.now()), holidays: core.schoolHolidaysOf(undefined) }, ahead) } : {}),
    keepAttachment: keptAttachment(chatUploads(core)),
    download: withChatUploads(
      chatUploads(core),
      attachmentDownloader(downloadPolicy(core.config.attachments)),
      sharedLimit(core, { name: 'downloads', points: UPLOADS_PER_HOUR, windowMs: 3_600_000 }),
    ),
    electionDays: core.config.electionDays,
    textsBack: Boolean(core.config.smsOut),
    publicUrl,
  };
  // Counted in the store only once a conversation is busy (src/web/localFirstLimiter.ts): most turns write nothing for it.
  const messages = { name: 'messages', points: MESSAGES_PER_WINDOW, windowMs: MESSAGE_WINDOW_MS };
  return new CitizenBot(deps, conversationState, userState, new LocalFirstLimiter(storeRateLimiter(core.store, messages), MESSAGE_WINDOW_MS));
}

/** An in-process adapter (SMS, the web chat's Direct Line) with the same French apology as the main adapter when a turn fails. */
export function withApology<A extends SmsAdapter | DirectLineAdapter>(core: Core, adapter: A, name: string): A {
  adapter.onTurnError = async (ctx, error) => {
    core.logger.error(`${name}.turn.error`, { error: error instanceof Error ? `${error.name}: ${error.message}` : 'unknown' });
    await ctx.sendActivity(core.texts.for(pickLocale(ctx.activity.locale))('errors.generic'));
  };
  return adapter;
}

/** Files a conversation may send per hour, by the web chat's attach button or from Teams (a démarche takes up to three papers; some are sent again). */
export const UPLOADS_PER_HOUR = 12;

/** The web chat's own Direct Line adapter: the bot's turns and proactive messages in the database. */
export const directLineAdapter = (core: Core): DirectLineAdapter => withApology(core, new DirectLineAdapter(core.directLineStore, core.service.clock), 'directline');

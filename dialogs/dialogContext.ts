/**
 * What every dialog needs: the domain service, locale text, the card renderer and the resident's
 * profile (user state). Built once in src/index.ts.
 */
import { TurnContext, type Attachment, type StatePropertyAccessor } from 'botbuilder-core';
import type { Download } from '../src/bot/attachments';
import type { DialogTurnResult, WaterfallStepContext } from './dialogLibrary';
import type { CardRenderer, Reply } from '../cards/cardRenderer';
import { SECRET_PROMPT } from '../src/bot/secretPrompt';
import type { AskOptions } from './anyInputPrompt';
import { recording } from './promptTexts';
import { sha256Hex } from '../src/sha256Hex';
import { textsTag } from './keptTexts';
import { stored, storedVariant } from './storedPrompt';
import { showCommune } from './communeShown';
import type { MunicipalService } from '../src/domain/municipalService';
import type { TurnReads } from '../src/domain/turnReads';
import type { SignInTurn } from '../src/domain/signingIn';
import type { Account, Commune } from '../src/domain/types';
import type { Understanding } from '../src/nlu/understand';
import { DEFAULT_LOCALE, type Locale, type Texts, type Translate } from '../src/i18n';

export interface Profile {
  communeId?: string;
  /**
   * The resident asked to change commune: from then on their own answer counts, not the commune
   * a page's channelData or an SMS number names.
   */
  communeChosen?: boolean;
  /** The commune left by « changer de commune », while the new one is asked: « en fait non » keeps it. */
  communeBefore?: string;
  /** « langage simple »: short sentences, one question at a time (locales/<lang>.simple.json). */
  plain?: boolean;
  /** « english », « en français »: the language the resident chose, over the one their browser or app says. */
  language?: Locale;
}

export interface DialogDeps {
  service: MunicipalService;
  texts: Texts;
  renderer: CardRenderer;
  profile: StatePropertyAccessor<Profile>;
  /** The commune of a single-commune deployment (DEFAULT_COMMUNE). */
  defaultCommune?: string;
  /**
   * Free text understood against today's date and the school calendar (src/nlu/understand.ts);
   * `month` ('YYYY-MM'): the calendar's month on screen, for a day said without a month; `zone`: the
   * commune's school zone (its winter and spring holidays); without it, only the holidays every zone shares;
   * `about`: the latest day already chosen (a basket's), after which « la semaine d'après » comes.
   */
  understand(text: string, children?: readonly string[], month?: string, zone?: string, about?: string): Understanding;
  /** What understand() will ask the date recognizer's worker, asked at the turn's start without holding the event loop (src/nlu/datesAhead.ts). */
  understandAhead?(text: unknown): Promise<void>;
  /**
   * Fetches a file attached in the chat (src/bot/attachments.ts); a file sent with the web chat's
   * attach button is read from the upload store, for the turn's own conversation (src/directline/uploadStore.ts).
   */
  download(attachment: Attachment | undefined, maxBytes: number, turn?: TurnContext): Promise<Download>;
  /** An attachment of the turn kept for a later turn (a web chat upload is removed when its turn ends); undefined when it cannot be. */
  keepAttachment?(attachment: Attachment, turn?: TurnContext): Promise<Attachment | undefined>;
  /** First-round days of the coming elections (ELECTION_DAYS), for the registration deadline. */
  electionDays: readonly string[];
  /** The bot sends SMS on its own (Twilio configured): a resident talking by SMS is told the bank's answer there. */
  textsBack?: boolean;
  /** The bot's public base URL, for links (payment page, invoice PDF). */
  publicUrl(): string;
}

/** The message for a file that could not be downloaded, under `documents.` or `demarche.file.`: one per reason. */
export function downloadFailureKey(prefix: 'documents' | 'demarche.file', reason: Extract<Download, { ok: false }>['reason']): string {
  const key: Record<typeof reason, string> = { tooLarge: 'tooLarge', refused: 'sourceRefused', unreachable: 'unreachable', none: 'unreachable', tooMany: 'tooMany' };
  return `${prefix}.${key[reason]}`;
}

export const LOCALE_KEY = Symbol('locale');
export const PLAIN_KEY = Symbol('plainLanguage');
/** The turn's reads of the resident's own rows (src/domain/turnReads.ts), set where the turn starts. */
export const TURN_READS_KEY = Symbol('turnReads');

export function localeOf(ctx: TurnContext): Locale {
  return (ctx.turnState.get(LOCALE_KEY) as Locale | undefined) ?? DEFAULT_LOCALE;
}

/** Whether this turn speaks in « langage simple » (set from the resident's profile at the start of the turn). */
export const plainOf = (ctx: TurnContext): boolean => ctx.turnState.get(PLAIN_KEY) === true;

/** The texts of this turn: its locale, « langage simple » or not, and the short texts where messages are paid for (SMS); recorded, so that a question can be asked again in another language (promptTexts.ts). */
export const translator = (deps: DialogDeps, ctx: TurnContext): Translate => recording(ctx, deps.texts.for(localeOf(ctx), plainOf(ctx), deps.renderer.isPaid(ctx.activity.channelId)), translatorTag(deps, ctx));

/** Which texts translator() renders in this turn (promptTexts.ts, textsTag). */
export const translatorTag = (deps: Pick<DialogDeps, 'renderer'>, ctx: TurnContext): string => textsTag(localeOf(ctx), plainOf(ctx), deps.renderer.isPaid(ctx.activity.channelId));

/** Records the resident's commune (undefined: forgets it), keeping the rest of the profile. */
export async function setCommune(deps: DialogDeps, ctx: TurnContext, communeId: string | undefined): Promise<void> {
  const { communeId: _previous, communeBefore: _before, ...rest } = await deps.profile.get(ctx, {});
  await deps.profile.set(ctx, communeId ? { ...rest, communeId } : rest);
  const commune = communeId ? await deps.service.findCommune(communeId) : undefined;
  if (commune) showCommune(ctx, commune);
}

/**
 * « changer de commune »: forgets the commune (kept as the one before, until another is chosen: « en fait non » keeps it),
 * and the channel's commune no longer stands in for the resident's choice.
 */
export async function forgetCommune(deps: DialogDeps, ctx: TurnContext): Promise<void> {
  const { communeId: previous, communeBefore, ...rest } = await deps.profile.get(ctx, {});
  const before = previous ?? communeBefore;
  await deps.profile.set(ctx, { ...rest, communeChosen: true, ...(before ? { communeBefore: before } : {}) });
}

/** The commune left by « changer de commune » while the new one is asked. */
export async function communeBefore(deps: DialogDeps, ctx: TurnContext): Promise<Commune | undefined> {
  const profile = await deps.profile.get(ctx, {});
  return !profile.communeId && profile.communeBefore ? deps.service.findCommune(profile.communeBefore) : undefined;
}

/** Turns « langage simple » on or off for this resident, from this turn on. */
export async function setPlainLanguage(deps: DialogDeps, ctx: TurnContext, plain: boolean): Promise<void> {
  const profile = await deps.profile.get(ctx, {});
  await deps.profile.set(ctx, { ...profile, plain });
  ctx.turnState.set(PLAIN_KEY, plain);
}

/** « english » / « en français »: the resident's language, kept, from this turn on. */
export async function setLanguage(deps: DialogDeps, ctx: TurnContext, language: Locale): Promise<void> {
  const profile = await deps.profile.get(ctx, {});
  await deps.profile.set(ctx, { ...profile, language });
  ctx.turnState.set(LOCALE_KEY, language);
}

export async function send(deps: DialogDeps, ctx: TurnContext, reply: Reply): Promise<void> {
  await ctx.sendActivity(deps.renderer.toActivity(reply, ctx.activity.channelId));
}

export const toActivity = (deps: DialogDeps, ctx: TurnContext, reply: Reply) => deps.renderer.toActivity(reply, ctx.activity.channelId);

/** The resident's commune, or undefined when not known yet (or no longer configured). */
export async function currentCommune(deps: DialogDeps, ctx: TurnContext): Promise<Commune | undefined> {
  const profile = await deps.profile.get(ctx, {});
  return profile.communeId ? deps.service.findCommune(profile.communeId) : undefined;
}

/** Remembers this conversation as the resident's last one: payments' outcomes and reminders are told here. */
export async function rememberConversation(deps: DialogDeps, ctx: TurnContext, account: Account): Promise<void> {
  await deps.service.rememberConversation(account, conversationHere(ctx));
}

/** This conversation, as the domain keeps where to reach a resident. */
function conversationHere(ctx: TurnContext): NonNullable<SignInTurn['conversation']> {
  const { activity } = ctx;
  return { channelId: activity.channelId, userId: activity.from.id, conversationId: activity.conversation.id, reference: TurnContext.getConversationReference(activity) };
}

/** What a turn that signs the resident in hands over (src/domain/signingIn.ts): this conversation, remembered with the sign-in, and the turn's reads. */
export function signInTurn(ctx: TurnContext): SignInTurn {
  return { conversation: conversationHere(ctx), reads: ctx.turnState.get(TURN_READS_KEY) as TurnReads | undefined };
}

/** The account signed in on this channel, its session read at most once per turn (src/domain/turnReads.ts). */
export function signedIn(deps: DialogDeps, ctx: TurnContext): Promise<Account | undefined> {
  return deps.service.accounts.signedIn(channelUser(ctx), ctx.turnState.get(TURN_READS_KEY) as TurnReads | undefined);
}

/** The turn's channel user, hashed once (each dialog step asks who is signed in). */
const CHANNEL_USER = Symbol('channelUser');

/** Who is talking, for sessions: the channel and its user id, hashed (never the raw id in the store). */
export function channelUser(ctx: TurnContext): string {
  const { channelId, from } = ctx.activity;
  const said = `${channelId}:${from?.id ?? ''}`;
  const kept = ctx.turnState.get(CHANNEL_USER) as { said: string; user: string } | undefined;
  if (kept?.said === said) return kept.user;
  const user = sha256Hex(said).slice(0, 32);
  ctx.turnState.set(CHANNEL_USER, { said, user });
  return user;
}

/**
 * Asks a question with a prompt: `prefix` (why it is asked again, ending with a line break) goes
 * before it the first time; a retry repeats the question alone. `secret`: the question asks for a
 * code or a key, so the answer is kept out of the web chat's history (src/bot/secretPrompt.ts).
 */
export function ask(deps: DialogDeps, step: WaterfallStepContext, promptId: string, question: Reply, prefix = '', secret = false, reminder?: string): Promise<DialogTurnResult> {
  const short = question.short?.text === undefined ? question.short : { ...question.short, text: `${prefix}${question.short.text}` };
  // Kept as Replies, rendered when sent (storedPrompt.ts).
  const asked: Reply = { ...question, text: `${prefix}${question.text}`, ...(short ? { short } : {}) };
  const alone = storedVariant(question, asked);
  const options: AskOptions = {
    prompt: stored(asked),
    retryPrompt: alone,
    reask: alone,
    // By SMS, after an aside: `reminder` instead of the question whole (AskOptions.asideReask).
    ...(reminder !== undefined ? { asideReask: storedVariant({ ...question, short: { ...question.short, text: reminder } }, asked) } : {}),
    ...(secret ? { validations: SECRET_PROMPT } : {}),
  };
  return step.prompt(promptId, options);
}

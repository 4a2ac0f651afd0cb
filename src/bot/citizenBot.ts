/**
 * The ActivityHandler: sets the turn's locale, greets new conversations, runs the main dialog
 * for messages, and saves conversation and user state at the end of every turn.
 */
import { ActivityHandler, NullTelemetryClient, type StatePropertyAccessor, type TurnContext } from 'botbuilder-core';
import { DialogSet, DialogTurnStatus, type DialogContext, type DialogState } from '../../dialogs/dialogLibrary';
import { LOCALE_KEY, PLAIN_KEY, TURN_READS_KEY, currentCommune, send, setPlainLanguage, translator, type DialogDeps } from '../../dialogs/dialogContext';
import { RENDERER_KEY } from '../../dialogs/storedPrompt';
import { rewriteQuestion } from '../../dialogs/questionAsked';
import { MAIN_DIALOG, MainDialog, type MainOptions } from '../../dialogs/mainDialog';
import { afterAnswer, watchSent } from '../../dialogs/missedAnswers';
import { isGreeting } from '../nlu/commands';
import { looksLikePassword } from '../domain/passwordShape';
import { pickLocale } from '../i18n';
import { RateLimiter, type Limiter } from '../web/rateLimit';
import { turnStarted } from '../ops/metrics';
import { CONFIG_VERSION_READ, saveTogether, type TurnConversationState, type TurnUserState } from './botStates';
import { cleanIncoming } from './cleanInput';
import { keep, ready, reuseDialogMemory } from './dialogMemory';
import { keepDialogPaths } from './dialogPaths';
import { englishFirstSentence } from './firstSentence';
import { helloWords } from '../../dialogs/helloWords';
import { plainAsked } from './plainAside';
import { turnSlot } from './turnSlots';

/** Messages a conversation may send, on any channel, before the bot asks it to slow down. */
export const MESSAGES_PER_WINDOW = 20;
export const MESSAGE_WINDOW_MS = 10_000;
/**
 * Longer messages get a short answer and are not read: what a resident asks fits in far less, and
 * reading a long text would hold every other resident's turn.
 */
export const MAX_MESSAGE_CHARS = 1000;

/**
 * Teams, the app installed in personal scope: the bot is the member added (the resident is not
 * listed), and it speaks first. Teams also sends an `installationUpdate` (add) then; only this
 * one welcomes, so that the resident is not greeted twice.
 */
/** The resident's first sentence was in English, and the conversation is not greeted yet: the greeting says so. */
const LANGUAGE_SEEN = Symbol('languageSeen');
/** Simple French taken from a sentence beside the first request: said in the greeting (plainAside.ts). */
const PLAIN_SEEN = Symbol('plainSeen');
const LANGUAGE_SWITCHED = Symbol('languageSwitched');

const installedForOne = (ctx: TurnContext): boolean => ctx.activity.channelId === 'msteams' && ctx.activity.conversation?.conversationType === 'personal';

export class CitizenBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  /** Whether this conversation has been greeted (channels without conversationUpdate, such as SMS, start with a message). */
  private readonly welcomed: StatePropertyAccessor<boolean>;
  /** Whether the resident has written a sentence in this conversation (its language read from it: firstSentence.ts). */
  private readonly heard: StatePropertyAccessor<boolean>;
  /** Answers not understood in a row: past two, how to get out is said (dialogs/missedAnswers.ts). */
  private readonly misses: StatePropertyAccessor<number>;
  private readonly dialogs: DialogSet;

  constructor(
    private readonly deps: DialogDeps,
    private readonly conversationState: TurnConversationState,
    private readonly userState: TurnUserState,
    /** Per conversation, in real time: a flood (a script, a stuck key) is told once to wait and is not processed. */
    private readonly limiter: Limiter = new RateLimiter(MESSAGES_PER_WINDOW, MESSAGE_WINDOW_MS),
  ) {
    super();
    reuseDialogMemory();
    keepDialogPaths();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.welcomed = conversationState.createProperty<boolean>('welcomed');
    this.heard = conversationState.createProperty<boolean>('sentenceHeard');
    this.misses = conversationState.createProperty<number>('missesInARow');
    this.dialogs = new DialogSet(this.dialogState);
    // A conversation saved before its dialogs changed (an upgrade that adds a task) raises « versionChanged »; botbuilder
    // reports it through the set's telemetry client, which must exist (without one, every message of it failed).
    this.dialogs.telemetryClient = new NullTelemetryClient();
    this.dialogs.add(new MainDialog(deps));

    this.onMessage(async (ctx, next) => {
      await this.runDialog(ctx);
      await next();
    });

    this.onMembersAdded(async (ctx, next) => {
      const bot = ctx.activity.recipient?.id;
      // A channel's list, or anything a caller put there: only members with an id count.
      const added: unknown = ctx.activity.membersAdded;
      const members = (Array.isArray(added) ? added : []).filter((m: unknown): m is { id: string } => !!m && typeof (m as { id?: unknown }).id === 'string');
      const newcomers = members.filter((m) => m.id !== bot);
      if (newcomers.length > 0 || (installedForOne(ctx) && members.some((m) => m.id === bot))) await this.welcome(ctx);
      await next();
    });
  }

  override async run(ctx: TurnContext): Promise<void> {
    // Each turn in its own event-loop iteration: connections are accepted between turns (src/bot/turnSlots.ts).
    await turnSlot();
    const ended = turnStarted(ctx.activity.channelId);
    try {
      await this.turn(ctx);
    } finally {
      ended();
    }
  }

  private async turn(ctx: TurnContext): Promise<void> {
    ctx.turnState.set(LOCALE_KEY, pickLocale(ctx.activity.locale));
    if (ctx.activity.type === 'message') {
      const take = await this.limiter.take(`${ctx.activity.channelId}:${ctx.activity.conversation?.id ?? ''}`);
      if (!take.ok) {
        // Nothing is read or saved: the task waits where it was.
        if (take.first) await send(this.deps, ctx, { text: translator(this.deps, ctx)('errors.tooFast', { seconds: take.retryAfterSeconds }) });
        return;
      }
      cleanIncoming(ctx.activity);
    }
    if (ctx.activity.type === 'message' && typeof ctx.activity.text === 'string' && ctx.activity.text.length > MAX_MESSAGE_CHARS) {
      // Nothing is read or saved: the task waits where it was.
      await send(this.deps, ctx, { text: translator(this.deps, ctx)('errors.tooLong', { max: MAX_MESSAGE_CHARS }) });
      return;
    }
    // Both states in one read (src/bot/sqlStorage.ts batches the reads of a tick), the communes' configuration's version with them.
    // Meanwhile, the date recognizer's worker reads what the message will ask it (src/nlu/datesAhead.ts).
    const ahead = ctx.activity.type === 'message' ? this.deps.understandAhead?.(ctx.activity.text).catch(() => undefined) : undefined;
    // The session, its account and the family file, read at most once in this turn.
    const reads = this.deps.service.turnReads();
    ctx.turnState.set(TURN_READS_KEY, reads);
    // The questions kept in the state as Replies are rendered with it when sent (dialogs/storedPrompt.ts).
    ctx.turnState.set(RENDERER_KEY, this.deps.renderer);
    let begun: Promise<() => void> | undefined;
    try {
      await Promise.all([this.conversationState.load(ctx), this.userState.load(ctx), ahead]);
      // The configuration checked once for changes: with the version read with the states, else by a statement of its own.
      begun = this.deps.service.beginTurn(ctx.turnState.get(CONFIG_VERSION_READ) as number | undefined);
      await begun;
      const profile = await this.deps.profile.get(ctx, {});
      ctx.turnState.set(PLAIN_KEY, profile.plain === true);
      // « bonjour moi pas bien parler français. moi vouloir compte… »: simple French, the wording never chosen (plainAside.ts).
      if (profile.plain === undefined && ctx.activity.type === 'message' && typeof ctx.activity.text === 'string' && plainAsked(ctx.activity.text)) {
        await setPlainLanguage(this.deps, ctx, true);
        if (await this.welcomed.get(ctx, false)) await send(this.deps, ctx, { text: translator(this.deps, ctx)('commands.plain.on') });
        else ctx.turnState.set(PLAIN_SEEN, true);
      }
      if (profile.language) ctx.turnState.set(LOCALE_KEY, profile.language);
      else if (await englishFirstSentence(this.deps, ctx, this.heard, profile)) {
        // Said once, with how to have French: in the greeting when there is one to come, else at once.
        if (await this.welcomed.get(ctx, false)) await send(this.deps, ctx, { text: translator(this.deps, ctx)('commands.languageSeen') });
        else ctx.turnState.set(LANGUAGE_SEEN, true);
        ctx.turnState.set(LANGUAGE_SWITCHED, true);
      }
      watchSent(ctx);
      await super.run(ctx);
      await afterAnswer(this.deps, ctx, this.misses);
      // Both states in one write when both changed (src/bot/botStates.ts).
      await saveTogether(ctx, [this.conversationState, this.userState]);
    } finally {
      reads.end();
      await begun?.then((endTurn) => endTurn(), () => undefined);
    }
  }

  private async welcome(ctx: TurnContext): Promise<void> {
    const dc = await this.dialogContext(ctx);
    if (dc.activeDialog) return; // a conversation that goes on (a reconnect): no second welcome
    await this.greet(ctx, false);
    await dc.beginDialog(MAIN_DIALOG);
  }

  /** `asked`: a question comes with the first message, answered in this turn (by SMS, the welcome then says only who writes). */
  private async greet(ctx: TurnContext, asked: boolean): Promise<void> {
    await this.welcomed.set(ctx, true);
    const t = translator(this.deps, ctx);
    // Once the resident changed commune, the page's commune is no longer theirs.
    const chosen = (await this.deps.profile.get(ctx, {})).communeChosen === true;
    const fromChannel = (ctx.activity.channelData as { commune?: unknown } | undefined)?.commune;
    const id = chosen ? undefined : typeof fromChannel === 'string' ? fromChannel : this.deps.defaultCommune;
    const commune = (await currentCommune(this.deps, ctx)) ?? (id ? await this.deps.service.findCommune(id) : undefined);
    const name = this.deps.renderer.verifiedName(ctx.activity.channelId, ctx.activity.from?.name);
    const hello = helloWords(t, this.deps.service.clock.now(), ctx.activity.text, name);
    const seen = `${ctx.turnState.get(LANGUAGE_SEEN) === true ? `\n${t('commands.languageSeen')}` : ''}${ctx.turnState.get(PLAIN_SEEN) === true ? `\n${t('commands.plain.on')}` : ''}`;
    const text = `${hello} ${commune ? t('welcome.withCommune', { portal: commune.portalName, commune: commune.name }) : t('welcome.noCommune')}${seen}`;
    const brief = asked && commune ? { short: { text: `${hello} ${t('welcome.withCommuneBrief', { commune: commune.name })}${seen}` } } : {};
    await send(this.deps, ctx, { text, ...brief });
  }

  /** The turn's dialog context, its dialog memory's configuration made once (src/bot/dialogMemory.ts). */
  private async dialogContext(ctx: TurnContext): Promise<DialogContext> {
    ready(ctx);
    const dc = await this.dialogs.createContext(ctx);
    keep(ctx);
    return dc;
  }

  private async runDialog(ctx: TurnContext): Promise<void> {
    const dc = await this.dialogContext(ctx);
    // English heard this turn: the question waiting, written in French, is read on in English (as after « english »).
    if (ctx.turnState.get(LANGUAGE_SWITCHED) === true) rewriteQuestion(dc, this.deps);
    const result = await dc.continueDialog();
    if (result.status !== DialogTurnStatus.empty) return;
    // The first message is kept and answered once the commune is known (unless it only says hello).
    const { text, value } = ctx.activity;
    if (!(await this.welcomed.get(ctx, false))) await this.greet(ctx, typeof text === 'string' && text.trim() !== '' && !isGreeting(text) && !looksLikePassword(text));
    // A password as the first message (« MotDePasse!2026 »): warned as at any question (dialogs/passwordAside.ts), never kept nor read.
    const password = typeof text === 'string' && looksLikePassword(text);
    if (password) await send(this.deps, ctx, { text: translator(this.deps, ctx)('password.typedHere') });
    const pending = (text || value) && !password ? { text: text ?? '', value } : undefined;
    await dc.beginDialog(MAIN_DIALOG, (pending && !isGreeting(text) ? { pending } : {}) satisfies MainOptions);
  }
}

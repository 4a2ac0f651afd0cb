/**
 * A resident whose answers are not understood several times in a row (a question they cannot
 * answer, a word the bot does not know) is told how to get out: « menu » to start again, « aide »
 * to hear what the bot does, and the mairie's contact to speak to someone. Said after the second
 * miss in a row, then every third; an understood answer starts the count again. Nothing entered
 * is lost: the question waits where it was.
 */
import type { StatePropertyAccessor, TurnContext } from 'botbuilder-core';
import { generalService } from '../src/domain/askedService';
import { contactLines } from './infoAnswers';
import { stuckBySms } from './stuckBySms';
import { currentCommune, send, translator, type DialogDeps } from './dialogContext';
import { renderedThisTurn } from './promptTexts';

/** The texts that say an answer was not understood and the question comes again. */
const MISS_KEYS = new Set(['choice.again', 'choice.againNoTask']);
/** « menu.notUnderstood », « booking.daysNotUnderstood »; the wrong answers to an open question: « request.bad.email », « signIn.badEmail ». */
const MISS_KEY = /(notUnderstood|NotUnderstood|\.bad\.|\.bad[A-Z])/;

const isMiss = (key: string): boolean => MISS_KEYS.has(key) || MISS_KEY.test(key);

const SENT = Symbol('textsSent');

/** Keeps the texts this turn sends (a prompt's retry is rendered each time it is asked, but only said on a miss). */
export function watchSent(ctx: TurnContext): void {
  const sent: string[] = [];
  ctx.turnState.set(SENT, sent);
  ctx.onSendActivities(async (_ctx, activities, next) => {
    for (const a of activities) if (typeof a.text === 'string') sent.push(a.text);
    return next();
  });
}

const sentThisTurn = (ctx: TurnContext): string[] => (ctx.turnState.get(SENT) as string[] | undefined) ?? [];

/** The key of what this turn said to mean the answer was not understood, or undefined. */
export function missedThisTurn(ctx: TurnContext): string | undefined {
  const sent = sentThisTurn(ctx);
  return renderedThisTurn(ctx).find((r) => isMiss(r.key) && sent.some((text) => text.includes(r.text)))?.key;
}

/** When the hint is said: after the second miss in a row, then the fifth, the eighth… */
export const hintDue = (inARow: number): boolean => inARow >= 2 && (inARow - 2) % 3 === 0;

/** Counts this message's miss (or starts again) and says how to get out when it is due. */
export async function afterAnswer(deps: DialogDeps, ctx: TurnContext, misses: StatePropertyAccessor<number>): Promise<void> {
  if (ctx.activity.type !== 'message') return;
  const missed = missedThisTurn(ctx);
  if (!missed) {
    if ((await misses.get(ctx, 0)) !== 0) await misses.set(ctx, 0);
    return;
  }
  const inARow = (await misses.get(ctx, 0)) + 1;
  await misses.set(ctx, inARow);
  if (!hintDue(inARow)) return;
  const t = translator(deps, ctx);
  const commune = await currentCommune(deps, ctx);
  const service = commune ? generalService(commune) : undefined;
  // At the menu, no task waits: what the bot can do is offered instead.
  const key = missed === 'menu.notUnderstood' ? 'stuck.atMenu' : 'stuck.hint';
  if (ctx.activity.channelId === 'sms') {
    await send(deps, ctx, { text: stuckBySms(t, key, sentThisTurn(ctx), commune, service) });
    return;
  }
  const lines = [t(key)];
  if (commune && service) lines.push(t('stuck.someone'), contactLines(t, commune, service));
  await send(deps, ctx, { text: lines.join('\n') });
}

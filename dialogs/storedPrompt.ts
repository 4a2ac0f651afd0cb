/**
 * A question kept in the dialog state as what it says (the Reply: texts already in the resident's
 * language, a card's template name and data), not as the activity it becomes on the channel. The
 * activity repeats each text three or four times (text, speak, the card's fallback text and body)
 * and holds the whole card; a prompt keeps several of them (asked, asked again, after an aside), and
 * every turn the conversation's state is read, compared and written with them: a calendar and the
 * menu made 26 KB of state. The activity is rendered again when the question is sent, by the same
 * renderer and for the same channel: the same activity as before.
 *
 * A state written before this (activities in the prompts' options) reads as it did: an activity is
 * sent as it is.
 */
import type { Activity, TurnContext } from 'botbuilder-core';
import type { CardRenderer, Reply } from '../cards/cardRenderer';
import { hintOnce } from './hintOnce';
import { sameJson } from './jsonEqual';

/** The card renderer of this turn (set by the bot for every turn: src/bot/citizenBot.ts). */
export const RENDERER_KEY = Symbol('renderer');

/**
 * A question as kept in a prompt's options: its Reply, rendered when sent. A variant of the prompt (asked
 * again, after an aside: the same card, another first line) keeps only the Reply's fields that differ from
 * the prompt's (`on: 'prompt'`), and names those it has not (`without`).
 */
export interface StoredReply {
  reply: Partial<Reply>;
  on?: 'prompt';
  without?: string[];
}

/** What a prompt's options hold for a message: an activity (or a text), or a question kept as its Reply. */
export type Asked = Partial<Activity> | string | StoredReply;

/** The question kept as its Reply, where a prompt's options take an activity (botbuilder's PromptOptions). */
export const stored = (reply: Reply): Partial<Activity> => ({ reply }) as StoredReply as Partial<Activity>;

/** Two fields that store the same: the same value (a card's data, often shared by the variants), or the same JSON. */
const same = (a: unknown, b: unknown) => a === b || sameJson(a, b);

/** A variant of the prompt `base` (kept with stored()), kept as the fields of its Reply that differ. */
export function storedVariant(reply: Reply, base: Reply): Partial<Activity> {
  const fields = reply as unknown as Record<string, unknown>;
  const baseFields = base as unknown as Record<string, unknown>;
  const differ: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined && !same(value, baseFields[key])) differ[key] = value;
  const without = Object.keys(baseFields).filter((key) => baseFields[key] !== undefined && fields[key] === undefined);
  return { reply: differ, on: 'prompt', ...(without.length ? { without } : {}) } as StoredReply as Partial<Activity>;
}

function isStored(asked: unknown): asked is StoredReply {
  return typeof asked === 'object' && asked !== null && 'reply' in asked;
}

/** The Reply a stored question says: a variant's fields over the prompt's. */
function replyOf(asked: StoredReply, prompt: unknown): Reply {
  if (asked.on !== 'prompt' || !isStored(prompt)) return asked.reply as Reply;
  const reply: Record<string, unknown> = { ...prompt.reply, ...asked.reply };
  for (const key of asked.without ?? []) delete reply[key];
  return reply as unknown as Reply;
}

/**
 * What a prompt's variant (`asked`: its retry, its question asked again) says, to read its texts (promptTexts.ts) right after
 * the prompt itself was rendered in this turn: a variant with the prompt's own card does not expand that card again (the
 * same strings but its `speak` and `fallbackText`: cardRenderer.ts, toActivity). Anything else is what shown() gives.
 */
export function shownWords<A extends Asked | undefined>(ctx: TurnContext, asked: A, options: { prompt?: unknown }): Exclude<A, StoredReply> | Partial<Activity> {
  if (!isStored(asked) || asked.on !== 'prompt' || !isStored(options.prompt) || 'card' in asked.reply || asked.without?.includes('card')) return shown(ctx, asked, options);
  const renderer = ctx.turnState.get(RENDERER_KEY) as CardRenderer | undefined;
  if (!renderer) throw new Error('A stored question needs the turn’s card renderer (RENDERER_KEY).');
  return renderer.toActivity(replyOf(asked, options.prompt), ctx.activity.channelId, true);
}

/** The activity (or text) to send for what a prompt's options hold (`options`: the prompt's, whose `prompt` a variant is written against). */
export function shown<A extends Asked | undefined>(ctx: TurnContext, asked: A, options?: { prompt?: unknown }): Exclude<A, StoredReply> | Partial<Activity> {
  if (!isStored(asked)) return asked as Exclude<A, StoredReply>;
  const renderer = ctx.turnState.get(RENDERER_KEY) as CardRenderer | undefined;
  if (!renderer) throw new Error('A stored question needs the turn’s card renderer (RENDERER_KEY).');
  return renderer.toActivity(hintOnce(replyOf(asked, options?.prompt)), ctx.activity.channelId);
}

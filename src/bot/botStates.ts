/**
 * Conversation and user state that tell a change by their JSON text. botbuilder's BotState hashes
 * the whole state (its own stringify, then SHA-256) when a turn loads it, again when the turn saves
 * it to see whether it changed, and a third time after writing it: 3.6 % of the bot's CPU. Here the
 * state's text (its eTag left out, as botbuilder does) is computed once when it is loaded and once
 * when it is saved, and kept as the mark the next save compares with. What is written, and when, is
 * as before: a state is written when it changed, or when asked to (force).
 */
import { ConversationState, UserState, type BotState, type Storage, type StoreItems, type TurnContext } from 'botbuilder-core';
import { readTexts, writeTexts } from './sqlStorage';

/** What BotState keeps in the turn for its state (under a key of its own). */
interface Cached {
  state: Record<string, unknown>;
  hash: string;
}

/** A state's text as changes are told by: without its eTag, which every write changes. */
export function changeMark(state: object): string {
  const { eTag: _eTag, ...rest } = state as { eTag?: unknown };
  return JSON.stringify(rest);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's constructor takes any arguments
type StateClass = abstract new (...args: any[]) => BotState;

function markedByText<C extends StateClass>(Base: C) {
  abstract class Marked extends Base {
    /** BotState's own key in the turn's state (private in botbuilder's types), so that its accessors, clear and delete see the same state. */
    private get turnKey(): symbol {
      return (this as unknown as { stateKey: symbol }).stateKey;
    }

    override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
      const cached = context.turnState.get(this.turnKey) as Cached | undefined;
      if (!force && cached?.state) return cached.state;
      const key = await this.storageKey(context);
      const items: StoreItems = await this.storage.read([key]);
      const state = (items[key] ?? {}) as Record<string, unknown>;
      // The text it was read from, when the storage says (SqlStorage): not written out again.
      context.turnState.set(this.turnKey, { state, hash: readTexts.get(state) ?? changeMark(state) } satisfies Cached);
      return state;
    }

    override async saveChanges(context: TurnContext, force = false): Promise<void> {
      let cached = context.turnState.get(this.turnKey) as Cached | undefined;
      const mark = cached ? changeMark(cached.state) : undefined;
      if (!force && (!cached || cached.hash === mark)) return;
      const key = await this.storageKey(context);
      cached ??= { state: {}, hash: '' };
      // Its text as just compared: the storage writes it when redaction hides nothing.
      if (mark !== undefined) writeTexts.set(cached.state, mark);
      cached.state.eTag = '*';
      await this.storage.write({ [key]: cached.state });
      // The mark of what was written (its eTag, set by the write, is not part of it).
      cached.hash = mark ?? changeMark(cached.state);
      context.turnState.set(this.turnKey, cached);
    }
  }
  return Marked;
}

const ConversationStateMarked = markedByText(ConversationState);
const UserStateMarked = markedByText(UserState);

export class TurnConversationState extends ConversationStateMarked {
  constructor(storage: Storage) {
    super(storage);
  }
}

export class TurnUserState extends UserStateMarked {
  constructor(storage: Storage) {
    super(storage);
  }
}

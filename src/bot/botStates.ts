/**
 * Conversation and user state that tell a change by their JSON text. botbuilder's BotState hashes
 * the whole state (its own stringify, then SHA-256) when a turn loads it, again when the turn saves
 * it to see whether it changed, and a third time after writing it: 3.6 % of the bot's CPU. Here the
 * state's text (its eTag left out, as botbuilder does) is computed once when it is loaded and once
 * when it is saved, and kept as the mark the next save compares with. What is written, and when, is
 * as before: a state is written when it changed, or when asked to (force). The turn's states are
 * written together at its end (saveTogether).
 */
import { ConversationState, UserState, type BotState, type Storage, type StoreItems, type TurnContext } from 'botbuilder-core';
import { configVersionsRead, readTexts, writeTexts } from './sqlStorage';

/** The communes' configuration's version read with the turn's states (sqlStorage.ts), in the turn's state under this key. */
export const CONFIG_VERSION_READ = Symbol('configVersionRead');

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
      const version = configVersionsRead.get(items);
      if (version !== undefined) context.turnState.set(CONFIG_VERSION_READ, version);
      // The text it was read from, when the storage says (SqlStorage): not written out again.
      context.turnState.set(this.turnKey, { state, hash: readTexts.get(state) ?? changeMark(state) } satisfies Cached);
      return state;
    }

    /** The storage it reads and writes (saveTogether writes the states that share it at once). */
    get storageUsed(): Storage {
      return this.storage;
    }

    override async saveChanges(context: TurnContext, force = false): Promise<void> {
      const change = await this.changed(context, force);
      if (!change) return;
      await this.storage.write(change.items);
      change.written();
    }

    /**
     * The state to write when it changed (or when asked to: force), with what to do once it is written;
     * undefined when it did not change. saveChanges writes it; saveTogether writes several states at once.
     */
    async changed(context: TurnContext, force = false): Promise<{ items: StoreItems; written: () => void } | undefined> {
      let cached = context.turnState.get(this.turnKey) as Cached | undefined;
      const mark = cached ? changeMark(cached.state) : undefined;
      if (!force && (!cached || cached.hash === mark)) return undefined;
      const key = await this.storageKey(context);
      cached ??= { state: {}, hash: '' };
      const kept = cached;
      // Its text as just compared: the storage writes it when redaction hides nothing.
      if (mark !== undefined) writeTexts.set(kept.state, mark);
      kept.state.eTag = '*';
      return {
        items: { [key]: kept.state },
        written: () => {
          // The mark of what was written (its eTag, set by the write, is not part of it).
          kept.hash = mark ?? changeMark(kept.state);
          context.turnState.set(this.turnKey, kept);
        },
      };
    }
  }
  return Marked;
}

/**
 * The turn's states that changed, written by one call of their storage (SqlStorage writes them in one
 * statement): a turn that changes its conversation's state and its user's (the welcome, a change of
 * language) writes them together. They share one storage.
 */
export async function saveTogether(context: TurnContext, states: ReadonlyArray<TurnConversationState | TurnUserState>): Promise<void> {
  const changes = (await Promise.all(states.map((s) => s.changed(context)))).filter((c) => c !== undefined);
  const storage = states[0]?.storageUsed;
  if (changes.length === 0 || !storage) return;
  await storage.write(Object.assign({}, ...changes.map((c) => c.items)) as StoreItems);
  for (const c of changes) c.written();
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

/**
 * botbuilder Storage over the store's state rows, so conversation and user state live in the
 * same database as everything else. eTags give optimistic concurrency: a write based on a
 * stale read fails instead of silently overwriting another turn's changes. Reads asked for in the
 * same tick (a turn loading its conversation and user state at once, or turns arriving together)
 * are one query; several states written over any eTag at once (a turn's, botStates.ts saveTogether)
 * are one statement.
 */
import type { Storage, StoreItems } from 'botbuilder';
import { redactKept } from '../redact';
import { stateWritten } from '../ops/metrics';

/** What the store offers for state rows (db/repositories/stateRepository implements it). */
export interface StateStore {
  read(keys: string[]): Promise<Map<string, { data: string; etag: string }>>;
  /** The same read, with the communes' configuration's version read by the same statement (undefined: not read). */
  readWithConfigVersion?(keys: string[]): Promise<{ rows: Map<string, { data: string; etag: string }>; configVersion: number | undefined }>;
  write(key: string, data: string, expectedEtag: string | undefined): Promise<string | null>;
  /** Writes several keys over whatever eTag they have, in one statement; returns their new eTags, in order. */
  overwriteAll(rows: Array<{ key: string; data: string }>): Promise<string[]>;
  delete(keys: string[]): Promise<void>;
}

export class StateConflictError extends Error {
  constructor(readonly key: string) {
    super(`State was changed by another turn (eTag conflict) for key ${key}`);
    this.name = 'StateConflictError';
  }
}

type Rows = Awaited<ReturnType<StateStore['read']>>;

/**
 * The communes' configuration's version read with the items (StoreItems as read returns them), when the store
 * reads it in the same statement: the turn checks the configuration with it (src/bot/botStates.ts, citizenBot.ts)
 * instead of a statement of its own.
 */
export const configVersionsRead = new WeakMap<StoreItems, number>();

/**
 * The JSON text an item was read from, without its eTag: what JSON.stringify wrote is written out
 * again to the same text, so a state's mark of change is this text (src/bot/botStates.ts), to be
 * taken at once, before the item changes.
 */
export const readTexts = new WeakMap<object, string>();

/**
 * The item's JSON text without its eTag, given by whoever writes it right before write() and only
 * then (the state's mark just compared): written as it is when redaction finds nothing to hide.
 */
export const writeTexts = new WeakMap<object, string>();

export class SqlStorage implements Storage {
  /** The keys asked for in this tick, read together at its end. */
  private batch?: { keys: Set<string>; rows: Promise<{ rows: Rows; configVersion: number | undefined }> };

  constructor(private readonly store: StateStore) {}

  async read(keys: string[]): Promise<StoreItems> {
    const batch = this.batch ?? this.startBatch();
    for (const key of keys) batch.keys.add(key);
    const { rows, configVersion } = await batch.rows;
    const items: StoreItems = {};
    if (configVersion !== undefined) configVersionsRead.set(items, configVersion);
    for (const key of keys) {
      const row = rows.get(key);
      // Each reader gets its own objects (botbuilder changes what it reads).
      if (!row) continue;
      const parsed = JSON.parse(row.data) as unknown;
      // The eTag set on the object parsed, not on a copy of it (a second object of every key a turn).
      const item = (parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : { ...(parsed as object) }) as Record<string, unknown>;
      item.eTag = row.etag;
      // What JSON.stringify writes is read back and written out again to the same text.
      readTexts.set(item, row.data);
      items[key] = item;
    }
    return items;
  }

  private startBatch() {
    const keys = new Set<string>();
    const batch = {
      keys,
      rows: Promise.resolve().then(async () => {
        this.batch = undefined;
        if (this.store.readWithConfigVersion) return this.store.readWithConfigVersion([...keys]);
        return { rows: await this.store.read([...keys]), configVersion: undefined };
      }),
    };
    this.batch = batch;
    return batch;
  }

  async write(changes: StoreItems): Promise<void> {
    const items = Object.entries(changes).map(([key, item]) => ({ key, item: item as { eTag?: string } | undefined, data: this.textOf(item) }));
    for (const { data } of items) stateWritten(data);
    // Several written over any eTag (a turn's conversation and user states): one statement.
    if (items.length > 1 && items.every(({ item }) => item?.eTag === undefined || item.eTag === '*')) {
      const etags = await this.store.overwriteAll(items.map(({ key, data }) => ({ key, data })));
      items.forEach(({ item }, i) => {
        if (item && typeof item === 'object') item.eTag = etags[i];
      });
      return;
    }
    for (const { key, item, data } of items) {
      const etag = await this.store.write(key, data, item?.eTag);
      if (etag === null) throw new StateConflictError(key);
      if (item && typeof item === 'object') item.eTag = etag;
    }
  }

  /** The item's text as stored: without its eTag, redacted (defence in depth: a code or key typed by a resident never reaches the store). */
  private textOf(item: unknown): string {
    const { eTag: _eTag, ...data } = (item ?? {}) as { eTag?: string };
    const redacted = redactKept(data);
    const known = item && typeof item === 'object' ? writeTexts.get(item) : undefined;
    if (known !== undefined) writeTexts.delete(item as object);
    return redacted === data && known !== undefined ? known : JSON.stringify(redacted);
  }

  async delete(keys: string[]): Promise<void> {
    await this.store.delete(keys);
  }
}

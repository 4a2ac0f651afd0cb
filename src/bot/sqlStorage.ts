/**
 * botbuilder Storage over the store's state rows, so conversation and user state live in the
 * same database as everything else. eTags give optimistic concurrency: a write based on a
 * stale read fails instead of silently overwriting another turn's changes. Reads asked for in the
 * same tick (a turn loading its conversation and user state at once, or turns arriving together)
 * are one query.
 */
import type { Storage, StoreItems } from 'botbuilder';
import { redactDeep } from '../redact';

/** What the store offers for state rows (db/repositories/stateRepository implements it). */
export interface StateStore {
  read(keys: string[]): Promise<Map<string, { data: string; etag: string }>>;
  write(key: string, data: string, expectedEtag: string | undefined): Promise<string | null>;
  delete(keys: string[]): Promise<void>;
}

export class StateConflictError extends Error {
  constructor(readonly key: string) {
    super(`State was changed by another turn (eTag conflict) for key ${key}`);
    this.name = 'StateConflictError';
  }
}

type Rows = Awaited<ReturnType<StateStore['read']>>;

export class SqlStorage implements Storage {
  /** The keys asked for in this tick, read together at its end. */
  private batch?: { keys: Set<string>; rows: Promise<Rows> };

  constructor(private readonly store: StateStore) {}

  async read(keys: string[]): Promise<StoreItems> {
    const batch = this.batch ?? this.startBatch();
    for (const key of keys) batch.keys.add(key);
    const rows = await batch.rows;
    const items: StoreItems = {};
    for (const key of keys) {
      const row = rows.get(key);
      // Each reader gets its own objects (botbuilder changes what it reads).
      if (row) items[key] = { ...(JSON.parse(row.data) as object), eTag: row.etag };
    }
    return items;
  }

  private startBatch() {
    const keys = new Set<string>();
    const batch = {
      keys,
      rows: Promise.resolve().then(() => {
        this.batch = undefined;
        return this.store.read([...keys]);
      }),
    };
    this.batch = batch;
    return batch;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...data } = (item ?? {}) as { eTag?: string };
      // Defence in depth: a code or key typed by a resident never reaches the store.
      const etag = await this.store.write(key, JSON.stringify(redactDeep(data)), eTag);
      if (etag === null) throw new StateConflictError(key);
      if (item && typeof item === 'object') (item as { eTag?: string }).eTag = etag;
    }
  }

  async delete(keys: string[]): Promise<void> {
    await this.store.delete(keys);
  }
}

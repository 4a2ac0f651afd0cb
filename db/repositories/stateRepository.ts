/**
 * Rows of bot state (conversation and user state) with an eTag per key, on either store
 * (db/store.ts). A write with an expected eTag succeeds only if the stored one still matches, so two
 * instances writing the same conversation at once cannot both win (optimistic concurrency).
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { change, one, type Store, type Tx } from '../store';

export interface StoredState {
  data: string;
  etag: string;
}

export class StateRepository {
  constructor(private readonly store: Store) {}

  async read(keys: string[]): Promise<Map<string, StoredState>> {
    const out = new Map<string, StoredState>();
    if (keys.length === 0) return out;
    const { botState } = this.store.tables;
    for (const r of await this.store.db.select().from(botState).where(inArray(botState.key, keys))) {
      out.set(r.key, { data: r.data, etag: r.etag });
    }
    return out;
  }

  /**
   * Writes one key. `expectedEtag` undefined or '*' overwrites; otherwise the stored eTag must match
   * (or the key must not exist yet). Returns the new eTag, or null on a conflict.
   */
  async write(key: string, data: string, expectedEtag: string | undefined): Promise<string | null> {
    return this.store.write((db) => this.writeIn(db, key, data, expectedEtag));
  }

  private *writeIn(db: Db, key: string, data: string, expectedEtag: string | undefined): Tx<string | null> {
    const { botState } = this.store.tables;
    const etag = randomUUID();
    const now = new Date().toISOString();
    const current = yield* one(db.select({ etag: botState.etag }).from(botState).where(eq(botState.key, key)));
    if (!current) {
      yield* change(db.insert(botState).values({ key, data, etag, updatedAt: now }));
      return etag;
    }
    const matches = expectedEtag === undefined || expectedEtag === '*' ? eq(botState.key, key) : and(eq(botState.key, key), eq(botState.etag, expectedEtag));
    return (yield* change(db.update(botState).set({ data, etag, updatedAt: now }).where(matches))) === 1 ? etag : null;
  }

  async delete(keys: string[]): Promise<void> {
    const { botState } = this.store.tables;
    if (keys.length > 0) await this.store.db.delete(botState).where(inArray(botState.key, keys));
  }
}

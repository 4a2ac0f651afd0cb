/**
 * Rows of bot state (conversation and user state) with an eTag per key.
 * A write with an expected eTag succeeds only if the stored one still matches.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { writeTransaction } from '../client';
import { botState } from '../schema';

export interface StoredState {
  data: string;
  etag: string;
}

export class StateRepository {
  constructor(private readonly db: Db) {}

  async read(keys: string[]): Promise<Map<string, StoredState>> {
    const out = new Map<string, StoredState>();
    if (keys.length === 0) return out;
    for (const r of this.db.select().from(botState).where(inArray(botState.key, keys)).all()) {
      out.set(r.key, { data: r.data, etag: r.etag });
    }
    return out;
  }

  /**
   * Writes one key. `expectedEtag` undefined or '*' overwrites; otherwise the stored eTag must match
   * (or the key must not exist yet). Returns the new eTag, or null on a conflict.
   */
  async write(key: string, data: string, expectedEtag: string | undefined): Promise<string | null> {
    const etag = randomUUID();
    const now = new Date().toISOString();
    return writeTransaction(this.db, () => {
      const current = this.db.select({ etag: botState.etag }).from(botState).where(eq(botState.key, key)).get();
      if (!current) {
        this.db.insert(botState).values({ key, data, etag, updatedAt: now }).run();
        return etag;
      }
      if (expectedEtag === undefined || expectedEtag === '*') {
        this.db.update(botState).set({ data, etag, updatedAt: now }).where(eq(botState.key, key)).run();
        return etag;
      }
      const res = this.db
        .update(botState)
        .set({ data, etag, updatedAt: now })
        .where(and(eq(botState.key, key), eq(botState.etag, expectedEtag)))
        .run();
      return res.changes === 1 ? etag : null;
    });
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length > 0) this.db.delete(botState).where(inArray(botState.key, keys)).run();
  }
}

/**
 * Rows of bot state (conversation and user state) with an eTag per key, on either store
 * (db/store.ts). A write with an expected eTag succeeds only if the stored one still matches, so two
 * instances writing the same conversation at once cannot both win (optimistic concurrency).
 */
import { randomUUID } from 'node:crypto';
import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import { prepared, preparedWrite } from '../prepared';
import { change, KEEPS_TURN_READS, type Store } from '../store';

/** An upsert of several rows: each takes the values it proposed. */
const EXCLUDED = { data: sql.raw('excluded.data'), etag: sql.raw('excluded.etag'), updatedAt: sql.raw('excluded.updated_at') };

export interface StoredState {
  data: string;
  etag: string;
}

/** A turn's states with the configuration's version, read by the same statement (db/repositories/configCache.ts). */
export interface StatesWithVersion {
  rows: Map<string, StoredState>;
  configVersion: number | undefined;
}

export class StateRepository {
  /** The reads of every turn, built once (db/prepared.ts): one key, or two (a conversation's state and its user's). */
  private readonly one;
  private readonly two;
  /** The same reads, the configuration's version with them (one row more, its key null): a turn then runs no statement of its own for it. */
  private readonly oneWithVersion;
  private readonly twoWithVersion;
  /** The write of every turn, prepared once on SQLite: over any eTag, or only over the expected one. */
  private readonly overwrite;
  private readonly replace;
  /** A turn's two states (its conversation's and its user's) written together, over any eTag. */
  private readonly overwriteTwo;

  constructor(private readonly store: Store) {
    const { botState } = store.tables;
    this.one = prepared(store, 'bot_state_one', store.db.select().from(botState).where(eq(botState.key, sql.placeholder('a'))));
    this.two = prepared(store, 'bot_state_two', store.db.select().from(botState).where(inArray(botState.key, [sql.placeholder('a'), sql.placeholder('b')])));
    const { configVersion } = store.tables;
    const states = (keys: SQL) => store.db.select({ key: botState.key, data: botState.data, etag: botState.etag }).from(botState).where(keys);
    const version = store.db.select({ key: sql<string>`null`, data: sql<string>`''`, etag: sql<string>`cast(${configVersion.version} as text)` }).from(configVersion).where(eq(configVersion.id, 1));
    this.oneWithVersion = prepared(store, 'bot_state_one_version', states(eq(botState.key, sql.placeholder('a'))).unionAll(version));
    this.twoWithVersion = prepared(store, 'bot_state_two_version', states(inArray(botState.key, [sql.placeholder('a'), sql.placeholder('b')]) as SQL).unionAll(version));
    const row = { key: sql.placeholder('key'), data: sql.placeholder('data'), etag: sql.placeholder('etag'), updatedAt: sql.placeholder('updatedAt') };
    // The update takes the values proposed for the insert: the state's text (kilobytes) is bound and copied once, not twice.
    this.overwrite = preparedWrite(store, store.db.insert(botState).values(row).onConflictDoUpdate({ target: botState.key, set: EXCLUDED }));
    this.replace = preparedWrite(store, store.db.insert(botState).values(row).onConflictDoUpdate({ target: botState.key, set: EXCLUDED, setWhere: eq(botState.etag, sql.placeholder('expected')) }));
    const p = (name: string) => sql.placeholder(name);
    this.overwriteTwo = preparedWrite(
      store,
      store.db
        .insert(botState)
        .values([
          { key: p('ka'), data: p('da'), etag: p('ea'), updatedAt: p('at') },
          { key: p('kb'), data: p('db'), etag: p('eb'), updatedAt: p('at') },
        ])
        .onConflictDoUpdate({ target: botState.key, set: EXCLUDED }),
    );
  }

  async read(keys: string[]): Promise<Map<string, StoredState>> {
    const out = new Map<string, StoredState>();
    if (keys.length === 0) return out;
    const { botState } = this.store.tables;
    const [a, b] = keys;
    const found = keys.length === 1 ? await this.one({ a }) : keys.length === 2 ? await this.two({ a, b }) : await this.store.db.select().from(botState).where(inArray(botState.key, keys));
    for (const r of found) {
      out.set(r.key, { data: r.data, etag: r.etag });
    }
    return out;
  }

  /** The states of these keys and the configuration's version, in one statement (one or two keys; more: the version is not read). */
  async readWithConfigVersion(keys: string[]): Promise<StatesWithVersion> {
    const [a, b] = keys;
    if (keys.length === 0 || keys.length > 2) return { rows: await this.read(keys), configVersion: undefined };
    const found = keys.length === 1 ? await this.oneWithVersion({ a }) : await this.twoWithVersion({ a, b });
    const rows = new Map<string, StoredState>();
    let configVersion: number | undefined;
    for (const r of found) {
      if ((r.key as string | null) === null) configVersion = Number(r.etag);
      else rows.set(r.key, { data: r.data, etag: r.etag });
    }
    return { rows, configVersion };
  }

  /**
   * Writes one key. `expectedEtag` undefined or '*' overwrites; otherwise the stored eTag must match
   * (or the key must not exist yet). Returns the new eTag, or null on a conflict.
   */
  async write(key: string, data: string, expectedEtag: string | undefined): Promise<string | null> {
    const { botState } = this.store.tables;
    const etag = randomUUID();
    const row = { key, data, etag, updatedAt: new Date().toISOString() };
    const any = expectedEtag === undefined || expectedEtag === '*';
    // One conditional statement: inserted when the key is new, else updated only if its eTag is still
    // the expected one (of two writers with the same eTag, one changes the row and the other none).
    const ready = any ? this.overwrite : this.replace;
    const written = await this.store.writeOne((db) =>
      change(ready ? ready({ ...row, expected: expectedEtag }) : db.insert(botState).values(row).onConflictDoUpdate({ target: botState.key, set: EXCLUDED, ...(any ? {} : { setWhere: eq(botState.etag, expectedEtag) }) })),
      KEEPS_TURN_READS,
    );
    return written === 1 ? etag : null;
  }

  /** Writes several keys over whatever eTag they have, in one statement (a turn's conversation and user states); their new eTags, in order. */
  async overwriteAll(rows: Array<{ key: string; data: string }>): Promise<string[]> {
    const { botState } = this.store.tables;
    const updatedAt = new Date().toISOString();
    const written = rows.map((r) => ({ ...r, etag: randomUUID(), updatedAt }));
    const ready = written.length === 2 ? this.overwriteTwo : undefined;
    const [a, b] = written;
    await this.store.writeOne(
      (db) => change(ready && a && b ? ready({ ka: a.key, da: a.data, ea: a.etag, kb: b.key, db: b.data, eb: b.etag, at: updatedAt }) : db.insert(botState).values(written).onConflictDoUpdate({ target: botState.key, set: EXCLUDED })),
      KEEPS_TURN_READS,
    );
    return written.map((r) => r.etag);
  }

  async delete(keys: string[]): Promise<void> {
    const { botState } = this.store.tables;
    if (keys.length > 0) await this.store.writeOne((db) => change(db.delete(botState).where(inArray(botState.key, keys))));
  }
}

/** Family keys (stored as keyed hashes), on either store (db/store.ts). */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { FamilyKeyRepository as Port } from '../../src/domain/ports';
import type { Db } from '../client';
import { change, lock, type Store, type Tx } from '../store';

export class FamilyKeyRepository implements Port {
  constructor(private readonly store: Store) {}

  async replace(householdId: number, keyHash: string, selector: string | null, at: string): Promise<void> {
    await this.store.write((db) => this.replaceIn(db, householdId, keyHash, selector, at));
  }

  private *replaceIn(db: Db, householdId: number, keyHash: string, selector: string | null, at: string): Tx<void> {
    const { familyKeys } = this.store.tables;
    // One active key per household, when two are issued at once too.
    yield* lock('familyKey', householdId);
    yield* change(
      db
        .update(familyKeys)
        .set({ revokedAt: at })
        .where(and(eq(familyKeys.householdId, householdId), isNull(familyKeys.revokedAt))),
    );
    yield* change(db.insert(familyKeys).values({ householdId, keyHash, selector, createdAt: at }));
  }

  async findActiveHousehold(keyHash: string): Promise<number | undefined> {
    const { familyKeys } = this.store.tables;
    const [row] = await this.store.db
      .select({ householdId: familyKeys.householdId })
      .from(familyKeys)
      .where(and(eq(familyKeys.keyHash, keyHash), isNull(familyKeys.revokedAt)))
      .limit(1);
    return row?.householdId;
  }

  async findBySelector(selector: string): Promise<number | undefined> {
    const { familyKeys } = this.store.tables;
    // Several active keys may share a selector: the oldest answers, as SQLite (reading its selector index) gives it.
    const [row] = await this.store.db
      .select({ householdId: familyKeys.householdId })
      .from(familyKeys)
      .where(and(eq(familyKeys.selector, selector), isNull(familyKeys.revokedAt)))
      .orderBy(asc(familyKeys.id))
      .limit(1);
    return row?.householdId;
  }
}

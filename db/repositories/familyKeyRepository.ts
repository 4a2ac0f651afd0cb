import { and, eq, isNull } from 'drizzle-orm';
import type { FamilyKeyRepository as Port } from '../../src/domain/ports';
import type { Db } from '../client';
import { writeTransaction } from '../client';
import { familyKeys } from '../schema';

export class FamilyKeyRepository implements Port {
  constructor(private readonly db: Db) {}

  async replace(householdId: number, keyHash: string, selector: string | null, at: string): Promise<void> {
    writeTransaction(this.db, () => {
      this.db
        .update(familyKeys)
        .set({ revokedAt: at })
        .where(and(eq(familyKeys.householdId, householdId), isNull(familyKeys.revokedAt)))
        .run();
      this.db.insert(familyKeys).values({ householdId, keyHash, selector, createdAt: at }).run();
    });
  }

  async findActiveHousehold(keyHash: string): Promise<number | undefined> {
    return this.db
      .select({ householdId: familyKeys.householdId })
      .from(familyKeys)
      .where(and(eq(familyKeys.keyHash, keyHash), isNull(familyKeys.revokedAt)))
      .get()?.householdId;
  }

  async findBySelector(selector: string): Promise<number | undefined> {
    return this.db
      .select({ householdId: familyKeys.householdId })
      .from(familyKeys)
      .where(and(eq(familyKeys.selector, selector), isNull(familyKeys.revokedAt)))
      .get()?.householdId;
  }
}

import { and, asc, eq, inArray } from 'drizzle-orm';
import type { FamilyImport, HouseholdRepository as Port, ImportResult } from '../../src/domain/ports';
import type { Child, Enrolment, Household, Representative } from '../../src/domain/types';
import type { Db } from '../client';
import { writeTransaction } from '../client';
import { children, enrolments, households, representatives } from '../schema';

export class HouseholdRepository implements Port {
  constructor(private readonly db: Db) {}

  async get(id: number): Promise<Household | undefined> {
    return this.db.select().from(households).where(eq(households.id, id)).get() as Household | undefined;
  }

  async findByFileNumber(communeId: string, fileNumber: string): Promise<Household | undefined> {
    return this.db
      .select()
      .from(households)
      .where(and(eq(households.communeId, communeId), eq(households.fileNumber, fileNumber)))
      .get() as Household | undefined;
  }

  async listChildren(householdId: number): Promise<Child[]> {
    return this.db.select().from(children).where(eq(children.householdId, householdId)).orderBy(asc(children.birthDate)).all() as Child[];
  }

  async idsOf(communeId: string): Promise<number[]> {
    return this.db.select({ id: households.id }).from(households).where(eq(households.communeId, communeId)).orderBy(asc(households.id)).all().map((r) => r.id);
  }

  async getMany(ids: number[]): Promise<Household[]> {
    const out: Household[] = [];
    for (let i = 0; i < ids.length; i += 500) out.push(...(this.db.select().from(households).where(inArray(households.id, ids.slice(i, i + 500))).all() as Household[]));
    return out;
  }

  async childrenOf(householdIds: number[]): Promise<Child[]> {
    const out: Child[] = [];
    for (let i = 0; i < householdIds.length; i += 500) {
      out.push(...(this.db.select().from(children).where(inArray(children.householdId, householdIds.slice(i, i + 500))).orderBy(asc(children.birthDate)).all() as Child[]));
    }
    return out;
  }

  async setEInvoice(householdId: number, eInvoice: boolean): Promise<void> {
    this.db.update(households).set({ eInvoice }).where(eq(households.id, householdId)).run();
  }

  async listEnrolments(householdId: number): Promise<Enrolment[]> {
    return this.db
      .select({ id: enrolments.id, childId: enrolments.childId, activityId: enrolments.activityId, schoolYear: enrolments.schoolYear })
      .from(enrolments)
      .innerJoin(children, eq(children.id, enrolments.childId))
      .where(eq(children.householdId, householdId))
      .all();
  }

  async listRepresentatives(householdId: number): Promise<Representative[]> {
    return this.db
      .select({
        id: representatives.id,
        householdId: representatives.householdId,
        role: representatives.role,
        civility: representatives.civility,
        firstName: representatives.firstName,
        lastName: representatives.lastName,
        email: representatives.email,
        phone: representatives.phone,
      })
      .from(representatives)
      .where(eq(representatives.householdId, householdId))
      .orderBy(asc(representatives.id))
      .all() as Representative[];
  }

  /**
   * Creates or updates each family by (commune, file number), all in one transaction.
   * An existing household keeps its id; its representatives are replaced by the imported ones;
   * a household marked referenceOnly must exist and is left as it is (it only receives children);
   * a child is matched by first name and birth date; an enrolment already present is kept.
   */
  async importFamilies(communeId: string, families: FamilyImport[]): Promise<ImportResult> {
    const result: ImportResult = { householdsCreated: 0, householdsUpdated: 0, childrenCreated: 0, enrolmentsCreated: 0 };
    writeTransaction(this.db, () => {
      for (const f of families) {
        const h = f.household;
        const existing = this.db
          .select({ id: households.id })
          .from(households)
          .where(and(eq(households.communeId, communeId), eq(households.fileNumber, h.fileNumber)))
          .get();
        let householdId: number;
        if (f.referenceOnly) {
          if (!existing) throw new Error(`importFamilies: household ${h.fileNumber} is not in the store`);
          householdId = existing.id;
        } else if (existing) {
          householdId = existing.id;
          this.db
            .update(households)
            .set({ name: h.name, address: h.address, postalCode: h.postalCode, city: h.city, quotientFamilial: h.quotientFamilial })
            .where(eq(households.id, householdId))
            .run();
          this.db.delete(representatives).where(eq(representatives.householdId, householdId)).run();
          result.householdsUpdated++;
        } else {
          householdId = this.db
            .insert(households)
            .values({ ...h, communeId })
            .returning({ id: households.id })
            .get().id;
          result.householdsCreated++;
        }
        for (const r of f.representatives) this.db.insert(representatives).values({ ...r, householdId }).run();
        for (const c of f.children) {
          const found = this.db
            .select({ id: children.id })
            .from(children)
            .where(and(eq(children.householdId, householdId), eq(children.firstName, c.firstName), eq(children.birthDate, c.birthDate)))
            .get();
          let childId: number;
          if (found) {
            childId = found.id;
            this.db.update(children).set({ lastName: c.lastName, school: c.school, level: c.level }).where(eq(children.id, childId)).run();
          } else {
            const { enrolments: _e, ...child } = c;
            childId = this.db.insert(children).values({ ...child, householdId }).returning({ id: children.id }).get().id;
            result.childrenCreated++;
          }
          for (const e of c.enrolments) {
            const res = this.db.insert(enrolments).values({ childId, activityId: e.activityId, schoolYear: e.schoolYear }).onConflictDoNothing().run();
            result.enrolmentsCreated += res.changes;
          }
        }
      }
    });
    return result;
  }
}

/** Households, their children, enrolments and representatives, and the families' import, on either store (db/store.ts). */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { FamilyImport, HouseholdRepository as Port, ImportResult } from '../../src/domain/ports';
import type { Child, Enrolment, Household, Representative } from '../../src/domain/types';
import type { Db } from '../client';
import { prepared } from '../prepared';
import { change, lock, one, type Store, type Tx } from '../store';

export class HouseholdRepository implements Port {
  /** The family file's reads of every signed-in turn, built once (db/prepared.ts). */
  private readonly household;
  private readonly children;
  private readonly enrolments;

  constructor(private readonly store: Store) {
    const { households, children, enrolments } = store.tables;
    const householdId = sql.placeholder('householdId');
    this.household = prepared(store, 'household_by_id', store.db.select().from(households).where(eq(households.id, householdId)).limit(1));
    // Twins in id order, as SQLite gives them (its sort keeps the order it read them in).
    this.children = prepared(store, 'children_of_household', store.db.select().from(children).where(eq(children.householdId, householdId)).orderBy(asc(children.birthDate), asc(children.id)));
    this.enrolments = prepared(
      store,
      'enrolments_of_household',
      store.db
        .select({ id: enrolments.id, childId: enrolments.childId, activityId: enrolments.activityId, schoolYear: enrolments.schoolYear })
        .from(enrolments)
        .innerJoin(children, eq(children.id, enrolments.childId))
        .where(eq(children.householdId, householdId))
        // The order SQLite reads them in: children by id, then each child's enrolments through their unique index.
        .orderBy(asc(enrolments.childId), asc(enrolments.activityId), asc(enrolments.schoolYear)),
    );
  }

  async get(id: number): Promise<Household | undefined> {
    const [row] = await this.household({ householdId: id });
    return row as Household | undefined;
  }

  async findByFileNumber(communeId: string, fileNumber: string): Promise<Household | undefined> {
    const { households } = this.store.tables;
    const [row] = await this.store.db
      .select()
      .from(households)
      .where(and(eq(households.communeId, communeId), eq(households.fileNumber, fileNumber)))
      .limit(1);
    return row as Household | undefined;
  }

  async findByFileNumberKey(communeId: string, key: string): Promise<Household[]> {
    const { households } = this.store.tables;
    // The same key as fileNumberKey for the numbers stored (ASCII): separators out, capitals.
    const stored = sql`upper(replace(replace(replace(replace(replace(${households.fileNumber}, '-', ''), ' ', ''), '_', ''), '.', ''), '/', ''))`;
    return (await this.store.db.select().from(households).where(and(eq(households.communeId, communeId), eq(stored, key))).limit(2)) as Household[];
  }

  async listChildren(householdId: number): Promise<Child[]> {
    return (await this.children({ householdId })) as Child[];
  }

  async idsOf(communeId: string): Promise<number[]> {
    const { households } = this.store.tables;
    return (await this.store.db.select({ id: households.id }).from(households).where(eq(households.communeId, communeId)).orderBy(asc(households.id))).map((r) => r.id);
  }

  async getMany(ids: number[]): Promise<Household[]> {
    const { households } = this.store.tables;
    const out: Household[] = [];
    // Each slice in id order, as SQLite reads an IN list on its primary key.
    for (let i = 0; i < ids.length; i += 500) out.push(...((await this.store.db.select().from(households).where(inArray(households.id, ids.slice(i, i + 500))).orderBy(asc(households.id))) as Household[]));
    return out;
  }

  async childrenOf(householdIds: number[]): Promise<Child[]> {
    const { children } = this.store.tables;
    const out: Child[] = [];
    for (let i = 0; i < householdIds.length; i += 500) {
      // Same birth dates by household, then id, as SQLite gives them (it reads them by household through its index, and its sort keeps that order).
      const slice = householdIds.slice(i, i + 500);
      out.push(...((await this.store.db.select().from(children).where(inArray(children.householdId, slice)).orderBy(asc(children.birthDate), asc(children.householdId), asc(children.id))) as Child[]));
    }
    return out;
  }

  async setEInvoice(householdId: number, eInvoice: boolean): Promise<void> {
    const { households } = this.store.tables;
    await this.store.writeOne((db) => change(db.update(households).set({ eInvoice }).where(eq(households.id, householdId))));
  }

  async listEnrolments(householdId: number): Promise<Enrolment[]> {
    return this.enrolments({ householdId });
  }

  async listRepresentatives(householdId: number): Promise<Representative[]> {
    const { representatives } = this.store.tables;
    return (await this.store.db
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
      .orderBy(asc(representatives.id))) as Representative[];
  }

  /**
   * Creates or updates each family by (commune, file number), all in one transaction.
   * An existing household keeps its id; its representatives are replaced by the imported ones;
   * a household marked referenceOnly must exist and is left as it is (it only receives children);
   * a child is matched by first name and birth date; an enrolment already present is kept.
   */
  async importFamilies(communeId: string, families: FamilyImport[]): Promise<ImportResult> {
    return this.store.write((db) => this.importIn(db, communeId, families));
  }

  private *importIn(db: Db, communeId: string, families: FamilyImport[]): Tx<ImportResult> {
    const { households, representatives, children, enrolments } = this.store.tables;
    const result: ImportResult = { householdsCreated: 0, householdsUpdated: 0, childrenCreated: 0, enrolmentsCreated: 0 };
    // Two imports of one commune's families at once: the second reads what the first made.
    yield* lock('families', communeId);
    for (const f of families) {
      const h = f.household;
      const existing = yield* one(
        db
          .select({ id: households.id })
          .from(households)
          .where(and(eq(households.communeId, communeId), eq(households.fileNumber, h.fileNumber))),
      );
      let householdId: number;
      if (f.referenceOnly) {
        if (!existing) throw new Error(`importFamilies: household ${h.fileNumber} is not in the store`);
        householdId = existing.id;
      } else if (existing) {
        householdId = existing.id;
        yield* change(
          db
            .update(households)
            .set({ name: h.name, address: h.address, postalCode: h.postalCode, city: h.city, quotientFamilial: h.quotientFamilial })
            .where(eq(households.id, householdId)),
        );
        yield* change(db.delete(representatives).where(eq(representatives.householdId, householdId)));
        result.householdsUpdated++;
      } else {
        householdId = ((yield* one(
          db
            .insert(households)
            .values({ ...h, communeId })
            .returning({ id: households.id }),
        )) as { id: number }).id;
        result.householdsCreated++;
      }
      for (const r of f.representatives) yield* change(db.insert(representatives).values({ ...r, householdId }));
      for (const c of f.children) {
        // The first of the same name and birth date, as SQLite finds it (through its household index, in id order).
        const found = yield* one(
          db
            .select({ id: children.id })
            .from(children)
            .where(and(eq(children.householdId, householdId), eq(children.firstName, c.firstName), eq(children.birthDate, c.birthDate)))
            .orderBy(asc(children.id))
            .limit(1),
        );
        let childId: number;
        if (found) {
          childId = found.id;
          yield* change(db.update(children).set({ lastName: c.lastName, school: c.school, level: c.level }).where(eq(children.id, childId)));
        } else {
          const { enrolments: _e, ...child } = c;
          childId = ((yield* one(db.insert(children).values({ ...child, householdId }).returning({ id: children.id }))) as { id: number }).id;
          result.childrenCreated++;
        }
        for (const e of c.enrolments) {
          result.enrolmentsCreated += yield* change(db.insert(enrolments).values({ childId, activityId: e.activityId, schoolYear: e.schoolYear }).onConflictDoNothing());
        }
      }
    }
    return result;
  }
}

/**
 * Who is away and who comes: the absences reported (with the bookings they cancel), their
 * justification by a certificate, and the headcount of a day, which leaves absent children out.
 */
import { and, asc, count, eq, gte, inArray, isNull, lte, notExists, or, sql } from 'drizzle-orm';
import type { HeadcountRow } from '../../src/domain/ports';
import type { Absence } from '../../src/domain/types';
import { change, rows, type Store } from '../store';
import { ACTIVE, TAKEN } from './reservationStatuses';

/** The absences added and the bookings cancelled, in one transaction; the ids of the absences added. */
export async function addAbsences(store: Store, list: Array<Omit<Absence, 'id'>>, cancel: number[], at: string): Promise<number[]> {
  const { absences, reservations } = store.tables;
  return store.write(function* (db) {
    const added = list.length > 0 ? yield* rows(db.insert(absences).values(list).returning({ id: absences.id })) : [];
    if (cancel.length > 0) yield* change(db.update(reservations).set({ status: 'cancelled', cancelledLate: false, updatedAt: at }).where(and(inArray(reservations.id, cancel), inArray(reservations.status, ACTIVE))));
    return added.map((a) => a.id);
  });
}

/**
 * An absence taken back (« en fait pas le 8 »), in one transaction: its rows deleted (those of these children only) and the
 * bookings it cancelled put back as they were (only those still cancelled).
 */
export async function withdrawAbsences(store: Store, childIds: number[], absenceIds: number[], restore: Array<{ id: number; status: 'pending' | 'confirmed' }>, at: string): Promise<void> {
  const { absences, reservations } = store.tables;
  await store.write(function* (db) {
    if (absenceIds.length > 0 && childIds.length > 0) yield* change(db.delete(absences).where(and(inArray(absences.id, absenceIds), inArray(absences.childId, childIds))));
    for (const r of restore) {
      yield* change(db.update(reservations).set({ status: r.status, updatedAt: at }).where(and(eq(reservations.id, r.id), inArray(reservations.childId, childIds), eq(reservations.status, 'cancelled'))));
    }
  });
}

/** The reason given after the absence was recorded (« il a rdv chez le médecin »): these rows of these children only. */
export async function setAbsenceReason(store: Store, childIds: number[], absenceIds: number[], reason: string): Promise<number> {
  if (absenceIds.length === 0 || childIds.length === 0) return 0;
  const { absences } = store.tables;
  return store.write(function* (db) {
    return yield* change(db.update(absences).set({ reason }).where(and(inArray(absences.id, absenceIds), inArray(absences.childId, childIds))));
  });
}

export async function listAbsences(store: Store, childIds: number[], from: string, to: string): Promise<Absence[]> {
  if (childIds.length === 0) return [];
  const { absences } = store.tables;
  const found = await store.db
    .select()
    .from(absences)
    .where(and(inArray(absences.childId, childIds), gte(absences.day, from), lte(absences.day, to)))
    .orderBy(asc(absences.day));
  return found.map((a) => ({ id: a.id, childId: a.childId, activityId: a.activityId, day: a.day, reason: a.reason, justified: a.justified, documentId: a.documentId }));
}

export async function listUnjustifiedAbsences(store: Store, childIds: number[], from: string): Promise<Array<Absence & { createdAt: string }>> {
  if (childIds.length === 0) return [];
  const { absences } = store.tables;
  const found = await store.db
    .select()
    .from(absences)
    .where(and(inArray(absences.childId, childIds), gte(absences.day, from), eq(absences.justified, false)))
    .orderBy(asc(absences.id));
  return found.map((a) => ({ id: a.id, childId: a.childId, activityId: a.activityId, day: a.day, reason: a.reason, justified: a.justified, documentId: a.documentId, createdAt: a.createdAt }));
}

export async function justifyAbsences(store: Store, ids: number[], documentId: number): Promise<number> {
  if (ids.length === 0) return 0;
  const { absences } = store.tables;
  return store.write(function* (db) {
    return yield* change(db.update(absences).set({ justified: true, documentId }).where(and(inArray(absences.id, ids), eq(absences.justified, false))));
  });
}

export async function headcount(store: Store, activityIds: number[], day: string): Promise<HeadcountRow[]> {
  if (activityIds.length === 0) return [];
  const { reservations, children, absences } = store.tables;
  return store.db
    .select({ school: children.school, activityId: reservations.activityId, count: count() })
    .from(reservations)
    .innerJoin(children, eq(children.id, reservations.childId))
    .where(
      and(
        inArray(reservations.activityId, activityIds),
        eq(reservations.day, day),
        inArray(reservations.status, TAKEN),
        // A reported absence frees the child's place in the count (the kitchens cook for who comes).
        notExists(
          store.db
            .select({ id: absences.id })
            .from(absences)
            .where(and(eq(absences.childId, reservations.childId), eq(absences.day, reservations.day), or(isNull(absences.activityId), eq(absences.activityId, reservations.activityId)))),
        ),
      ),
    )
    .groupBy(children.school, reservations.activityId)
    .orderBy(sql`${children.school} asc nulls first`, asc(reservations.activityId));
}

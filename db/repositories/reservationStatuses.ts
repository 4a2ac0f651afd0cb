/** The statuses of a reservation that hold a place (taken), and those still alive (active: a place, or on the waiting list); a stored reservation read as the domain's. */
import type { Reservation, ReservationStatus } from '../../src/domain/types';
import type { reservations } from '../schema';

export const TAKEN: ReservationStatus[] = ['pending', 'confirmed'];
export const ACTIVE: ReservationStatus[] = ['pending', 'confirmed', 'waiting'];

export type ReservationRow = typeof reservations.$inferSelect;

export const toReservation = (r: ReservationRow): Reservation => ({
  id: r.id,
  childId: r.childId,
  activityId: r.activityId,
  day: r.day,
  status: r.status as ReservationStatus,
  late: r.late,
  surchargePercent: r.surchargePercent,
  cancelledLate: r.cancelledLate,
  basketId: r.basketId,
  updatedAt: r.updatedAt ?? r.createdAt,
});

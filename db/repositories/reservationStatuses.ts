/** The statuses of a reservation that hold a place (taken), and those still alive (active: a place, or on the waiting list). */
import type { ReservationStatus } from '../../src/domain/types';

export const TAKEN: ReservationStatus[] = ['pending', 'confirmed'];
export const ACTIVE: ReservationStatus[] = ['pending', 'confirmed', 'waiting'];

/**
 * The commune agents' side of bookings: the bookings waiting for instruction, the decision on them
 * (each family mailed through the outbox and told in its conversations, with the bookings a
 * refusal promoted from the waiting list), and the kitchens' head-counts.
 */
import { normalize } from './text';
import { bookingDecisionMessages, type BookingDecisionKind } from './bookingMessages';
import type { NewOutboxMessage } from './outbox';
import type { BookingDecision, HeadcountRow, PendingReservation } from './ports';
import type { ReservationDeps } from './reservationTypes';
import type { Activity, ActivityCode, Reservation } from './types';

export class ReservationDecisions {
  constructor(private readonly deps: ReservationDeps) {}

  listPending(communeId?: string): Promise<PendingReservation[]> {
    return this.deps.reservations.listPending(communeId);
  }

  /**
   * Validates or refuses pending bookings; each family's e-mail (with the agent's message) is queued
   * with the decision and sent right after it (or by the outbox job when the mail server is down),
   * and its conversation is told by the reminders job.
   */
  async decide(ids: number[], status: 'confirmed' | 'refused', actor: string, message: string | null = null): Promise<Reservation[]> {
    const at = this.deps.clock.now().toISOString();
    const follow = (r: BookingDecision): NewOutboxMessage[] => [...bookingDecisionMessages(r.decided, status, message), ...bookingDecisionMessages(r.promoted, 'promoted', null)];
    const { decided, promoted } = await this.deps.reservations.decide(ids, status, at, follow);
    for (const r of decided) await this.deps.audit.append({ actor, action: `booking.${status}`, subject: String(r.id), details: { childId: r.childId, activityId: r.activityId, day: r.day } }, at);
    await this.deps.outbox.flush();
    await this.tellInConversations(decided.map((r) => r.id), status, message);
    if (promoted.length) await this.tellInConversations(promoted.map((r) => r.id), 'promoted', null);
    return decided;
  }

  /** Plans the message of a decision in the conversations of each household concerned (its e-mail went through the outbox). */
  async tellInConversations(ids: number[], decision: BookingDecisionKind, message: string | null): Promise<void> {
    if (!this.deps.tellInConversation) return;
    const described = await this.deps.reservations.describe(ids);
    for (const householdId of new Set(described.map((d) => d.householdId))) {
      const mine = described.filter((d) => d.householdId === householdId);
      const items = mine.map((d) => ({ childName: d.childName, activityLabel: d.activityLabel, day: d.day }));
      const accounts = await this.deps.accounts.listByHousehold(householdId);
      await this.deps.tellInConversation(accounts.map((a) => a.id), decision, items, mine.map((d) => d.id), message);
    }
  }

  /**
   * « Combien de repas jeudi à l'école du Parc ? »: booked children per school and activity on a
   * day; `school`: only the schools whose name contains it, case, accents and hyphens aside
   * (« ecole du parc » finds « École du Parc »).
   */
  async headcount(communeId: string, day: string, code?: ActivityCode, school?: string): Promise<Array<HeadcountRow & { activity: Activity }>> {
    const activities = (await this.deps.activities.listByCommune(communeId)).filter((a) => !code || a.code === code);
    const rows = (await this.deps.reservations.headcount(activities.map((a) => a.id), day)).filter((r) => schoolMatches(school, r.school));
    return rows.map((r) => ({ ...r, activity: activities.find((a) => a.id === r.activityId) as Activity }));
  }
}

/** Whether a school's name contains what was typed, case, accents, apostrophes and hyphens aside; nothing typed matches every school. */
export function schoolMatches(wanted: string | undefined, school: string | null): boolean {
  const typed = normalize(wanted ?? '').trim();
  return !typed || normalize(school ?? '').includes(typed);
}

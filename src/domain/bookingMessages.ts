/**
 * The outbox messages that follow a change of bookings (src/domain/outboxMessages.ts):
 * - bookingConfirmation { basketId, locale }: a basket was confirmed: the account that confirmed it
 *   gets its words by e-mail (src/domain/bookingConfirmation.ts: what the chat said), in its language.
 *   Sent by the process that confirmed it right after the commit, the mail is made from what the
 *   confirming turn had (ConfirmedMails): the basket as confirmed, the account, the household and its
 *   children are not read again. Sent later (the job, another instance), they are read as stored;
 * - bookingDecision { reservationIds, decision, message }: an agent validated or refused a family's
 *   bookings, or a freed place promoted them from the waiting list: each account of the family is
 *   mailed, in French (the family's language is not stored). One message per family.
 */
import { confirmationText, confirmedLines } from './bookingConfirmation';
import { bracketFor } from './familyFile';
import type { Wording } from './invoicing';
import type { Mailer } from './mail';
import type { NewOutboxMessage, OutboxHandler } from './outbox';
import type { AccountRepository, ActivityRepository, CommuneRepository, HouseholdRepository, HouseholdReservation, ReservationRepository } from './ports';
import type { ConfirmedMail } from './reservationTypes';

export type BookingDecisionKind = 'confirmed' | 'refused' | 'promoted';

export interface BookingMessageDeps {
  reservations: Pick<ReservationRepository, 'getBasket' | 'describe'>;
  households: Pick<HouseholdRepository, 'get' | 'listChildren'>;
  activities: Pick<ActivityRepository, 'listByCommune'>;
  accounts: Pick<AccountRepository, 'get' | 'listByHousehold'>;
  communes: Pick<CommuneRepository, 'get'>;
  mailer: Pick<Mailer, 'sendBookingConfirmation' | 'sendBookingDecision'>;
  /** The locales' words in a language (the resident's, for the confirmation). */
  wordingIn(locale: string): Wording;
  /** What the confirming turns of this process handed over for their mails. */
  confirmedMails?: ConfirmedMails;
}

/** Confirmations kept for a mail sent by another process, or not sent at once, are let go beyond this many. */
const KEPT_MAILS = 100;

/**
 * The confirmations this process has just committed, kept by basket until their mail is sent
 * (taken once). A mail that another sender claims leaves its entry here until newer ones push it out.
 */
export class ConfirmedMails {
  private readonly kept = new Map<number, ConfirmedMail>();

  keep(basketId: number, mail: ConfirmedMail): void {
    this.kept.set(basketId, mail);
    if (this.kept.size > KEPT_MAILS) this.kept.delete(this.kept.keys().next().value as number);
  }

  take(basketId: number): ConfirmedMail | undefined {
    const mail = this.kept.get(basketId);
    this.kept.delete(basketId);
    return mail;
  }
}

/** The messages of a decision on bookings: one per family concerned, with its bookings' ids. */
export function bookingDecisionMessages(bookings: readonly HouseholdReservation[], decision: BookingDecisionKind, message: string | null): NewOutboxMessage[] {
  const byHousehold = new Map<number, number[]>();
  for (const b of bookings) byHousehold.set(b.householdId, [...(byHousehold.get(b.householdId) ?? []), b.id]);
  return [...byHousehold.values()].map((reservationIds) => ({ kind: 'bookingDecision', payload: { reservationIds, decision, message } }));
}

export function bookingHandlers(deps: BookingMessageDeps): Record<'bookingConfirmation' | 'bookingDecision', OutboxHandler> {
  /** The mail as stored: the basket as confirmed, its account, household and children. */
  const storedMail = async (basketId: number): Promise<ConfirmedMail | undefined> => {
    const basket = await deps.reservations.getBasket(basketId);
    if (!basket || basket.status !== 'confirmed' || !basket.reference || basket.accountId === null) return undefined;
    const [account, household] = [await deps.accounts.get(basket.accountId), await deps.households.get(basket.householdId)];
    const commune = household && (await deps.communes.get(household.communeId));
    const activity = household && (await deps.activities.listByCommune(household.communeId)).find((a) => a.id === basket.activityId);
    if (!account || !household || !commune || !activity) return undefined;
    const price = bracketFor(activity.tariffs, household.quotientFamilial)?.priceCents ?? 0;
    const lines = confirmedLines(basket.changes, basket.changes.map((c) => c.outcome ?? 'already'), await deps.households.listChildren(household.id), price);
    return { to: account.email, commune, reference: basket.reference, lines };
  };

  const bookingConfirmation = async (payload: Record<string, unknown>) => {
    const basketId = Number(payload.basketId);
    const mail = deps.confirmedMails?.take(basketId) ?? (await storedMail(basketId));
    if (!mail) return;
    const locale = typeof payload.locale === 'string' ? payload.locale : 'fr';
    const summary = confirmationText(deps.wordingIn(locale), locale, { kind: 'confirmed', reference: mail.reference, lines: mail.lines, promoted: [] });
    await deps.mailer.sendBookingConfirmation({ to: mail.to, reference: mail.reference, summary, commune: mail.commune, locale });
  };

  const bookingDecision = async (payload: Record<string, unknown>) => {
    const ids = Array.isArray(payload.reservationIds) ? payload.reservationIds.map(Number) : [];
    const described = await deps.reservations.describe(ids);
    const first = described[0];
    const commune = first && (await deps.communes.get(first.communeId));
    if (!first || !commune) return;
    const items = described.map((d) => ({ childName: d.childName, activityLabel: d.activityLabel, day: d.day }));
    const decision = payload.decision as BookingDecisionKind;
    const message = typeof payload.message === 'string' ? payload.message : null;
    for (const account of await deps.accounts.listByHousehold(first.householdId)) {
      await deps.mailer.sendBookingDecision({ to: account.email, decision, items, message, commune, locale: 'fr' });
    }
  };

  return { bookingConfirmation, bookingDecision };
}

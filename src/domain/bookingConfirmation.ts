/**
 * The words of a confirmed basket, said in the chat after « Confirmer » and mailed as its
 * confirmation (« un message vous en confirme la bonne prise en compte »): the reference, what was
 * done per child and day, what changed meanwhile, the late surcharge. Both are built from the
 * basket as stored (its changes and what confirming did to each: src/domain/ports.ts BasketChange),
 * so the mail, sent after the commit through the outbox, says what the chat said.
 */
import { surchargeCents } from './activityCalendar';
import { constantOptions, listDays, listFormat } from './formats';
import { euros, type Wording } from './invoicing';
import type { BasketChange, ChangeOutcome } from './ports';
import type { ConfirmedLine, ConfirmOutcome } from './reservationTypes';
import type { Child } from './types';

const AND = constantOptions<Intl.ListFormatOptions>({ type: 'conjunction' });

export type { ConfirmedLine };

/** The basket's lines as confirmed: each change with the child's first name, its price and what confirming did. */
export function confirmedLines(changes: readonly BasketChange[], outcomes: readonly ChangeOutcome[], children: readonly Child[], priceCents: number): ConfirmedLine[] {
  const nameOf = (childId: number) => children.find((c) => c.id === childId)?.firstName ?? '';
  return changes.map((c, i) => ({
    childId: c.childId,
    childName: nameOf(c.childId),
    day: c.day,
    action: c.action,
    late: c.late,
    surchargePercent: c.surchargePercent,
    priceCents,
    surchargeCents: surchargeCents(priceCents, c.surchargePercent),
    billed: c.action === 'add' || c.billed === true,
    pending: c.status === 'pending',
    outcome: outcomes[i] ?? 'already',
  }));
}

/**
 * After « Confirmer »: the reference, what was done per day, and what changed meanwhile. `together` (by SMS, each message
 * paid for): children with the same days on one line (« Léa et Hugo : réservé les 11 et 12 janvier »).
 */
export function confirmationText(t: Wording, locale: string, outcome: Exclude<ConfirmOutcome, { kind: 'changed' }>, together = false): string {
  if (outcome.kind === 'alreadyConfirmed') return t('booking.confirm.already', { reference: outcome.reference });
  const lines = [t('booking.confirm.done', { reference: outcome.reference })];
  const of = (kind: string, action?: string) => outcome.lines.filter((l) => l.outcome === kind && (!action || l.action === action));
  const group = (key: string, list: typeof outcome.lines) => {
    const byDays = new Map<string, string[]>();
    for (const name of new Set(list.map((l) => l.childName))) {
      const days = listDays(locale, list.filter((l) => l.childName === name).map((l) => l.day));
      const at = together ? days : `${name}|${days}`;
      byDays.set(at, [...(byDays.get(at) ?? []), name]);
    }
    for (const [at, names] of byDays) lines.push(t(key, { name: listFormat(locale, AND).format(names), days: together ? at : at.slice(at.indexOf('|') + 1) }));
  };
  group('booking.confirm.added', of('added').filter((l) => !l.pending));
  group('booking.confirm.addedPending', of('added').filter((l) => l.pending));
  group('booking.confirm.waiting', of('waiting'));
  group('booking.confirm.removed', of('removed'));
  group('booking.confirm.alreadyBooked', of('already'));
  group('booking.confirm.notBooked', of('notBooked'));
  const late = outcome.lines.filter((l) => l.outcome === 'added' && l.late).reduce((sum, l) => sum + l.surchargeCents, 0);
  if (late) lines.push(t('booking.confirm.surcharge', { amount: euros(late, locale) }));
  lines.push(t('booking.confirm.mail'));
  return lines.join('\n');
}

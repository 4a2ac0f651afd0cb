/**
 * The agenda where each message is paid for (SMS): one line per activity and state, its days listed by month
 * (« Restauration scolaire : 3, 7, 10, 14 et 17 décembre »), instead of a line per day (five days of two children
 * were five segments). The same facts: the days, the activity, pending or absent.
 */
import type { AgendaEntry } from '../src/domain/reservationTypes';
import { listDays } from '../src/domain/formats';
import type { Translate } from '../src/i18n';

export function agendaShortLines(t: Translate, locale: string, entries: readonly AgendaEntry[]): string[] {
  if (entries.length === 0) return [t('agenda.nothing')];
  const groups = new Map<string, string[]>();
  for (const e of [...entries].sort((a, b) => a.day.localeCompare(b.day))) {
    const notes = [e.status === 'pending' ? t('booking.calendar.pending') : '', e.status === 'waiting' ? t('booking.calendar.waiting') : '', e.absent ? t(e.justified ? 'agenda.absentJustified' : 'agenda.absent') : ''].filter(Boolean);
    const label = `${e.activity.label}${notes.length ? ` (${notes.join(', ')})` : ''}`;
    groups.set(label, [...(groups.get(label) ?? []), e.day]);
  }
  return [...groups.entries()].map(([label, days]) => t('format.labelValue', { label, value: listDays(locale, days) }));
}

/**
 * A practical question that follows another (« et demain ? », « et la cantine ? », « et le 26 ? »): what it takes from the
 * one before (the service, the day, the time) and what it says of its own.
 */
import type { InfoQuery } from './infoQuery';

/**
 * « et le 26 ? » after « le 24 décembre »: a day said without its month is of the month asked before or the one after; with a
 * month of its own, or none asked before, as said. Of the two, never one already past (`today`, YYYY-MM-DD, in Paris), and the
 * nearer to the day asked before: « et le 24 ? » after « le 25 décembre » is Christmas Eve, « et le 2 ? » after « le 24 décembre »
 * is 2 January. Without `today`: the month after for a day before the one asked.
 */
function dateAfter(date: NonNullable<InfoQuery['date']>, before: InfoQuery['date'], today?: string): NonNullable<InfoQuery['date']> {
  if (date.month || !before?.month) return date;
  const [todayYear, todayMonth, todayDay] = (today ?? '').split('-').map(Number);
  const year = before.year ?? (todayYear && todayMonth && before.month < todayMonth ? todayYear + 1 : todayYear);
  let next = date.day < before.day;
  if (today && year) {
    const at = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
    const asked = at(year, before.month, before.day);
    const same = at(year, before.month, date.day);
    const after = before.month === 12 ? at(year + 1, 1, date.day) : at(year, before.month + 1, date.day);
    const past = same < at(todayYear as number, todayMonth as number, todayDay as number);
    next = past || Math.abs(after - asked) < Math.abs(same - asked);
  }
  const month = next ? (before.month % 12) + 1 : before.month;
  const kept = before.year ? before.year + (next && before.month === 12 ? 1 : 0) : undefined;
  return { ...date, month, ...(kept ? { year: kept } : {}) };
}

/**
 * A question that follows another (« et demain ? » after « la régie est ouverte mercredi à 17h ? »):
 * what it does not say is taken from the one before: the service, what is wanted, the day, the time. `today`: the day in
 * Paris (YYYY-MM-DD), to read a day said without its month.
 */
export function followUp(last: InfoQuery, asked: InfoQuery, today?: string): InfoQuery {
  // A whole question of its own (« horaires de Hôtel de Ville » after « et demain ? »): nothing taken from the one before.
  if ((asked.service || asked.other) && asked.wants) return asked;
  const saysDay = Boolean(asked.weekday || asked.when || asked.date || asked.holiday || asked.relative || asked.period);
  // A day or a time after a contact (« et demain ? »): that day's hours; a service alone (« et la cantine ? »): the same as before.
  const saysWhen = saysDay || Boolean(asked.time || asked.part);
  const wants = asked.wants ?? (saysWhen && (last.wants === 'contact' || last.wants === 'address') ? 'hours' : last.wants);
  const from = saysDay ? asked : last;
  const q: InfoQuery = { wants };
  // Another service named (« et la police municipale ? »): that one, never the one before. A day asked after a service
  // the commune does not list (« c'est fermé le 24 ? » after the police's number): the commune's own hours, not that service again.
  const other = asked.service ? undefined : asked.other ?? (saysWhen ? undefined : last.other);
  const service = other ? undefined : asked.service ?? last.service;
  if (service) q.service = service;
  if (other) q.other = other;
  if (from.weekday) q.weekday = from.weekday;
  if (from.which) q.which = from.which;
  // « et samedi ? » after a dated question (« demain », « le 25 ») is the coming Saturday, not every Saturday.
  const lastDated = Boolean(last.which || last.when || last.date || last.holiday || last.time);
  if (from === asked && asked.weekday && !asked.which && !asked.date && lastDated) q.which = 'this';
  if (from.when) q.when = from.when;
  if (from.date) q.date = from === asked && asked.date ? dateAfter(asked.date, last.date, today) : from.date;
  if (from.holiday) q.holiday = from.holiday;
  if (from.period) q.period = from.period;
  // « le lendemain », « le vendredi d'après »: counted from the day of the question before.
  if (asked.relative) {
    q.relative = asked.relative;
    const base = asked.base ?? { ...(last.weekday ? { weekday: last.weekday } : {}), ...(last.which ? { which: last.which } : {}), ...(last.when ? { when: last.when } : {}), ...(last.date ? { date: last.date } : {}), ...(last.holiday ? { holiday: last.holiday } : {}), ...(last.relative ? { relative: last.relative, ...(last.base ? { base: last.base } : {}) } : {}) };
    if (Object.keys(base).length > 0) q.base = base;
  }
  // The time or the part of the day goes on with another day (« et demain ? »), unless the hours of the day are asked,
  // or a whole question is asked again for a day (« ouvert le lundi 7 ? »: that day, not at the time asked before).
  const keeps = !(asked.wants === 'hours' || q.when === 'now' || (asked.wants !== null && saysDay));
  const time = asked.time ?? (asked.part || !keeps ? undefined : last.time);
  if (time) q.time = time;
  const part = asked.part ?? (asked.time || !keeps ? undefined : last.part);
  if (part && !time) q.part = part;
  return q;
}

/** The agents' commands on bookings: list the pending ones, validate or refuse them, count the children booked a day. */
import fs from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import type { CommandContext } from './commands';
import { knownCommune, table } from './tables';

export async function pendingReservations(ctx: CommandContext): Promise<number> {
  const { service, t, out, values } = ctx;
  if (values.commune && !(await knownCommune(ctx, values.commune))) return 1;
  const pending = await service.reservations.listPending(values.commune);
  if (pending.length === 0) {
    out.line(t('admin.reservations.none'));
    return 0;
  }
  table(out, [
    ['id', 'day', 'child', 'activity', 'late'].map((h) => t(`admin.reservations.${h}`)),
    ...pending.map((r) => [String(r.id), r.day, r.childName, r.activityLabel, r.late ? t('admin.reservations.surcharge', { percent: r.surchargePercent }) : '']),
  ]);
  out.line(t('admin.reservations.count', { count: pending.length }));
  return 0;
}

/** --id 12,13 or --all (with --commune): the pending reservations to decide on. */
async function chosenReservations(ctx: CommandContext): Promise<number[] | undefined> {
  const { service, t, out, values } = ctx;
  if (values.all) {
    if (!values.commune) {
      out.error(t('admin.usage.missingOption', { option: '--commune' }));
      return undefined;
    }
    if (!(await knownCommune(ctx, values.commune))) return undefined;
    return (await service.reservations.listPending(values.commune)).map((r) => r.id);
  }
  const ids = (values.id ?? '').split(',').map((s) => s.trim());
  if (ids.length === 0 || ids.some((s) => !/^\d+$/.test(s))) {
    out.error(t('admin.reservations.badIds'));
    return undefined;
  }
  return ids.map(Number);
}

export function decideReservations(status: 'confirmed' | 'refused') {
  return async (ctx: CommandContext): Promise<number> => {
    const { service, t, out, values } = ctx;
    const ids = await chosenReservations(ctx);
    if (!ids) return 1;
    const done = await service.reservations.decide(ids, status, 'agent', values.message?.trim() || null);
    out.line(t(`admin.reservations.${status}`, { count: done.length }));
    const skipped = ids.filter((id) => !done.some((d) => d.id === id));
    if (skipped.length) out.line(t('admin.reservations.notPending', { ids: skipped.join(', ') }));
    return 0;
  };
}

/** « Combien de repas jeudi à l'école du Parc ? »: booked children per school and activity, as a table or a CSV file. */
export async function headcount(ctx: CommandContext): Promise<number> {
  const { service, t, out, values } = ctx;
  const communeId = values.commune ?? '';
  if (!(await knownCommune(ctx, communeId))) return 1;
  const day = values.day ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || new Date(`${day}T12:00:00Z`).toISOString().slice(0, 10) !== day) {
    out.error(t('admin.headcount.badDay', { day }));
    return 1;
  }
  const codes = ['morning', 'evening', 'canteen', 'wednesday', 'holidays', 'study'] as const;
  const code = values.activity ? codes.find((c) => c === values.activity) : undefined;
  if (values.activity && !code) {
    out.error(t('admin.headcount.badActivity', { activity: values.activity, codes: codes.join(', ') }));
    return 1;
  }
  // « ecole du parc » counts the children of « École du Parc »: case and accents aside.
  const rows = await service.reservations.headcount(communeId, day, code, values.school);
  const noSchool = t('admin.headcount.noSchool');
  const header = ['school', 'activity', 'count'].map((h) => t(`admin.headcount.${h}`));
  const body = rows.map((r) => [r.school ?? noSchool, r.activity.label, String(r.count)]);
  if (values.csv) {
    fs.writeFileSync(values.csv, stringify([header, ...body], { delimiter: ';', bom: true }));
    out.line(t('admin.headcount.written', { file: values.csv, count: rows.length }));
    return 0;
  }
  out.line(t('admin.headcount.title', { day }));
  if (rows.length === 0) out.line(t('admin.headcount.none'));
  else table(out, [header, ...body]);
  out.line(t('admin.headcount.total', { count: rows.reduce((sum, r) => sum + r.count, 0) }));
  return 0;
}

/**
 * What a month's invoicing would make, household by household, before anything is stored: the
 * monthly run (src/domain/invoicing.ts runMonth) stores these drafts, the back office's preview
 * shows them. One place for the rules, so the preview is what the run does:
 * per child and activity, the days billed at the household's bracket, a surcharge line per late
 * percentage (not for a justified day), and a deduction line for the days of a justified absence.
 * A household whose total is not above zero gets no invoice.
 */
import { daysOfMonth, surchargeCents } from './activityCalendar';
import { bracketFor } from './familyFile';
import type { Activity, Child, Household, InvoiceLine } from './types';
import type { ActivityRepository, BillableDay, HouseholdRepository, InvoiceRepository, NewInvoice } from './ports';
import { addDays } from './parisTime';

/** Invoice wording, from the locales (the same shape as invoicing.ts's). */
type Wording = (key: string, params?: Record<string, string | number>) => string;

/** Households invoiced per transaction in a monthly run. */
export const RUN_SLICE = 1000;

export interface DraftDeps {
  invoices: Pick<InvoiceRepository, 'billableDays'>;
  households: Pick<HouseholdRepository, 'idsOf' | 'getMany' | 'childrenOf'>;
  activities: Pick<ActivityRepository, 'listByCommune'>;
  wording: Wording;
}

export interface DraftSlice {
  drafts: NewInvoice[];
  households: Map<number, Household>;
}

/** The month's first and last days. */
export function monthBounds(month: string): [string, string] {
  const days = daysOfMonth(month);
  return [days[0] as string, days.at(-1) as string];
}

/**
 * The drafts of a commune's month, a slice of households at a time (each slice's days, families and
 * children read in a few queries), so 100 000 families fit in little memory.
 */
export async function* monthDrafts(deps: DraftDeps, communeId: string, month: string, label: string, issuedOn: string, dueDays: number): AsyncGenerator<DraftSlice> {
  const [first, last] = monthBounds(month);
  const activities = await deps.activities.listByCommune(communeId);
  const activityIds = activities.map((a) => a.id);
  const ids = await deps.households.idsOf(communeId);
  for (let i = 0; i < ids.length; i += RUN_SLICE) {
    const billable = await deps.invoices.billableDays(activityIds, first, last, ids.slice(i, i + RUN_SLICE));
    if (billable.length === 0) continue;
    const byHousehold = new Map<number, BillableDay[]>();
    for (const d of billable) {
      const list = byHousehold.get(d.householdId);
      if (list) list.push(d);
      else byHousehold.set(d.householdId, [d]);
    }
    const billed = [...byHousehold.keys()];
    const households = new Map((await deps.households.getMany(billed)).map((h) => [h.id, h]));
    const childrenOf = new Map<number, Child[]>();
    for (const c of await deps.households.childrenOf(billed)) childrenOf.set(c.householdId, [...(childrenOf.get(c.householdId) ?? []), c]);
    const drafts: NewInvoice[] = [];
    for (const [householdId, list] of byHousehold) {
      const household = households.get(householdId);
      if (!household) continue;
      const lines = linesOf(deps.wording, list, household, childrenOf.get(householdId) ?? [], activities);
      if (lines.reduce((s, l) => s + l.amountCents, 0) <= 0) continue;
      drafts.push({ householdId, label, periodStart: first, periodEnd: last, issuedOn, dueOn: addDays(issuedOn, dueDays), kind: 'monthly', lines });
    }
    yield { drafts, households };
  }
}

/** One line per child × activity, a surcharge line for late days, a deduction for justified absences. */
function linesOf(wording: Wording, list: BillableDay[], household: Household, children: Child[], activities: Activity[]): InvoiceLine[] {
  const lines: InvoiceLine[] = [];
  const groups = new Map<string, BillableDay[]>();
  for (const d of list) groups.set(`${d.childId}:${d.activityId}`, [...(groups.get(`${d.childId}:${d.activityId}`) ?? []), d]);
  for (const group of groups.values()) {
    const { childId, activityId } = group[0] as BillableDay;
    const activity = activities.find((a) => a.id === activityId);
    const child = children.find((c) => c.id === childId);
    if (!activity || !child) continue;
    const price = bracketFor(activity.tariffs, household.quotientFamilial)?.priceCents ?? 0;
    const name = { child: child.firstName, activity: activity.label };
    lines.push({ childId, activityId, label: wording('invoice.line.days', name), quantity: group.length, unitPriceCents: price, amountCents: group.length * price });
    const late = new Map<number, number>();
    for (const d of group.filter((x) => x.surchargePercent > 0 && !x.justified)) late.set(d.surchargePercent, (late.get(d.surchargePercent) ?? 0) + 1);
    for (const [percent, n] of late) {
      const unit = surchargeCents(price, percent);
      lines.push({ childId, activityId, label: wording('invoice.line.surcharge', { ...name, percent }), quantity: n, unitPriceCents: unit, amountCents: n * unit });
    }
    const justified = group.filter((d) => d.justified).length;
    if (justified > 0) lines.push({ childId, activityId, label: wording('invoice.line.justified', name), quantity: justified, unitPriceCents: -price, amountCents: -justified * price });
  }
  return lines;
}

/**
 * « Mon dossier famille »: the household as the commune knows it — representatives, children
 * with their school, level and enrolments — and the price of each activity for the household's
 * quotient familial (without one, the highest tariff applies, as the communes' rules say).
 */
import type { Activity, Child, Household, Representative, TariffBracket } from './types';

export interface ActivityPrice {
  activity: Activity;
  priceCents: number;
  /** The bracket's lowest quotient familial. */
  fromQf: number;
  /** True when no quotient familial is known: the highest tariff. */
  highest: boolean;
}

export interface FamilyFile {
  household: Household;
  representatives: Representative[];
  children: Array<{ child: Child; activities: Activity[] }>;
  prices: ActivityPrice[];
}

/** The bracket that applies to a quotient familial; without one, the highest tariff. */
export function bracketFor(tariffs: readonly TariffBracket[], qf: number | null): TariffBracket | undefined {
  const sorted = [...tariffs].sort((a, b) => a.fromQf - b.fromQf);
  if (qf === null) return sorted.reduce<TariffBracket | undefined>((max, t) => (!max || t.priceCents > max.priceCents ? t : max), undefined);
  return sorted.filter((t) => t.fromQf <= qf).at(-1) ?? sorted[0];
}

export function buildFamilyFile(
  household: Household,
  representatives: Representative[],
  children: Child[],
  enrolments: Array<{ childId: number; activityId: number }>,
  activities: Activity[],
): FamilyFile {
  const byId = new Map(activities.map((a) => [a.id, a]));
  const enrolled = new Set(enrolments.map((e) => e.activityId));
  const prices = activities
    .filter((a) => enrolled.has(a.id))
    .map((activity): ActivityPrice | undefined => {
      const bracket = bracketFor(activity.tariffs, household.quotientFamilial);
      return bracket ? { activity, priceCents: bracket.priceCents, fromQf: bracket.fromQf, highest: household.quotientFamilial === null } : undefined;
    })
    .filter((p): p is ActivityPrice => p !== undefined);
  return {
    household,
    representatives: [...representatives].sort((a, b) => (a.role === b.role ? 0 : a.role === 'representative' ? -1 : 1)),
    children: children.map((child) => ({
      child,
      activities: enrolments.filter((e) => e.childId === child.id).map((e) => byId.get(e.activityId)).filter((a): a is Activity => a !== undefined),
    })),
    prices,
  };
}

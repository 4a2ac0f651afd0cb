/**
 * « C'est quoi mon tarif ? », « combien je paie la cantine », « mon quotient familial »: the
 * commune's rates as its file sets them, as data. Per activity, the price of a day in each
 * quotient familial bracket (from one quotient to the next bracket's first, the last open-ended)
 * and what a booking after the deadline costs. The quotient familial is set from the household's
 * avis d'imposition, sent to the « Dossier administratif » (the communes' pages, ../shared/seeds);
 * without one, the highest price applies (src/domain/familyFile.ts bracketFor). For a signed-in
 * resident whose account is linked to a family file: their quotient and their bracket's prices.
 */
import { bracketFor } from './familyFile';
import type { Activity, Household } from './types';

export interface TariffBand {
  fromQf: number;
  /** Highest quotient of the band (inclusive); absent on the last, open-ended one. */
  toQf?: number;
  priceCents: number;
}

export interface ActivityTariff {
  activity: Activity;
  bands: TariffBand[];
  /** After the deadline: a surcharge of this percentage, or refused (undefined). */
  latePercent?: number;
}

export interface FamilyTariff {
  /** null: no avis d'imposition known, the highest prices. */
  quotientFamilial: number | null;
  prices: Array<{ activity: Activity; band: TariffBand }>;
}

/** The bands of one activity, lowest quotient first. */
export function bandsOf(activity: Activity): TariffBand[] {
  const sorted = [...activity.tariffs].sort((a, b) => a.fromQf - b.fromQf);
  return sorted.map((t, i) => {
    const next = sorted[i + 1];
    return next ? { fromQf: t.fromQf, toQf: next.fromQf - 1, priceCents: t.priceCents } : { fromQf: t.fromQf, priceCents: t.priceCents };
  });
}

/** The commune's rates, activity by activity, in the order of its file. */
export function communeTariffs(activities: readonly Activity[]): ActivityTariff[] {
  return activities
    .filter((a) => a.tariffs.length > 0)
    .map((activity) => ({ activity, bands: bandsOf(activity), ...(activity.rules.late.kind === 'surcharge' ? { latePercent: activity.rules.late.percent } : {}) }));
}

/** The household's quotient and, for every activity of the commune, the band it pays. */
export function familyTariff(household: Pick<Household, 'quotientFamilial'>, activities: readonly Activity[]): FamilyTariff {
  const qf = household.quotientFamilial;
  const prices = activities.flatMap((activity) => {
    const bracket = bracketFor(activity.tariffs, qf);
    const band = bracket ? bandsOf(activity).find((b) => b.fromQf === bracket.fromQf) : undefined;
    return band ? [{ activity, band }] : [];
  });
  return { quotientFamilial: qf, prices };
}

/**
 * The commune's rates in words (src/domain/tariffs.ts): the price of a day per quotient familial
 * band for each activity, the late surcharge, how the quotient familial is set and with which paper,
 * and, for a signed-in resident whose account is linked, their quotient and their prices.
 */
import { euros } from '../src/domain/invoicing';
import { numberFormat } from '../src/domain/formats';
import type { ActivityTariff, FamilyTariff, TariffBand } from '../src/domain/tariffs';
import type { Commune, CommuneService } from '../src/domain/types';
import type { Translate } from '../src/i18n';
import type { TariffChildren } from '../src/nlu/tariffChildren';
import { contactLines } from './infoAnswers';

/** Whose prices can be added: the family's, or why not (not signed in, not linked to a family file). */
export type TariffsFor = { kind: 'family'; family: FamilyTariff } | { kind: 'guest' } | { kind: 'notLinked' };

const qfText = (locale: string, qf: number) => numberFormat(locale, { maximumFractionDigits: 0 }).format(qf);

function bandText(t: Translate, locale: string, b: TariffBand): string {
  const price = euros(b.priceCents, locale);
  return b.toQf === undefined ? t('tariffs.bandLast', { from: qfText(locale, b.fromQf), price }) : t('tariffs.band', { from: qfText(locale, b.fromQf), to: qfText(locale, b.toQf), price });
}

/** The activities priced alike, together. */
function alikeGroups(tariffs: readonly ActivityTariff[]): ActivityTariff[][] {
  const alike = new Map<string, ActivityTariff[]>();
  for (const a of tariffs) {
    const key = JSON.stringify(a.bands.map((b) => [b.fromQf, b.toQf ?? null, b.priceCents]));
    alike.set(key, [...(alike.get(key) ?? []), a]);
  }
  return [...alike.values()];
}

/** A line per set of bands: activities priced alike share one (« Maternelle — soir, Élémentaire — soir : … »). */
function activityLines(t: Translate, locale: string, tariffs: readonly ActivityTariff[]): string[] {
  return alikeGroups(tariffs).map((group) =>
    t('tariffs.activity', {
      activity: group.map((a) => a.activity.label).join(t('tariffs.activitiesJoin')),
      bands: (group[0] as ActivityTariff).bands.map((b) => bandText(t, locale, b)).join(t('tariffs.bandsJoin')),
    }),
  );
}

function lateLines(t: Translate, tariffs: readonly ActivityTariff[]): string[] {
  const percents = [...new Set(tariffs.flatMap((a) => (a.latePercent !== undefined ? [a.latePercent] : [])))];
  const lines =
    percents.length === 1
      ? [t('tariffs.late', { percent: percents[0] as number })]
      : tariffs.flatMap((a) => (a.latePercent !== undefined ? [t('tariffs.lateOf', { activity: a.activity.label, percent: a.latePercent })] : []));
  const refused = tariffs.filter((a) => a.latePercent === undefined).map((a) => a.activity.label);
  if (refused.length > 0) lines.push(t('tariffs.lateRefused', { activities: refused.join(', ') }));
  return lines;
}

function familyLines(t: Translate, locale: string, commune: Commune, whose: TariffsFor): string[] {
  if (whose.kind === 'guest') return [t('tariffs.signInForYours')];
  if (whose.kind === 'notLinked') return [t('tariffs.linkForYours', { keyName: commune.familyKeyName })];
  const { quotientFamilial: qf, prices } = whose.family;
  // Activities at the same price said once: « Maternelle — soir, Élémentaire — soir 2,70 € ».
  const alike = new Map<number, string[]>();
  for (const p of prices) alike.set(p.band.priceCents, [...(alike.get(p.band.priceCents) ?? []), p.activity.label]);
  const yours = [...alike].map(([cents, labels]) => t('tariffs.yourPrice', { activity: labels.join(t('tariffs.activitiesJoin')), price: euros(cents, locale) })).join(t('tariffs.bandsJoin'));
  // One price for all the activities said: the price alone, their names are on the line above.
  const [only] = alike.size === 1 ? [...alike.keys()] : [];
  const priced = only !== undefined ? t('tariffs.yourOnePrice', { price: euros(only, locale) }) : t('tariffs.yourPrices', { prices: yours });
  return [qf === null ? t('tariffs.yourNoQf') : t('tariffs.yourQf', { qf: qfText(locale, qf) }), priced];
}

/**
 * « pr 2 enfants »: a day's price is per child, so the day for that many children (the family's price, or each band's when
 * the activities asked are priced alike), and whom to ask about a discount for several children (none in the commune's file).
 */
function childrenLines(t: Translate, locale: string, tariffs: readonly ActivityTariff[], whose: TariffsFor, children: TariffChildren | undefined): string[] {
  if (!children) return [];
  const discount = t('tariffs.childrenDiscount');
  if (children === 'several') return [discount];
  const { count } = children;
  const prices = whose.kind === 'family' ? [...new Set(whose.family.prices.map((p) => p.band.priceCents))] : [];
  const groups = alikeGroups(tariffs);
  const [only] = prices.length === 1 ? prices : [];
  const day =
    only !== undefined
      ? t('tariffs.yourForChildren', { count, total: euros(only * count, locale), price: euros(only, locale) })
      : whose.kind !== 'family' && groups.length === 1
        ? t('tariffs.forChildren', { count, bands: (groups[0]?.[0] as ActivityTariff).bands.map((b) => bandText(t, locale, { ...b, priceCents: b.priceCents * count })).join(t('tariffs.bandsJoin')) })
        : t('tariffs.timesChildren', { count });
  return [day, discount];
}

/**
 * The whole answer: the rates, the late surcharge, the quotient familial, the family's prices, for several children, whom to ask. `short` (by SMS):
 * the rates, the late surcharge and the family's line; the quotient and the régie's contacts on request (« c'est quoi le QF ? »).
 */
export function tariffsText(t: Translate, locale: string, commune: Commune, tariffs: readonly ActivityTariff[], whose: TariffsFor, contact: CommuneService, short = false, children?: TariffChildren): string {
  if (tariffs.length === 0) return [t('tariffs.none', { commune: commune.name }), contactLines(t, commune, contact, short)].join('\n');
  if (short) {
    return [
      t('tariffs.introShort'),
      ...activityLines(t, locale, tariffs),
      ...lateLines(t, tariffs),
      ...familyLines(t, locale, commune, whose),
      ...childrenLines(t, locale, tariffs, whose, children),
      t('tariffs.askMore'),
    ].join('\n');
  }
  return [
    t('tariffs.intro', { commune: commune.name }),
    ...activityLines(t, locale, tariffs),
    ...lateLines(t, tariffs),
    t('tariffs.qfHow', { portal: commune.portalName }),
    ...familyLines(t, locale, commune, whose),
    ...childrenLines(t, locale, tariffs, whose, children),
    t('tariffs.questions'),
    contactLines(t, commune, contact),
  ].join('\n');
}

/**
 * Asked during a booking without naming an activity (« c combien le matin ? »): the family's price of the care being
 * booked, its quotient and the late surcharge, in three short lines.
 */
export function bookedTariffText(t: Translate, locale: string, tariff: ActivityTariff, family: FamilyTariff): string | undefined {
  const price = family.prices.find((p) => p.activity.id === tariff.activity.id);
  if (!price) return undefined;
  const qf = family.quotientFamilial;
  return [
    t('tariffs.bookedPrice', { activity: tariff.activity.label, price: euros(price.band.priceCents, locale) }),
    qf === null ? t('tariffs.yourNoQf') : t('tariffs.yourQf', { qf: qfText(locale, qf) }),
    ...lateLines(t, [tariff]),
  ].join('\n');
}

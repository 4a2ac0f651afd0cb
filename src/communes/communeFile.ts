/**
 * The commune file: one commune's whole configuration (names, portal, services with contacts and
 * hours, which service answers which kind of question, postal codes, SMS numbers, school zone,
 * activities with their booking rules and tariffs), as written by a commune's agent in YAML or
 * JSON and read by `npm run admin -- commune import FILE`. This file is its schema (zod) and the
 * checks across fields; README « Commune files » shows a commented example.
 *
 * Hours are written « 08:30-12:00 » (or « 8h30-12h »); prices in euros; tariff brackets by quotient
 * familial, from 0 upwards without gap nor overlap. Exceptional closures name their services, a
 * first day, an optional last day and a label. The Paybox merchant numbers (site, rang,
 * identifiant) name the environment variable that holds their HMAC key: the key itself is a
 * secret and never goes in this file (src/domain/communeTypes.ts CommuneMerchant). Unknown keys
 * are errors, so a typo is never silently ignored.
 */
import { z } from 'zod';
import { MERCHANT_KEY_ENV } from '../domain/communeTypes';

export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const SERVICE_CODES = ['mairie', 'regie', 'guichet_unique', 'etat_civil', 'scolaire', 'periscolaire', 'inscriptions', 'sej'] as const;
export const TOPICS = ['general', 'booking', 'invoices', 'requests', 'familyKey', 'account'] as const;
export const ACTIVITY_CODES = ['morning', 'evening', 'canteen', 'wednesday', 'holidays', 'study'] as const;

/** « 08:30-12:00 », « 8h30-12h », « 8h-12h »: one opening period. */
const PERIOD = /^(\d{1,2})(?::|h)(\d{2})?\s*-\s*(\d{1,2})(?::|h)(\d{2})?$/;

/** One period as two 'HH:MM', or undefined when it is not a period of one day (« 8h-25h », « 12h-8h »). */
export function readPeriod(text: string): [string, string] | undefined {
  const m = PERIOD.exec(text.trim());
  if (!m) return undefined;
  const [from, to] = [[m[1], m[2]], [m[3], m[4]]].map(([h, min]) => [Number(h), Number(min ?? '0')] as const);
  if (!from || !to || from[0] > 23 || to[0] > 24 || from[1] > 59 || to[1] > 59 || (to[0] === 24 && to[1] > 0)) return undefined;
  const pad = ([h, min]: readonly [number, number]) => `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
  return pad(from) < pad(to) ? [pad(from), pad(to)] : undefined;
}

const custom = (ctx: z.RefinementCtx, code: string, path: Array<string | number>, params: Record<string, unknown> = {}) =>
  ctx.addIssue({ code: 'custom', message: code, path, params: { ...params, problem: code } });

const period = z.string().superRefine((v, ctx) => {
  if (!readPeriod(v)) custom(ctx, 'badHours', [], { value: v });
});

const hours = z.strictObject(Object.fromEntries(WEEKDAY_KEYS.map((d) => [d, z.array(period).optional()])) as Record<(typeof WEEKDAY_KEYS)[number], z.ZodOptional<z.ZodArray<typeof period>>>);

const service = z.strictObject({
  code: z.enum(SERVICE_CODES),
  name: z.string().min(1),
  phone: z.string().regex(/^\+?[\d .]{6,20}$/).optional(),
  email: z.email().optional(),
  address: z.string().min(1).optional(),
  /** Absent: the hours are not known (the bot then sends residents to the portal or the phone). */
  hours: hours.optional(),
  /** false when the service opens on public holidays too; closed on them by default. */
  closedOnPublicHolidays: z.boolean().optional(),
});

const tariff = z.strictObject({
  fromQf: z.number().int().min(0),
  /** Highest quotient familial of the bracket (inclusive); absent on the last bracket. */
  toQf: z.number().int().min(0).optional(),
  /** Price of a day, in euros (« 4.52 »). */
  price: z.number().min(0).refine((p) => Math.abs(p * 100 - Math.round(p * 100)) < 1e-6, { params: { problem: 'cents' } }),
});

const activity = z.strictObject({
  code: z.enum(ACTIVITY_CODES),
  level: z.enum(['all', 'maternelle', 'elementaire']).default('all'),
  label: z.string().min(1),
  runsOn: z.enum(['schoolDays', 'wednesdays', 'holidays']),
  weekdays: z.array(z.enum(WEEKDAY_KEYS)).optional(),
  /** Booking deadline: days before the day, or weeks before a holiday session's first day (one of the two). */
  deadlineDaysBefore: z.number().int().min(0).max(365).optional(),
  deadlineWeeksBeforeSession: z.number().int().min(0).max(52).optional(),
  /** After the deadline: accepted with a surcharge (surchargePercent), or refused. */
  late: z.enum(['surcharge', 'refuse']),
  surchargePercent: z.number().int().min(0).max(200).optional(),
  /** Back-to-school bookings stay open until this day of September (MM-DD). */
  backToSchoolUntil: z.string().regex(/^09-(0[1-9]|[12]\d|30)$/).optional(),
  /** Which bookings wait for an agent: none, late ones, or all. */
  review: z.enum(['none', 'late', 'all']).default('none'),
  /** Places per day; beyond them, bookings go on the waiting list. Absent: no limit. */
  capacity: z.number().int().min(1).optional(),
  tariffs: z.array(tariff).min(1),
});

const day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
const lines = z.array(z.string().min(1)).optional();

/** « fermeture exceptionnelle » on one day, or « pont de l'Ascension » from one day to another (inclusive). */
const closure = z.strictObject({
  services: z.array(z.enum(SERVICE_CODES)).min(1),
  from: day,
  to: day.optional(),
  label: z.string().min(1).max(120),
});

/** Digits written as a number in YAML (site: 1999888) are read as text. */
const digits = (pattern: RegExp) => z.preprocess((v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v), z.string().regex(pattern));


/** The commune's own Paybox merchant numbers (the bot's global ones when absent). */
const paybox = z.strictObject({
  site: digits(/^\d{7}$/),
  rang: digits(/^\d{1,3}$/),
  identifiant: digits(/^\d{1,9}$/),
  hmacKeyEnv: z.string().regex(MERCHANT_KEY_ENV),
});

/** What the commune's published pages need (accessibility, privacy, terms); absent facts are said to be absent. */
const publication = z.strictObject({
  controller: z.string().min(1).optional(),
  publisher: z.string().min(1).optional(),
  host: z.string().min(1).optional(),
  dpo: z.strictObject({ name: z.string().min(1).optional(), email: z.email().optional(), postalAddress: z.string().min(1).optional(), url: z.url({ protocol: /^https$/ }).optional() }).optional(),
  accessibility: z
    .strictObject({
      status: z.enum(['total', 'partial', 'none']).optional(),
      auditDate: day.optional(),
      auditor: z.string().min(1).optional(),
      rate: z.number().min(0).max(100).optional(),
      nonCompliant: lines,
      derogations: lines,
      exempt: lines,
      declaredOn: day.optional(),
      contactEmail: z.email().optional(),
      contactUrl: z.url({ protocol: /^https$/ }).optional(),
    })
    .optional(),
});

export const communeFileSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    name: z.string().min(1),
    portalName: z.string().min(1),
    portalUrl: z.url({ protocol: /^https?$/ }),
    familyKeyName: z.string().min(1),
    schoolZone: z.string().min(1),
    requestPrefix: z.string().regex(/^[A-Z]{2,5}$/),
    accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional(),
    postalCodes: z.array(z.string().regex(/^\d{5}$/)).default([]),
    smsNumbers: z.array(z.string().regex(/^\+\d{8,15}$/)).default([]),
    topics: z.strictObject(Object.fromEntries(TOPICS.map((t) => [t, z.enum(SERVICE_CODES).optional()])) as Record<(typeof TOPICS)[number], z.ZodOptional<z.ZodEnum<{ [K in (typeof SERVICE_CODES)[number]]: K }>>>),
    services: z.array(service).min(1),
    closures: z.array(closure).default([]),
    activities: z.array(activity).default([]),
    publication: publication.optional(),
    paybox: paybox.optional(),
  })
  .superRefine(crossChecks);

export type CommuneFile = z.output<typeof communeFileSchema>;
export type ActivityEntry = CommuneFile['activities'][number];

/** What one field alone cannot say: duplicates, tariff brackets, deadlines, topics naming a service, an audit claimed without its date. */
function crossChecks(file: z.output<z.ZodObject>, ctx: z.RefinementCtx): void {
  const f = file as unknown as CommuneFile;
  const a11y = f.publication?.accessibility;
  // « totalement » or « partiellement conforme » is the result of an audit: its date is part of the declaration.
  if (a11y && a11y.status && a11y.status !== 'none' && !a11y.auditDate) custom(ctx, 'auditDateMissing', ['publication', 'accessibility', 'auditDate']);
  const codes = new Set<string>();
  f.services.forEach((s, i) => {
    if (codes.has(s.code)) custom(ctx, 'duplicateService', ['services', i, 'code'], { code: s.code });
    codes.add(s.code);
  });
  for (const topic of TOPICS) {
    const code = f.topics[topic];
    if (code && !codes.has(code)) custom(ctx, 'unknownService', ['topics', topic], { code });
  }
  f.closures.forEach((c, i) => {
    c.services.forEach((code, j) => {
      if (!codes.has(code)) custom(ctx, 'unknownService', ['closures', i, 'services', j], { code });
    });
    if (c.to !== undefined && c.to < c.from) custom(ctx, 'closureReversed', ['closures', i, 'to'], { from: c.from, to: c.to });
  });
  const seen = new Set<string>();
  f.activities.forEach((a, i) => {
    const at = (...rest: Array<string | number>) => ['activities', i, ...rest];
    const key = `${a.code}/${a.level}`;
    const clash = seen.has(key) || (a.level === 'all' ? [...seen].some((k) => k.startsWith(`${a.code}/`)) : seen.has(`${a.code}/all`));
    if (clash) custom(ctx, 'duplicateActivity', at('code'), { code: a.code, level: a.level });
    seen.add(key);
    const deadlines = [a.deadlineDaysBefore, a.deadlineWeeksBeforeSession].filter((d) => d !== undefined).length;
    if (deadlines !== 1) custom(ctx, 'oneDeadline', at(deadlines === 0 ? 'deadlineDaysBefore' : 'deadlineWeeksBeforeSession'));
    if (a.late === 'surcharge' && a.surchargePercent === undefined) custom(ctx, 'surchargeMissing', at('surchargePercent'));
    if (a.late === 'refuse' && a.surchargePercent !== undefined) custom(ctx, 'surchargeWithRefuse', at('surchargePercent'));
    checkTariffs(a.tariffs, ctx, at('tariffs'));
  });
}

/** Brackets from 0 upwards: each starts right after the previous one ends (no overlap, no gap). */
function checkTariffs(tariffs: ActivityEntry['tariffs'], ctx: z.RefinementCtx, at: Array<string | number>): void {
  tariffs.forEach((t, i) => {
    if (t.toQf !== undefined && t.toQf < t.fromQf) custom(ctx, 'bracketReversed', [...at, i, 'toQf'], { from: t.fromQf, to: t.toQf });
    const previous = tariffs[i - 1];
    if (!previous) {
      if (t.fromQf !== 0) custom(ctx, 'bracketFromZero', [...at, i, 'fromQf']);
      return;
    }
    const end = previous.toQf;
    if (end === undefined) custom(ctx, 'bracketOpenEnded', [...at, i - 1, 'toQf']);
    else if (t.fromQf <= end) custom(ctx, 'bracketOverlap', [...at, i, 'fromQf'], { from: t.fromQf, previous: end, next: end + 1 });
    else if (t.fromQf > end + 1) custom(ctx, 'bracketGap', [...at, i, 'fromQf'], { from: end + 1, to: t.fromQf - 1 });
  });
  const last = tariffs[tariffs.length - 1];
  if (last?.toQf !== undefined) custom(ctx, 'bracketLastClosed', [...at, tariffs.length - 1, 'toQf']);
}

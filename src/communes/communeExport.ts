/**
 * A commune as its file (`npm run admin -- commune export ID [FILE]`): the same format the import
 * reads, in a fixed order, so that export → import → export gives the same text.
 */
import { Document, isScalar, visit } from 'yaml';
import type { Activity, Commune, DayHours, WeeklyHours } from '../domain/types';
import { TOPICS, WEEKDAY_KEYS } from './communeFile';

type Plain = Record<string, unknown>;

const defined = (o: Plain): Plain => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

function hoursOf(hours: WeeklyHours | undefined): Plain | undefined {
  if (!hours) return undefined;
  const out: Plain = {};
  for (const day of WEEKDAY_KEYS) {
    const periods: DayHours | undefined = hours[day];
    if (periods) out[day] = periods.map(([from, to]) => `${from}-${to}`);
  }
  return out;
}

function activityOf(a: Omit<Activity, 'id' | 'communeId'>): Plain {
  const r = a.rules;
  const brackets = [...a.tariffs].sort((x, y) => x.fromQf - y.fromQf);
  return defined({
    code: a.code,
    level: a.level,
    label: a.label,
    runsOn: r.runsOn,
    weekdays: r.weekdays,
    deadlineDaysBefore: r.deadline.kind === 'daysBefore' ? r.deadline.days : undefined,
    deadlineWeeksBeforeSession: r.deadline.kind === 'weeksBeforeSession' ? r.deadline.weeks : undefined,
    late: r.late.kind,
    surchargePercent: r.late.kind === 'surcharge' ? r.late.percent : undefined,
    backToSchoolUntil: r.backToSchoolUntil,
    review: r.review ?? 'none',
    capacity: r.capacity,
    tariffs: brackets.map((t, i) => {
      const next = brackets[i + 1];
      return defined({ fromQf: t.fromQf, toQf: next ? next.fromQf - 1 : undefined, price: t.priceCents / 100 });
    }),
  });
}

/** The services' closures as the file writes them: one entry per closure, listing the services it closes, in the services' order. */
function closuresOf(commune: Commune): Plain[] {
  const found = new Map<string, { services: string[]; from: string; to: string; label: string }>();
  for (const s of commune.services) {
    for (const c of s.closures ?? []) {
      const key = JSON.stringify([c.from, c.to, c.label]);
      const entry = found.get(key);
      if (entry) entry.services.push(s.code);
      else found.set(key, { services: [s.code], ...c });
    }
  }
  return [...found.values()].map((c) => defined({ services: c.services, from: c.from, to: c.to === c.from ? undefined : c.to, label: c.label }));
}

/** The plain object of a commune file (the shape communeFileSchema reads). */
export function communeFileOf(commune: Commune, activities: ReadonlyArray<Omit<Activity, 'id' | 'communeId'>>): Plain {
  return defined({
    id: commune.id,
    name: commune.name,
    portalName: commune.portalName,
    portalUrl: commune.portalUrl,
    familyKeyName: commune.familyKeyName,
    schoolZone: commune.schoolZone,
    requestPrefix: commune.requestPrefix,
    accentColor: commune.accentColor,
    postalCodes: commune.postalCodes ?? [],
    smsNumbers: commune.smsNumbers ?? [],
    topics: defined(Object.fromEntries(TOPICS.map((t) => [t, commune.topics[t]]))),
    services: commune.services.map((s) =>
      defined({
        code: s.code,
        name: s.name,
        phone: s.phone,
        email: s.email,
        address: s.address,
        hours: hoursOf(s.hours),
        closedOnPublicHolidays: s.closedOnPublicHolidays,
      }),
    ),
    closures: closuresOf(commune),
    activities: activities.map(activityOf),
    publication: commune.publication,
    paybox: commune.paybox ? { site: commune.paybox.site, rang: commune.paybox.rang, identifiant: commune.paybox.identifiant, hmacKeyEnv: commune.paybox.hmacKeyEnv } : undefined,
  });
}

/** The file's text: YAML (the default) or JSON (a FILE ending in .json). */
export function communeFileText(commune: Commune, activities: ReadonlyArray<Omit<Activity, 'id' | 'communeId'>>, format: 'yaml' | 'json' = 'yaml'): string {
  const file = communeFileOf(commune, activities);
  if (format === 'json') return `${JSON.stringify(file, null, 2)}\n`;
  const doc = new Document(file);
  // Short lists of words (hours, weekdays, postal codes) and tariff brackets on one line each.
  visit(doc, {
    Seq: (_, node) => {
      if (node.items.every((i) => isScalar(i))) node.flow = true;
    },
    Map: (_, node) => {
      if (node.items.some((p) => isScalar(p.key) && p.key.value === 'fromQf')) node.flow = true;
      // The merchant numbers stay text (« rang: "01" » is not the number 1).
      for (const p of node.items) if (isScalar(p.key) && ['site', 'rang', 'identifiant'].includes(String(p.key.value)) && isScalar(p.value)) p.value.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

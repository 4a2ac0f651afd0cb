/**
 * Reads a commune file (YAML, or JSON: the `yaml` package parses both) into the domain's commune
 * and activities, or into every problem found, each with its path (« activities[2].tariffs[1].fromQf »),
 * its line and a code the locales word (admin.communeFile.error.*). Nothing is written here.
 */
import type { Document, LineCounter } from 'yaml';
import type { z } from 'zod';
import type { CommuneConfig } from '../domain/ports';
import type { ActivityRules, Commune, CommuneService, DayHours, TopicMap, WeeklyHours } from '../domain/types';
import { communeFileSchema, readPeriod, WEEKDAY_KEYS, type ActivityEntry, type CommuneFile } from './communeFile';
import { lazy } from '../lazy';

// Loaded at the first file read (the demo data on a new database, an import): not at every start.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = lazy(() => require('yaml') as typeof import('yaml'));

export interface FileProblem {
  /** Where, as « services[0].hours.mon[1] »; '' for the whole file. */
  path: string;
  line: number;
  /** A key of admin.communeFile.error.* */
  code: string;
  params: Record<string, unknown>;
}


export type ReadOutcome = { ok: true; config: CommuneConfig } | { ok: false; problems: FileProblem[] };

type Segment = string | number;
export const pathText = (path: readonly Segment[]): string =>
  path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');

/** The line of a path in the document: the key's line when the key is there, else its parent's. */
function lineOf(doc: Document, counter: LineCounter, path: readonly Segment[], key?: string): number {
  const { isMap, isNode, isScalar } = yaml();
  for (let n = path.length; n >= 0; n--) {
    const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (!isNode(node) || !node.range) continue;
    if (n === path.length && key !== undefined && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (range) return counter.linePos(range[0]).line;
    }
    return counter.linePos(node.range[0]).line;
  }
  return 1;
}

type SchemaDef = { type: string; shape?: Record<string, unknown>; element?: unknown; innerType?: unknown; in?: unknown };
const defOf = (schema: unknown): SchemaDef => (schema as { _zod: { def: SchemaDef } })._zod.def;
/** The schema under its optional, default and pipe wrappers. */
function unwrap(schema: unknown): unknown {
  let d = defOf(schema);
  while (d.innerType !== undefined || d.in !== undefined) {
    schema = d.innerType ?? d.in;
    d = defOf(schema);
  }
  return schema;
}

/** The keys the file may have at this path (« topics » → general, booking…), for an unknown key's message. */
export function keysAt(path: readonly Segment[]): string[] {
  let schema: unknown = communeFileSchema;
  for (const segment of path) {
    const d = defOf(unwrap(schema));
    schema = typeof segment === 'number' ? (d.type === 'array' ? d.element : undefined) : d.type === 'object' ? d.shape?.[segment] : undefined;
    if (schema === undefined) return [];
  }
  const d = defOf(unwrap(schema));
  return d.type === 'object' ? Object.keys(d.shape ?? {}) : [];
}

/** A zod issue as one or more problems in the locales' words. */
function problemsOf(issue: z.core.$ZodIssue, doc: Document, counter: LineCounter): FileProblem[] {
  const path = issue.path.filter((p): p is Segment => typeof p !== 'symbol');
  const at = (code: string, params: Record<string, unknown> = {}, key?: string): FileProblem => ({
    path: pathText(key === undefined ? path : [...path, key]),
    line: lineOf(doc, counter, path, key),
    code,
    params,
  });
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => at('unknownKey', { key, keys: keysAt(path).join(', ') }, key));
    case 'invalid_type':
      return [doc.hasIn(path) ? at('wrongType', { expected: issue.expected }) : at('missing')];
    case 'invalid_value':
      return [at('notOneOf', { values: issue.values.map(String).join(', ') })];
    case 'too_small':
      return [at(issue.origin === 'array' ? 'tooFew' : issue.origin === 'string' ? 'missing' : 'tooSmall', { min: String(issue.minimum) })];
    case 'too_big':
      return [at('tooBig', { max: String(issue.maximum) })];
    case 'invalid_format':
      return [at('badFormat', { value: typeof issue.input === 'string' ? issue.input : '' })];
    case 'custom': {
      const { problem, ...params } = (issue.params ?? {}) as Record<string, unknown>;
      return [at(typeof problem === 'string' ? problem : 'invalid', params)];
    }
    default:
      return [at('invalid')];
  }
}

/** Parses and checks a commune file; `zones` are the school zones that have a calendar. */
export function readCommuneFile(text: string, zones: readonly string[]): ReadOutcome {
  const { LineCounter, parseDocument } = yaml();
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return { ok: false, problems: doc.errors.map((e) => ({ path: '', line: counter.linePos(e.pos[0]).line, code: 'syntax', params: { detail: e.code } })) };
  }
  const parsed = communeFileSchema.safeParse(doc.toJS());
  const problems = parsed.success ? [] : parsed.error.issues.flatMap((i) => problemsOf(i, doc, counter));
  const zone = (doc.toJS() as { schoolZone?: unknown } | null)?.schoolZone;
  if (typeof zone === 'string' && !zones.includes(zone)) {
    problems.push({ path: 'schoolZone', line: lineOf(doc, counter, ['schoolZone']), code: 'unknownZone', params: { zone, zones: zones.join(', ') } });
  }
  if (!parsed.success || problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  return { ok: true, config: toConfig(parsed.data) };
}

function toHours(hours: Partial<Record<(typeof WEEKDAY_KEYS)[number], string[]>>): WeeklyHours {
  const week: WeeklyHours = {};
  for (const day of WEEKDAY_KEYS) {
    const periods = hours[day];
    if (periods) week[day] = periods.map((p) => readPeriod(p)!) as DayHours;
  }
  return week;
}

function toRules(a: ActivityEntry): ActivityRules {
  return {
    runsOn: a.runsOn,
    ...(a.weekdays ? { weekdays: a.weekdays } : {}),
    deadline: a.deadlineDaysBefore !== undefined ? { kind: 'daysBefore', days: a.deadlineDaysBefore } : { kind: 'weeksBeforeSession', weeks: a.deadlineWeeksBeforeSession ?? 0 },
    late: a.late === 'surcharge' ? { kind: 'surcharge', percent: a.surchargePercent ?? 0 } : { kind: 'refuse' },
    ...(a.backToSchoolUntil ? { backToSchoolUntil: a.backToSchoolUntil } : {}),
    ...(a.capacity !== undefined ? { capacity: a.capacity } : {}),
    review: a.review,
  };
}

/** The checked file as the domain's commune and activities (what the database holds). */
export function toConfig(f: CommuneFile): CommuneConfig {
  const closuresOf = (code: string) => f.closures.filter((c) => c.services.includes(code as CommuneFile['services'][number]['code'])).map((c) => ({ from: c.from, to: c.to ?? c.from, label: c.label }));
  const services: CommuneService[] = f.services.map((s) => ({
    code: s.code,
    name: s.name,
    ...(s.phone ? { phone: s.phone } : {}),
    ...(s.email ? { email: s.email } : {}),
    ...(s.address ? { address: s.address } : {}),
    ...(s.hours ? { hours: toHours(s.hours) } : {}),
    ...(s.closedOnPublicHolidays !== undefined ? { closedOnPublicHolidays: s.closedOnPublicHolidays } : {}),
    ...(closuresOf(s.code).length ? { closures: closuresOf(s.code) } : {}),
  }));
  const topics: TopicMap = Object.fromEntries(Object.entries(f.topics).filter(([, v]) => v !== undefined));
  const commune: Commune = {
    id: f.id,
    name: f.name,
    portalName: f.portalName,
    portalUrl: f.portalUrl,
    familyKeyName: f.familyKeyName,
    schoolZone: f.schoolZone,
    requestPrefix: f.requestPrefix,
    postalCodes: f.postalCodes,
    smsNumbers: f.smsNumbers,
    services,
    topics,
    ...(f.accentColor ? { accentColor: f.accentColor } : {}),
    ...(f.publication ? { publication: f.publication } : {}),
    ...(f.paybox ? { paybox: f.paybox } : {}),
  };
  const activities = f.activities.map((a) => ({
    code: a.code,
    level: a.level,
    label: a.label,
    rules: toRules(a),
    tariffs: a.tariffs.map((t) => ({ fromQf: t.fromQf, priceCents: Math.round(t.price * 100) })),
  }));
  return { commune, activities };
}

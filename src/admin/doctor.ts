/**
 * `npm run admin -- doctor`: what a commune's configuration lacks before residents notice. Errors
 * (exit code 1): a commune whose school zone has no calendar; a commune with its own Paybox
 * merchant whose HMAC key's variable is not set (outside the sandbox: its payments would fail). Warnings (exit code 0, each listed):
 * a calendar that ends within six months or still holds unconfirmed dates ahead, a kind of question
 * whose service has neither phone nor e-mail, a service without opening hours, no enabled
 * administrator (nobody to run the back office), no family file (nothing for residents to link).
 */
import { addDays, parisDay } from '../domain/parisTime';
import type { Commune, Topic } from '../domain/types';
import { calendarEnd, ReferenceCalendars, type ZoneCalendarFile } from '../reference/schoolCalendars';
import type { CommandContext } from './commands';

export interface Finding {
  level: 'error' | 'warning';
  /** A key of admin.doctor.* */
  code: string;
  params: Record<string, unknown>;
}

const TOPICS: Topic[] = ['general', 'booking', 'invoices', 'requests', 'familyKey', 'account'];
const SIX_MONTHS_DAYS = 183;

/** What is wrong or missing in one commune's configuration, on `today`; `merchantKeys`: the communes' HMAC keys set (absent: the sandbox, which needs none). */
export function examineCommune(commune: Commune, calendar: ZoneCalendarFile | undefined, today: string, merchantKeys?: Readonly<Record<string, string>>): Finding[] {
  const out: Finding[] = [];
  const of = { commune: commune.name, id: commune.id };
  const variable = commune.paybox?.hmacKeyEnv;
  if (variable && merchantKeys && !merchantKeys[variable]) out.push({ level: 'error', code: 'merchantKeyMissing', params: { ...of, variable } });
  if (!calendar || calendar.years.length === 0) {
    out.push({ level: 'error', code: 'noCalendar', params: { ...of, zone: commune.schoolZone } });
  } else {
    const end = calendarEnd(calendar) ?? today;
    if (end <= addDays(today, SIX_MONTHS_DAYS)) out.push({ level: 'warning', code: 'calendarEnds', params: { ...of, zone: commune.schoolZone, end } });
    const unsure = calendar.years.flatMap((y) => y.holidays.filter((h) => (h.unconfirmed || y.unconfirmed) && h.resume > today).map((h) => `${h.name} ${y.schoolYear}`));
    if (unsure.length) out.push({ level: 'warning', code: 'unconfirmed', params: { ...of, zone: commune.schoolZone, count: unsure.length, list: unsure.join(', ') } });
  }
  for (const topic of TOPICS) {
    const code = commune.topics[topic] ?? commune.topics.general;
    const service = commune.services.find((s) => s.code === code) ?? commune.services[0];
    if (!service) out.push({ level: 'error', code: 'noService', params: { ...of, topic } });
    else if (!service.phone && !service.email) out.push({ level: 'warning', code: 'noContact', params: { ...of, topic, service: service.name } });
  }
  for (const s of commune.services) if (!s.hours) out.push({ level: 'warning', code: 'noHours', params: { ...of, service: s.name } });
  return out;
}

/** What a commune set up from its file still lacks to serve: an administrator for the back office, family files to link. */
async function examineSetUp(ctx: CommandContext, commune: Commune): Promise<Finding[]> {
  const of = { commune: commune.name, id: commune.id };
  const agents = await ctx.service.agentTeam.list(commune.id);
  const households = await ctx.service.deps.repos.households.idsOf(commune.id);
  return [
    ...(agents.some((a) => !a.disabledAt && a.roles.includes('administration')) ? [] : [{ level: 'warning' as const, code: 'noAdministrator', params: of }]),
    ...(households.length ? [] : [{ level: 'warning' as const, code: 'noFamilies', params: of }]),
  ];
}

export async function doctorCommand(ctx: CommandContext): Promise<number> {
  const { service, t, out } = ctx;
  const calendars = ctx.core?.schoolCalendars ?? new ReferenceCalendars(ctx.config.schoolCalendarDir, Date.now, ctx.config.shippedCalendarDir);
  const today = parisDay(service.clock.now());
  const communes = await service.listCommunes();
  const keys = ctx.config.payment.mode === 'sandbox' ? undefined : ctx.config.payment.merchantKeys;
  const findings: Finding[] = [];
  for (const c of communes) findings.push(...examineCommune(c, calendars.file(c.schoolZone), today, keys), ...(await examineSetUp(ctx, c)));
  for (const f of findings) (f.level === 'error' ? out.error : out.line)(t(`admin.doctor.${f.level}`, { message: t(`admin.doctor.${f.code}`, f.params) }));
  const errors = findings.filter((f) => f.level === 'error').length;
  out.line(t('admin.doctor.summary', { communes: communes.length, errors, warnings: findings.length - errors }));
  return errors > 0 ? 1 : 0;
}

/**
 * The day's head-count for the kitchens (right `headcount`: périscolaire, administration):
 * - GET /agents/effectifs?jour=&activite=&ecole=   per school and activity, printable;
 * - GET /agents/effectifs.csv?…                    the same as a CSV file (« ; », UTF-8 with BOM, for a spreadsheet).
 * The school is matched case, accents and hyphens aside (« ecole du parc » finds « École du Parc »),
 * as `admin headcount --school` does. Each CSV export is audited.
 */
import type restify from 'restify';
import type { Activity, ActivityCode } from '../domain/types';
import { dateFormat } from '../domain/formats';
import { parisDay } from '../domain/parisTime';
import { agentPage, alertBlock, escapeHtml, htmlTable, sendAgentHtml } from './agentHtml';
import { agentRoute, type AgentContext, type AgentPagesDeps } from './agentGuard';
import { lazy } from '../lazy';

// The CSV writer: only the export of headcounts uses it, not every start.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const csvWriter = lazy(() => require('csv-stringify/sync') as typeof import('csv-stringify/sync'));

const query = (req: restify.Request, name: string): string => {
  const v = new URL(req.url ?? '/', 'http://x').searchParams.get(name);
  return (v ?? '').trim().slice(0, 100);
};

const longDay = dateFormat('fr', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

const validDay = (day: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(day) && new Date(`${day}T12:00:00Z`).toISOString().slice(0, 10) === day;

/** The head-count's question from the query: day (today by default), activity, school. */
function asked(req: restify.Request, today: string, activities: Activity[]) {
  const day = query(req, 'jour') || today;
  const code = query(req, 'activite');
  const activity = activities.find((a) => a.code === code);
  return { day, code: activity?.code as ActivityCode | undefined, school: query(req, 'ecole'), bad: !validDay(day) ? 'day' : code && !activity ? 'activity' : undefined };
}

export function registerHeadcountPages(server: restify.Server, deps: AgentPagesDeps): void {
  const { service } = deps;

  async function count(req: restify.Request, ctx: AgentContext) {
    const activities = await service.listActivities(ctx.agent.communeId);
    const q = asked(req, parisDay(service.clock.now()), activities);
    const rows = q.bad ? [] : await service.reservations.headcount(ctx.agent.communeId, q.day, q.code, q.school || undefined);
    return { activities, q, rows };
  }

  server.get('/agents/effectifs', agentRoute(deps, 'headcount', async (req, res, ctx) => {
    const { t } = ctx;
    const { activities, q, rows } = await count(req, ctx);
    const commune = await service.getCommune(ctx.agent.communeId);
    const options = [`<option value="">${escapeHtml(t('agents.headcount.allActivities'))}</option>`, ...activities.map((a) => `<option value="${a.code}"${a.code === q.code ? ' selected' : ''}>${escapeHtml(a.label)}</option>`)].join('');
    const form = `<form method="get" action="/agents/effectifs" class="noprint">
<label for="jour">${escapeHtml(t('agents.headcount.day'))}</label>
<input id="jour" name="jour" type="date" value="${escapeHtml(q.day)}" required>
<label for="activite">${escapeHtml(t('agents.headcount.activity'))}</label>
<select id="activite" name="activite">${options}</select>
<label for="ecole">${escapeHtml(t('agents.headcount.school'))}</label>
<input id="ecole" name="ecole" type="text" value="${escapeHtml(q.school)}">
<p><button type="submit">${escapeHtml(t('agents.headcount.show'))}</button></p>
</form>`;
    const total = rows.reduce((sum, r) => sum + r.count, 0);
    const search = new URLSearchParams({ jour: q.day, activite: q.code ?? '', ecole: q.school }).toString();
    const result = q.bad
      ? alertBlock(t(`agents.headcount.bad.${q.bad}`))
      : `${rows.length ? htmlTable(t('agents.headcount.caption', { day: longDay.format(new Date(`${q.day}T12:00:00Z`)), commune: commune.name }), ['school', 'activity', 'count'].map((h) => t(`agents.headcount.${h}Header`)), rows.map((r) => [escapeHtml(r.school ?? t('agents.headcount.noSchool')), escapeHtml(r.activity.label), String(r.count)]), true) : `<p>${escapeHtml(t('agents.headcount.none'))}</p>`}
<p><strong>${escapeHtml(t('agents.headcount.total', { count: total }))}</strong></p>
<p class="noprint"><button type="button" id="print" class="secondary">${escapeHtml(t('agents.headcount.print'))}</button>
<a href="/agents/effectifs.csv?${escapeHtml(search)}">${escapeHtml(t('agents.headcount.csv'))}</a></p>`;
    const script = "document.getElementById('print')?.addEventListener('click',function(){window.print()});";
    sendAgentHtml(res, q.bad ? 400 : 200, agentPage(t, ctx.nonce, t('agents.headcount.title'), form + result, ctx.view, script), ctx.nonce, ctx.https);
  }));

  server.get('/agents/effectifs.csv', agentRoute(deps, 'headcount', async (req, res, ctx) => {
    const { t } = ctx;
    const { q, rows } = await count(req, ctx);
    if (q.bad) return sendAgentHtml(res, 400, agentPage(t, ctx.nonce, t('agents.headcount.title'), alertBlock(t(`agents.headcount.bad.${q.bad}`)), ctx.view), ctx.nonce, ctx.https);
    const header = ['school', 'activity', 'count'].map((h) => t(`agents.headcount.${h}Header`));
    // A cell a spreadsheet would read as a formula is quoted as text.
    const cell = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
    const csv = csvWriter().stringify([header, ...rows.map((r) => [cell(r.school ?? t('agents.headcount.noSchool')), cell(r.activity.label), String(r.count)])], { delimiter: ';', bom: true });
    await service.agents.record(ctx.agent, 'agent.headcountExported', q.day, { activity: q.code ?? null, school: q.school || null, rows: rows.length });
    res.sendRaw(200, csv, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="effectifs-${q.day}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
  }));
}

/**
 * Family files in the back office (right `families`: périscolaire, régie, administration):
 * - GET /agents/familles?q=…            search by file number (any case or spacing), family name or a
 *                                       child's name (accents and case aside), results in a table;
 * - GET /agents/familles/:id            one file: household, children, enrolments, quotient familial,
 *                                       the papers sent, recent bookings, the key form;
 * - POST /agents/familles/:id/cle       issues a new family key through the same domain call as
 *                                       `admin issue-key`, shown once on the response page (no-store),
 *                                       never stored in clear nor logged; audited under agent:<id>.
 * A file of another commune is « not found » (404), audited. Papers: paperPages.ts.
 */
import type restify from 'restify';
import type { FamilyFileDetail } from '../domain/familyFiles';
import { dateFormat } from '../domain/formats';
import { agentPage, escapeHtml, htmlTable, sendAgentHtml } from './agentHtml';
import { agentRoute, notFound, type AgentContext, type AgentPagesDeps } from './agentGuard';

const shortDay = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short' });
const bookingDay = dateFormat('fr', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });

/** « 2026-2027 : Restauration scolaire, Accueil du matin ; 2027-2028 : … » (each year's activities once). */
const byYear = (activities: Array<{ label: string; schoolYear: string }>): string =>
  [...new Set(activities.map((a) => a.schoolYear))]
    .map((year) => `${year} : ${activities.filter((a) => a.schoolYear === year).map((a) => a.label).join(', ')}`)
    .join(' ; ');

/** The household id of a path, or undefined when it is not a number. */
export const householdIdOf = (req: restify.Request): number | undefined => {
  const raw = String(req.params.id ?? '');
  return /^\d{1,9}$/.test(raw) ? Number(raw) : undefined;
};

export function registerFamilyPages(server: restify.Server, deps: AgentPagesDeps): void {
  const { service } = deps;

  server.get('/agents/familles', agentRoute(deps, 'families', async (req, res, ctx) => {
    const { t } = ctx;
    const query = (new URL(req.url ?? '/', 'http://x').searchParams.get('q') ?? '').slice(0, 100);
    const found = query.trim() ? await service.families.search(ctx.agent.communeId, query) : [];
    const rows = found.map(({ household, children }) => [
      `<a href="/agents/familles/${household.id}">${escapeHtml(household.fileNumber)}</a>`,
      escapeHtml(household.name),
      escapeHtml(children.map((c) => `${c.firstName} ${c.lastName}`).join(', ') || '—'),
      escapeHtml(household.quotientFamilial === null ? t('agents.families.noQf') : String(household.quotientFamilial)),
    ]);
    const results = !query.trim()
      ? ''
      : found.length
        ? htmlTable(t('agents.families.caption', { count: found.length }), ['fileNumber', 'name', 'children', 'qf'].map((h) => t(`agents.families.${h}`)), rows, true)
        : `<p role="status">${escapeHtml(t('agents.families.none'))}</p>`;
    const body = `<form method="get" action="/agents/familles">
<label for="q">${escapeHtml(t('agents.families.search'))}</label>
<p id="q-hint">${escapeHtml(t('agents.families.searchHint'))}</p>
<input id="q" name="q" type="search" value="${escapeHtml(query)}" maxlength="100" aria-describedby="q-hint">
<button type="submit">${escapeHtml(t('agents.families.searchButton'))}</button>
</form>
${results}`;
    sendAgentHtml(res, 200, agentPage(t, ctx.nonce, t('agents.families.title'), body, ctx.view), ctx.nonce, ctx.https);
  }));

  function filePage(res: restify.Response, ctx: AgentContext, file: FamilyFileDetail, extra = ''): void {
    const { t } = ctx;
    const { household } = file;
    const facts = `<dl>
<dt>${escapeHtml(t('agents.families.fileNumber'))}</dt><dd>${escapeHtml(household.fileNumber)}</dd>
<dt>${escapeHtml(t('agents.families.address'))}</dt><dd>${escapeHtml([household.address, household.postalCode, household.city].filter(Boolean).join(' ') || '—')}</dd>
<dt>${escapeHtml(t('agents.families.qf'))}</dt><dd>${escapeHtml(household.quotientFamilial === null ? t('agents.families.noQf') : String(household.quotientFamilial))}</dd>
<dt>${escapeHtml(t('agents.families.representatives'))}</dt><dd>${escapeHtml(file.representatives.map((r) => `${r.firstName} ${r.lastName}`).join(', ') || '—')}</dd>
</dl>`;
    const children = htmlTable(t('agents.families.childrenCaption'), ['child', 'birthDate', 'school', 'enrolments'].map((h) => t(`agents.families.${h}`)),
      file.children.map(({ child, activities }) => [
        escapeHtml(`${child.firstName} ${child.lastName}`),
        escapeHtml(shortDay.format(new Date(`${child.birthDate}T12:00:00Z`))),
        escapeHtml([child.school, t(`familyFile.level.${child.level}`)].filter(Boolean).join(', ')),
        escapeHtml(byYear(activities) || '—'),
      ]), true);
    const papers = file.documents.length
      ? htmlTable(t('agents.families.papersCaption'), ['paperKind', 'paperDate', 'paperStatus', 'paperOpen'].map((h) => t(`agents.families.${h}`)),
        file.documents.map((d) => [
          escapeHtml(t(`documents.kind.${d.kind}`)),
          escapeHtml(shortDay.format(new Date(d.createdAt))),
          escapeHtml(t(`documents.status.${d.status}`) + (d.reviewReason ? ` : ${d.reviewReason}` : '')),
          `<a href="/agents/familles/${household.id}/documents/${d.id}">${escapeHtml(t('agents.families.paperOpenLink', { name: d.fileName }))}</a>`,
        ]))
      : `<p>${escapeHtml(t('agents.families.noPapers'))}</p>`;
    const bookings = file.bookings.length
      ? htmlTable(t('agents.families.bookingsCaption'), ['bookingDay', 'child', 'bookingActivity', 'bookingStatus'].map((h) => t(`agents.families.${h}`)),
        file.bookings.map((b) => [escapeHtml(bookingDay.format(new Date(`${b.day}T12:00:00Z`))), escapeHtml(b.childName), escapeHtml(b.activityLabel), escapeHtml(t(`agents.families.booking.${b.status}`))]))
      : `<p>${escapeHtml(t('agents.families.noBookings'))}</p>`;
    const keyForm = `<h2>${escapeHtml(t('agents.families.keyTitle'))}</h2>
<p>${escapeHtml(t('agents.families.keyHint'))}</p>
<form method="post" action="/agents/familles/${household.id}/cle">
<input type="hidden" name="csrf" value="${ctx.view.csrf}">
<button type="submit" class="secondary">${escapeHtml(t('agents.families.keyButton'))}</button>
</form>`;
    const body = `${extra}${facts}
<h2>${escapeHtml(t('agents.families.childrenCaption'))}</h2>
${children}
<h2>${escapeHtml(t('agents.families.papersCaption'))}</h2>
${papers}
<h2>${escapeHtml(t('agents.families.bookingsCaption'))}</h2>
${bookings}
${keyForm}
<p><a href="/agents/familles">${escapeHtml(t('agents.families.back'))}</a></p>`;
    sendAgentHtml(res, 200, agentPage(t, ctx.nonce, t('agents.families.fileTitle', { name: household.name }), body, ctx.view), ctx.nonce, ctx.https);
  }

  server.get('/agents/familles/:id', agentRoute(deps, 'families', async (req, res, ctx) => {
    const id = householdIdOf(req);
    const file = id === undefined ? undefined : await service.families.detail(ctx.agent.communeId, id);
    if (!file) return notFound(deps, res, ctx, `household:${String(req.params.id ?? '')}`);
    filePage(res, ctx, file);
  }));

  server.post('/agents/familles/:id/cle', agentRoute(deps, 'families', async (req, res, ctx) => {
    const { t, agent } = ctx;
    const id = householdIdOf(req);
    const file = id === undefined ? undefined : await service.families.detail(agent.communeId, id);
    if (!file) return notFound(deps, res, ctx, `household:${String(req.params.id ?? '')}`);
    const commune = await service.getCommune(agent.communeId);
    const { key } = await service.issueFamilyKey(agent.communeId, file.household.fileNumber, `agent:${agent.id}`);
    const shown = `<div role="status">
<p class="done">${escapeHtml(t('agents.families.keyIssued', { keyName: commune.familyKeyName, fileNumber: file.household.fileNumber }))}</p>
<p class="code">${escapeHtml(key)}</p>
<p>${escapeHtml(t('agents.families.keyOnce'))}</p>
</div>
`;
    filePage(res, ctx, file, shown);
  }));
}

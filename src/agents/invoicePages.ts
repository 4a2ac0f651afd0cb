/**
 * Invoicing in the back office (right `invoices`: régie, administration), through the same domain
 * calls as `admin invoicing` and `admin invoice` (src/domain/invoicing.ts):
 * - GET /agents/factures?mois=YYYY-MM     a month's preview: per family still to invoice, its lines
 *   and amount (stored nowhere), with the form that runs it; and the one-off invoice form;
 * - POST /agents/factures/mois            runs the month the page showed: refused (409) when the
 *   preview changed since (another agent or the monthly job invoiced meanwhile, new bookings);
 * - POST /agents/factures/ponctuelle      a one-off invoice to a family of the commune: label,
 *   amount in euros (« 45,50 »), due date; a negative, zero or unreadable amount is refused (422).
 * Every refusal is audited with the agent; runs and invoices are audited by the domain under
 * `agent:<id>`.
 */
import type restify from 'restify';
import { isDomainError } from '../domain/errors';
import { dateFormat } from '../domain/formats';
import { euros, parseAmount, type MonthPreview } from '../domain/invoicing';
import { agentPage, alertBlock, escapeHtml, htmlTable, sendAgentHtml, statusBlock } from './agentHtml';
import { agentRoute, formField, type AgentContext, type AgentPagesDeps } from './agentGuard';

/** Families shown in a preview's table (the run still invoices them all). */
const PREVIEW_ROWS = 200;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const INVOICE_ERRORS = ['invoice.badMonth', 'invoice.monthNotOver', 'invoice.unknownHousehold', 'invoice.badLabel', 'invoice.badAmount', 'invoice.badDueDate'];
const longDay = dateFormat('fr', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

interface Shown {
  month?: string;
  preview?: MonthPreview;
  error?: string;
  done?: string;
  /** The one-off form's values, given back after a refusal. */
  oneOff?: Record<string, string>;
}

export function registerInvoicePages(server: restify.Server, deps: AgentPagesDeps): void {
  const { service } = deps;

  function previewBlock(ctx: AgentContext, month: string, preview: MonthPreview): string {
    const { t } = ctx;
    const count = preview.rows.length;
    const rows = preview.rows.slice(0, PREVIEW_ROWS).map((r) => [
      escapeHtml(r.household.fileNumber),
      escapeHtml(r.household.name),
      `<ul>${r.lines.map((l) => `<li>${escapeHtml(t('agents.invoices.line', { label: l.label, quantity: l.quantity, amount: euros(l.amountCents) }))}</li>`).join('')}</ul>`,
      escapeHtml(euros(r.totalCents)),
    ]);
    const table = count
      ? htmlTable(t('agents.invoices.previewCaption', { count, total: euros(preview.totalCents) }), ['file', 'family', 'lines', 'amount'].map((h) => t(`agents.invoices.${h}Header`)), rows, true)
      : `<p>${escapeHtml(t(preview.already ? 'agents.invoices.alreadyDone' : 'agents.invoices.nothing'))}</p>`;
    const more = count > PREVIEW_ROWS ? `<p>${escapeHtml(t('agents.invoices.more', { count: count - PREVIEW_ROWS }))}</p>` : '';
    const already = preview.already && count ? `<p>${escapeHtml(t('agents.invoices.already', { count: preview.already }))}</p>` : '';
    const run = count
      ? `<form method="post" action="/agents/factures/mois">
<input type="hidden" name="csrf" value="${ctx.view.csrf}">
<input type="hidden" name="mois" value="${escapeHtml(month)}">
<input type="hidden" name="expected" value="${count}">
<p><button type="submit">${escapeHtml(t('agents.invoices.run', { count }))}</button></p>
</form>`
      : '';
    return `${table}${more}${already}${run}`;
  }

  function page(res: restify.Response, ctx: AgentContext, status: number, shown: Shown = {}): void {
    const { t } = ctx;
    const v = (name: string) => escapeHtml(shown.oneOff?.[name] ?? '');
    const month = `<h2>${escapeHtml(t('agents.invoices.monthTitle'))}</h2>
<form method="get" action="/agents/factures">
<label for="mois">${escapeHtml(t('agents.invoices.month'))}</label>
<p id="mois-hint">${escapeHtml(t('agents.invoices.monthHint'))}</p>
<input id="mois" name="mois" type="month" value="${escapeHtml(shown.month ?? service.invoices.previousMonth())}" aria-describedby="mois-hint" required>
<p><button type="submit" class="secondary">${escapeHtml(t('agents.invoices.preview'))}</button></p>
</form>
${shown.preview && shown.month ? previewBlock(ctx, shown.month, shown.preview) : ''}`;
    const oneOff = `<h2>${escapeHtml(t('agents.invoices.oneOffTitle'))}</h2>
<form method="post" action="/agents/factures/ponctuelle">
<input type="hidden" name="csrf" value="${ctx.view.csrf}">
<label for="dossier">${escapeHtml(t('agents.invoices.fileNumber'))}</label>
<input id="dossier" name="dossier" maxlength="40" value="${v('dossier')}" required>
<label for="libelle">${escapeHtml(t('agents.invoices.label'))}</label>
<input id="libelle" name="libelle" maxlength="120" value="${v('libelle')}" required>
<label for="montant">${escapeHtml(t('agents.invoices.amount'))}</label>
<p id="montant-hint">${escapeHtml(t('agents.invoices.amountHint'))}</p>
<input id="montant" name="montant" inputmode="decimal" maxlength="12" value="${v('montant')}" aria-describedby="montant-hint" required>
<label for="echeance">${escapeHtml(t('agents.invoices.due'))}</label>
<p id="echeance-hint">${escapeHtml(t('agents.invoices.dueHint'))}</p>
<input id="echeance" name="echeance" type="date" value="${v('echeance')}" aria-describedby="echeance-hint">
<p><button type="submit">${escapeHtml(t('agents.invoices.create'))}</button></p>
</form>`;
    const links = `<p><a href="/agents/paiements">${escapeHtml(t('agents.payments.title'))}</a></p>`;
    const body = `${alertBlock(shown.error)}${statusBlock(shown.done)}${links}${month}${oneOff}`;
    sendAgentHtml(res, status, agentPage(t, ctx.nonce, t('agents.invoices.title'), body, ctx.view), ctx.nonce, ctx.https);
  }

  /** The month's preview, or the words of why it cannot be made (a month not over, not a month). */
  async function previewOf(ctx: AgentContext, month: string): Promise<{ preview?: MonthPreview; error?: string }> {
    try {
      return { preview: await service.invoices.previewMonth(ctx.agent.communeId, month) };
    } catch (e) {
      if (!isDomainError(e) || !INVOICE_ERRORS.includes(e.code)) throw e;
      return { error: ctx.t(`errors.${e.code}`, e.params) };
    }
  }

  server.get('/agents/factures', agentRoute(deps, 'invoices', async (req, res, ctx) => {
    const asked = (new URL(req.url ?? '/', 'http://x').searchParams.get('mois') ?? '').trim();
    if (!asked) return page(res, ctx, 200);
    if (!MONTH.test(asked)) return page(res, ctx, 422, { error: ctx.t('errors.invoice.badMonth', { month: asked.slice(0, 20) }) });
    const { preview, error } = await previewOf(ctx, asked);
    page(res, ctx, error ? 422 : 200, { month: asked, ...(preview ? { preview } : {}), ...(error ? { error } : {}) });
  }));

  server.post('/agents/factures/mois', agentRoute(deps, 'invoices', async (req, res, ctx) => {
    const { t, agent } = ctx;
    const month = formField(req.body, 'mois');
    const expected = formField(req.body, 'expected');
    const refuse = async (reason: string, status: number, shown: Shown) => {
      await service.agents.record(agent, 'agent.refused', `invoices:${month.slice(0, 7)}`, { reason });
      page(res, ctx, status, { month, ...shown });
    };
    if (!MONTH.test(month) || !/^\d{1,7}$/.test(expected)) return refuse('badForm', 400, { error: t('agents.invoices.badForm') });
    const { preview, error } = await previewOf(ctx, month);
    if (!preview) return refuse('invalid', 422, { error });
    // The page showed another count: invoiced meanwhile (another agent, the monthly job) or new days to bill.
    if (preview.rows.length !== Number(expected)) return refuse('stale', 409, { preview, error: t(preview.rows.length ? 'agents.invoices.stale' : 'agents.invoices.staleDone') });
    const run = await service.invoices.runMonth(agent.communeId, month, `agent:${agent.id}`);
    if (run.created.length === 0) return refuse('stale', 409, { preview: await service.invoices.previewMonth(agent.communeId, month), error: t('agents.invoices.staleDone') });
    page(res, ctx, 200, { month, preview: await service.invoices.previewMonth(agent.communeId, month), done: t('agents.invoices.ran', { count: run.created.length, mailed: run.mailed, total: euros(run.created.reduce((s, i) => s + i.totalCents, 0)) }) });
  }));

  server.post('/agents/factures/ponctuelle', agentRoute(deps, 'invoices', async (req, res, ctx) => {
    const { t, agent } = ctx;
    const oneOff = Object.fromEntries(['dossier', 'libelle', 'montant', 'echeance'].map((n) => [n, formField(req.body, n).trim().slice(0, 120)]));
    const refuse = async (reason: string, status: number, error: string) => {
      await service.agents.record(agent, 'agent.refused', `invoice:${(oneOff.dossier ?? '').slice(0, 40)}`, { reason, amount: (oneOff.montant ?? '').slice(0, 12) });
      page(res, ctx, status, { error, oneOff });
    };
    const cents = parseAmount(oneOff.montant ?? '');
    // « -5 », « 0 » and « abc »: refused with what was typed, nothing written.
    if (cents === undefined || cents <= 0) return refuse('badAmount', 422, t('agents.invoices.badAmount', { amount: oneOff.montant ?? '' }));
    const due = oneOff.echeance ? oneOff.echeance : undefined;
    try {
      const invoice = await service.invoices.createOneOff(agent.communeId, oneOff.dossier ?? '', oneOff.libelle ?? '', cents, due, `agent:${agent.id}`);
      page(res, ctx, 200, { done: t('agents.invoices.created', { number: invoice.number, amount: euros(invoice.totalCents), due: longDay.format(new Date(`${invoice.dueOn}T12:00:00Z`)) }) });
    } catch (e) {
      if (!isDomainError(e) || !INVOICE_ERRORS.includes(e.code)) throw e;
      await refuse(e.code.replace('invoice.', ''), 422, t(`errors.${e.code}`, e.params));
    }
  }));
}

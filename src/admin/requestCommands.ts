/** The agents' commands on requests: list the pending ones, show one with its papers, take, complete or refuse it. */
import path from 'node:path';
import { normalizeReference } from '../domain/requests';
import type { CommandContext } from './commands';
import { escapeControls } from './escape';
import { knownCommune, table } from './tables';

export async function pendingRequests(ctx: CommandContext): Promise<number> {
  const { service, t, out, values, locale } = ctx;
  if (values.commune && !(await knownCommune(ctx, values.commune))) return 1;
  const requests = await service.requests.pending(values.commune);
  if (requests.length === 0) {
    out.line(t('admin.pending.none'));
    return 0;
  }
  const day = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: 'Europe/Paris', dateStyle: 'short' });
  const rows = [
    ['reference', 'kind', 'date', 'email'].map((h) => t(`admin.pending.${h}`)),
    ...requests.map((r) => [r.reference, r.kind, day.format(new Date(r.createdAt)), r.requesterEmail]),
  ];
  table(out, rows);
  out.line(t('admin.pending.count', { count: requests.length }));
  return 0;
}

export function decide(status: 'in_progress' | 'completed' | 'refused') {
  return async ({ service, t, out, values, teller }: CommandContext): Promise<number> => {
    const request = await service.requests.decide(values.reference ?? '', status, values.message?.trim() || null);
    out.line(t('admin.request.updated', { reference: request.reference, status: t(`request.status.${status}`) }));
    // Told in the conversation now; what cannot be reached now is left to the bot's request-notices job.
    const { told, held } = await service.requests.tellDecisions(teller);
    if (told > 0) out.line(t('admin.request.toldInConversation', { count: told }));
    if (held) out.line(t('admin.request.heldUntilMorning'));
    return 0;
  };
}

/** One request: who, what was answered, the papers (where their files are) and its history. */
export async function showRequest({ service, t, out, values, locale, config }: CommandContext): Promise<number> {
  const typed = values.reference ?? '';
  const request = await service.deps.repos.requests.findByReference(normalizeReference(typed) ?? typed);
  if (!request) {
    out.error(t('errors.request.unknown', { reference: typed }));
    return 1;
  }
  const day = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' });
  out.line(t('admin.request.header', { reference: request.reference, kind: t(`request.kind.${request.kind}`), status: t(`request.status.${request.status}`), date: day.format(new Date(request.createdAt)), email: escapeControls(request.requesterEmail) }));
  for (const [key, value] of Object.entries(request.data)) {
    const shown = Array.isArray(value) ? value.join(', ') : value === null ? '—' : String(value);
    // One answer per line: what the resident typed is shown escaped, line feeds included.
    out.line(`  ${escapeControls(key)} : ${escapeControls(shown)}`);
  }
  const papers = await service.deps.repos.requests.papersOf(request.id);
  out.line(papers.length ? t('admin.request.papers', { count: papers.length }) : t('admin.request.noPapers'));
  for (const p of papers) out.line(`  ${p.kind}  ${escapeControls(p.fileName)}  ${Math.ceil(p.sizeBytes / 1024)} Ko  ${path.join(config.uploadsDir, p.storagePath)}`);
  return 0;
}

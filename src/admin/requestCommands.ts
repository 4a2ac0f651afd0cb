/** The agents' commands on requests: list the pending ones, show one with its papers, take, complete or refuse it. */
import path from 'node:path';
import { normalizeReference } from '../domain/requests';
import type { Translate } from '../i18n';
import type { CommandContext } from './commands';
import { escapeControls } from './escape';
import { knownCommune, table } from './tables';

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The text of a key, or undefined when the locales have none (the translator throws then). */
function textOf(t: Translate, key: string): string | undefined {
  try {
    return t(key);
  } catch {
    return undefined;
  }
}

/** A request's kind in words (« Acte de naissance », « Recensement citoyen »); its code when no text names it. */
export function kindLabel(t: Translate, kind: string, data?: Record<string, unknown>): string {
  const act = kind === 'civil_status_act' && typeof data?.kind === 'string' ? textOf(t, `civilAct.kind.${data.kind}`) : undefined;
  const said = textOf(t, `request.kind.${kind}`);
  return act ?? (said ? capitalised(said) : kind);
}

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
    ...requests.map((r) => [r.reference, kindLabel(t, r.kind), day.format(new Date(r.createdAt)), r.requesterEmail]),
  ];
  table(out, rows);
  out.line(t('admin.pending.count', { count: requests.length }));
  return 0;
}

/**
 * The request `--reference` names, typed in any case and spacing (« csp 2026 123 »), and of the
 * commune `--commune` when given; undefined after saying why not.
 */
async function requestOf({ service, t, out, values }: CommandContext) {
  const typed = values.reference ?? '';
  const request = await service.deps.repos.requests.findByReference(normalizeReference(typed) ?? typed.trim());
  if (!request) {
    out.error(t('errors.request.unknown', { reference: typed }));
    return undefined;
  }
  if (values.commune && request.communeId !== values.commune) {
    out.error(t('admin.request.otherCommune', { reference: request.reference, commune: values.commune }));
    return undefined;
  }
  return request;
}

export function decide(status: 'in_progress' | 'completed' | 'refused') {
  return async (ctx: CommandContext): Promise<number> => {
    const { service, t, out, values, teller } = ctx;
    const found = await requestOf(ctx);
    if (!found) return 1;
    const by = values.commune ? { actor: 'admin', communeId: values.commune } : undefined;
    const request = await service.requests.decide(found.reference, status, values.message?.trim() || null, by);
    out.line(t('admin.request.updated', { reference: request.reference, status: t(`request.status.${status}`) }));
    // Told in the conversation now; what cannot be reached now is left to the bot's request-notices job.
    const { told, held } = await service.requests.tellDecisions(teller);
    if (told > 0) out.line(t('admin.request.toldInConversation', { count: told }));
    if (held) out.line(t('admin.request.heldUntilMorning'));
    return 0;
  };
}

/** One request: who, what was answered, the papers (where their files are) and its history. */
export async function showRequest(ctx: CommandContext): Promise<number> {
  const { service, t, out, locale, config } = ctx;
  const request = await requestOf(ctx);
  if (!request) return 1;
  const day = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' });
  out.line(t('admin.request.header', { reference: request.reference, kind: kindLabel(t, request.kind, request.data), status: t(`request.status.${request.status}`), date: day.format(new Date(request.createdAt)), email: escapeControls(request.requesterEmail) }));
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

/**
 * The pages a commune must publish, in French, from its configuration:
 * - GET /accessibilite     the accessibility statement (RGAA 4.1 model);
 * - GET /confidentialite   the privacy notice (RGPD art. 13), with the bot's retention periods;
 * - GET /conditions        the terms of use.
 * `?commune=<id>` picks the commune, as on the chat page; without it, the default commune (or the
 * only one), else a page to choose one. An unknown id is a 404 page that offers the choice.
 * Plain pages like the account pages: no script, never cached, never framed.
 */
import type restify from 'restify';
import type { Commune } from '../domain/types';
import type { Texts, Translate } from '../i18n';
import { escapeHtml, page, sendHtml } from '../payment/html';
import { accessibilityStatement, privacyNotice, termsOfUse, type LegalFacts, type LegalPageContent } from './legalContent';
import { LEGAL_PATHS, legalHref, legalLinks, type LegalPage } from './legalLinks';
import { queryParam } from './query';

export interface LegalPagesDeps {
  texts: Texts;
  findCommune(id: string): Promise<Commune | undefined>;
  listCommunes(): Promise<Commune[]>;
  defaultCommune?: string;
  /** Retention periods, channels and the public base URL (read at each request: the URL is known once listening). */
  facts(): LegalFacts;
}

const HEADERS = { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'" };

const BUILDERS: Record<LegalPage, (t: Translate, c: Commune, facts: LegalFacts) => LegalPageContent> = {
  accessibility: accessibilityStatement,
  privacy: privacyNotice,
  terms: (t, c) => termsOfUse(t, c),
};
const TITLES: Record<LegalPage, string> = { accessibility: 'web.a11y.title', privacy: 'web.privacy.title', terms: 'web.terms.title' };

export function registerLegalPages(server: restify.Server, deps: LegalPagesDeps): void {
  const t = deps.texts.for('fr');

  /** The list of communes, each linking to this page for it. */
  async function chooser(which: LegalPage): Promise<string> {
    const communes = await deps.listCommunes();
    return `<ul>\n${communes.map((c) => `<li><a href="${escapeHtml(legalHref(which, c.id))}">${escapeHtml(c.name)}</a></li>`).join('\n')}\n</ul>`;
  }

  /** The commune asked for; else the default one, or the only one; `unknown` for an id that is none. */
  async function communeOf(req: restify.Request): Promise<Commune | 'unknown' | undefined> {
    const asked = queryParam(req, 'commune');
    if (asked) return (await deps.findCommune(asked)) ?? 'unknown';
    if (deps.defaultCommune) return deps.findCommune(deps.defaultCommune);
    const all = await deps.listCommunes();
    return all.length === 1 ? all[0] : undefined;
  }

  for (const which of Object.keys(LEGAL_PATHS) as LegalPage[]) {
    server.get(LEGAL_PATHS[which], async (req, res) => {
      const commune = await communeOf(req);
      if (commune === 'unknown') {
        sendHtml(res, 404, page('fr', t('web.legal.unknownTitle'), [t('web.legal.unknown')], await chooser(which), legalLinks(t, undefined)), HEADERS);
        return;
      }
      if (!commune) {
        sendHtml(res, 200, page('fr', t(TITLES[which]), [t('web.legal.choose')], await chooser(which), legalLinks(t, undefined)), HEADERS);
        return;
      }
      const content = BUILDERS[which](t, commune, deps.facts());
      const back = `<p><a href="/?commune=${encodeURIComponent(commune.id)}">${escapeHtml(t('web.legal.back'))}</a></p>`;
      sendHtml(res, 200, page('fr', `${content.title} — ${commune.name}`, [], `${content.html}\n${back}`, legalLinks(t, commune, which)), HEADERS);
    });
  }
}

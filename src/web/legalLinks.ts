/**
 * The links every page of the bot carries to the pages a commune must publish: « Accessibilité :
 * non conforme » (RGAA asks that the conformity state be said on every page), « Données
 * personnelles », « Conditions d'utilisation ». For a known commune, the links name it
 * (?commune=ID) and the accessibility link says its state; otherwise they lead to the pages of
 * the default commune, or to the choice of a commune.
 */
import type { AccessibilityStatus, Commune } from '../domain/types';
import type { Translate } from '../i18n';
import { escapeHtml } from '../payment/html';

export const LEGAL_PATHS = { accessibility: '/accessibilite', privacy: '/confidentialite', terms: '/conditions' } as const;
export type LegalPage = keyof typeof LEGAL_PATHS;

/** The commune's RGAA state: « non conforme » until it gives the result of an audit. */
export const accessibilityStatus = (commune: Commune | undefined): AccessibilityStatus => commune?.publication?.accessibility?.status ?? 'none';

/** A legal page's path, for one commune when given. */
export const legalHref = (page: LegalPage, communeId?: string): string => `${LEGAL_PATHS[page]}${communeId ? `?commune=${encodeURIComponent(communeId)}` : ''}`;

/** The three links, as a navigation landmark (already escaped HTML). */
export function legalLinks(t: Translate, commune: Commune | undefined, current?: LegalPage): string {
  const status = t(`web.legal.status.${accessibilityStatus(commune)}`);
  const links: Array<[LegalPage, string]> = [
    ['accessibility', t('web.legal.a11yLink', { status })],
    ['privacy', t('web.legal.privacyLink')],
    ['terms', t('web.legal.termsLink')],
  ];
  const items = links.map(([page, label]) => `<li><a href="${escapeHtml(legalHref(page, commune?.id))}"${page === current ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a></li>`).join('');
  return `<nav class="legal" aria-label="${escapeHtml(t('web.legal.nav'))}"><ul>${items}</ul></nav>`;
}

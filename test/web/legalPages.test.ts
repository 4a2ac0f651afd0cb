/**
 * The pages a commune must publish, over HTTP: the accessibility statement, the privacy notice
 * with the configured retention periods, the terms of use; from the commune's `publication` when
 * it gives one, saying what it has not given otherwise; a chooser without commune, a French 404
 * for an unknown one; the same headers as the account pages; linked from the chat page and the
 * account pages.
 */
import { readCommuneFile } from '../../src/communes/communeRead';
import { readLocaleFile } from '../../src/i18n';
import type { RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { fixedClock } from '../../src/domain/clock';
import { ROOT, tempConfig } from '../support/harness';
import { ZONES } from '../support/demoCommunes';
import path from 'node:path';

const fr = readLocaleFile(path.join(ROOT, 'locales'), 'fr');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const words = (key: string, params: Record<string, string | number> = {}) => esc((fr[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k])));

const AUDITED = `id: saint-audit
name: Saint-Audit
portalName: Espace Famille
portalUrl: https://www.saint-audit.fr/famille
familyKeyName: Clé Enfance
schoolZone: B
requestPrefix: SAU
topics:
  general: mairie
services:
  - code: mairie
    name: Mairie de Saint-Audit
    email: mairie@saint-audit.fr
publication:
  controller: Commune de Saint-Audit, représentée par son maire
  publisher: Le maire de Saint-Audit
  host: Hébergeur Exemple SAS, 1 rue du Serveur, 75000 Paris
  dpo: {name: Délégué mutualisé du SIT, email: dpo@sit.example.fr}
  accessibility:
    status: partial
    auditDate: 2026-05-12
    auditor: Cabinet Accès
    rate: 81.5
    nonCompliant: [Les messages de la conversation ne sont pas tous annoncés]
    derogations: [La carte des écoles]
    declaredOn: 2026-06-01
    contactEmail: accessibilite@saint-audit.fr
`;

async function get(app: RunningApp, url: string): Promise<{ status: number; headers: Headers; html: string }> {
  const res = await fetch(`http://${app.host}:${app.port}${url}`);
  return { status: res.status, headers: res.headers, html: await res.text() };
}

const h2s = (html: string) => [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);

describe('published pages', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startSeededApp(tempConfig({ RETENTION_TRANSCRIPT_DAYS: '45', RETENTION_SECURITY_DAYS: '1', RETENTION_PROFILE_DAYS: '200' }), fixedClock('2026-11-18T14:00:00Z'));
    const read = readCommuneFile(AUDITED, ZONES);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    await app.core.service.saveCommune(read.config);
  });
  afterAll(() => app.stop());

  it.each(['/accessibilite', '/confidentialite', '/conditions'])('%s is a French page, never cached nor framed, with no script', async (url) => {
    const page = await get(app, `${url}?commune=carrieres-sous-poissy`);
    expect(page.status).toBe(200);
    expect(page.html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
    expect(page.html).not.toContain('<script');
    expect(page.html.match(/<h1>/g)).toHaveLength(1);
    expect(page.html).toContain('Carrières-sous-Poissy');
    // its own link in the footer is marked as the current page
    expect(page.html).toContain(`href="${url}?commune=carrieres-sous-poissy" aria-current="page"`);
  });

  it('accessibility: without an audit, « non conforme », nothing invented, the mairie as contact, the recourse', async () => {
    const { html } = await get(app, '/accessibilite?commune=carrieres-sous-poissy');
    expect(h2s(html)).toEqual(['stateTitle', 'resultsTitle', 'contentsTitle', 'madeTitle', 'contactTitle', 'recourseTitle'].map((k) => esc(fr[`web.a11y.${k}`] ?? '')));
    expect(html).toContain(words('web.a11y.state.noAudit'));
    expect(html).toContain(words('web.legal.a11yLink', { status: fr['web.legal.status.none'] ?? '' }));
    expect(html).toContain(words('web.a11y.madeUndated'));
    expect(html).toContain('href="tel:0139223600"');
    expect(html).toContain('href="https://formulaire.defenseurdesdroits.fr/"');
  });

  it('accessibility: the audit, its rate, the contents not accessible and the contact the commune gives', async () => {
    const { html } = await get(app, '/accessibilite?commune=saint-audit');
    expect(html).toContain(words('web.a11y.state.partial'));
    expect(html).toContain(words('web.a11y.audit', { date: '12 mai 2026' }));
    expect(html).toContain(words('web.a11y.rate', { rate: '81,5' }));
    expect(html).toContain('<li>Les messages de la conversation ne sont pas tous annoncés</li>');
    expect(html).toContain('<li>La carte des écoles</li>');
    expect(html).toContain(words('web.a11y.madeOn', { date: '1er juin 2026' }));
    expect(html).toContain('href="mailto:accessibilite@saint-audit.fr"');
    expect(html).toContain(words('web.a11y.commitment', { controller: 'Commune de Saint-Audit, représentée par son maire' }));
    expect(html).toContain(words('web.legal.a11yLink', { status: fr['web.legal.status.partial'] ?? '' }));
  });

  it('privacy: the configured retention periods, the controller, and the DPO when given', async () => {
    const demo = await get(app, '/confidentialite?commune=carrieres-sous-poissy');
    expect(demo.html).toContain(words('web.privacy.retention.transcript', { period: '45 jours' }));
    expect(demo.html).toContain(words('web.privacy.retention.security', { period: '1 jour' }));
    expect(demo.html).toContain(words('web.privacy.retention.profile', { period: '200 jours' }));
    expect(demo.html).toContain(words('web.privacy.controller', { controller: 'la commune de Carrières-sous-Poissy' }));
    expect(demo.html).toContain(words('web.privacy.noDpo'));
    expect(demo.html).toContain('href="https://www.cnil.fr/fr/plaintes"');
    // neither SMS nor Teams configured here: their carriers are not recipients
    expect(demo.html).not.toContain(words('web.privacy.recipient.sms'));
    expect(demo.html).not.toContain(words('web.privacy.recipient.teams'));

    const audited = await get(app, '/confidentialite?commune=saint-audit');
    expect(audited.html).toContain(words('web.privacy.controller', { controller: 'Commune de Saint-Audit, représentée par son maire' }));
    expect(audited.html).toContain('href="mailto:dpo@sit.example.fr"');
    expect(audited.html).toContain('Délégué mutualisé du SIT');
    expect(audited.html).not.toContain(words('web.privacy.noDpo'));
  });

  it('terms: publisher, host and portal from the commune; a missing host said to be missing', async () => {
    const audited = await get(app, '/conditions?commune=saint-audit');
    expect(audited.html).toContain(words('web.terms.director', { publisher: 'Le maire de Saint-Audit' }));
    expect(audited.html).toContain(words('web.terms.host', { host: 'Hébergeur Exemple SAS, 1 rue du Serveur, 75000 Paris' }));
    expect(audited.html).toContain('href="https://www.saint-audit.fr/famille"');
    expect(audited.html).toContain('href="/confidentialite?commune=saint-audit"');
    const demo = await get(app, '/conditions?commune=carrieres-sous-poissy');
    expect(demo.html).toContain(words('web.terms.noHost'));
  });

  it('an unknown commune is a French 404 page that offers the communes', async () => {
    const page = await get(app, '/confidentialite?commune=atlantis');
    expect(page.status).toBe(404);
    expect(page.html).toContain('<html lang="fr">');
    expect(page.html).toContain(`<h1>${esc(fr['web.legal.unknownTitle'] ?? '')}</h1>`);
    expect(page.headers.get('cache-control')).toBe('no-store');
    for (const id of ['carrieres-sous-poissy', 'carrieres-sur-seine', 'chanteloup-les-vignes', 'saint-audit']) expect(page.html).toContain(`href="/confidentialite?commune=${id}"`);
  });

  it('without a commune, and no default, offers the choice', async () => {
    const page = await get(app, '/accessibilite');
    expect(page.status).toBe(200);
    expect(page.html).toContain(words('web.legal.choose'));
    expect(page.html).toContain('href="/accessibilite?commune=saint-audit"');
  });

  it('are linked from the chat page and the account pages, the accessibility link with its state', async () => {
    const chat = await get(app, '/?commune=saint-audit');
    expect(chat.html).toContain(`<a href="/accessibilite?commune=saint-audit">${words('web.legal.a11yLink', { status: fr['web.legal.status.partial'] ?? '' })}</a>`);
    expect(chat.html).toContain('href="/conditions?commune=saint-audit"');
    const forgot = await get(app, '/compte/mot-de-passe-oublie?commune=carrieres-sous-poissy');
    expect(forgot.html).toContain('href="/confidentialite?commune=carrieres-sous-poissy"');
    expect(forgot.html).toContain(words('web.legal.a11yLink', { status: fr['web.legal.status.none'] ?? '' }));
    const closed = await get(app, '/connexion/not-a-token');
    expect(closed.html).toContain('href="/accessibilite"');
  });
});

describe('published pages with a default commune', () => {
  it('show the default commune without ?commune=', async () => {
    const app = await startSeededApp(tempConfig({ DEFAULT_COMMUNE: 'chanteloup-les-vignes' }), fixedClock('2026-11-18T14:00:00Z'));
    try {
      const page = await get(app, '/conditions');
      expect(page.status).toBe(200);
      expect(page.html).toContain('<h1>Conditions d&#39;utilisation — Chanteloup-les-Vignes</h1>');
    } finally {
      await app.stop();
    }
  });
});

/**
 * The words of the pages a commune must publish, from its configuration (commune file
 * `publication`, src/communes/communeFile.ts) and the bot's (retention periods, channels):
 * - the accessibility statement, after RGAA 4.1's model: commitment, scope, conformity state,
 *   test results, contents not accessible (non-conformities, derogations, exempt contents), when it
 *   was made, contact, recourse to the Défenseur des droits;
 * - the privacy notice (RGPD art. 13): controller, DPO, purposes and legal basis, data, recipients,
 *   retention periods, rights, complaint to the CNIL, cookies;
 * - the terms of use: service, publisher and host, use, value of answers, availability, law.
 * What the commune has not given is said to be missing, never invented. Every value is escaped.
 */
import type { Commune, CommuneService } from '../domain/types';
import type { Translate } from '../i18n';
import { dateFormat } from '../domain/formats';
import { escapeHtml } from '../payment/html';
import { legalHref } from './legalLinks';

export interface LegalFacts {
  /** RETENTION_* settings, in days. */
  retention: { transcriptDays: number; securityDays: number; profileDays: number };
  /** The channels in use: they add their carriers to the recipients. */
  channels: { sms: boolean; teams: boolean };
  /** The bot's public base URL (no trailing slash). */
  baseUrl: string;
}

export interface LegalPageContent {
  title: string;
  html: string;
}

const DEFENSEUR_FORM = 'https://formulaire.defenseurdesdroits.fr/';
const DEFENSEUR_DELEGATES = 'https://www.defenseurdesdroits.fr/saisir/delegues';
const CNIL_COMPLAINT = 'https://www.cnil.fr/fr/plaintes';

const e = escapeHtml;
const p = (text: string) => `<p>${e(text)}</p>`;
const h2 = (text: string) => `<h2>${e(text)}</h2>`;
const list = (items: string[]) => `<ul>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</ul>`;
const link = (href: string, text: string) => `<a href="${e(href)}">${e(text)}</a>`;
const frenchDate = (day: string) => dateFormat('fr', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));

/** For contact when nothing else is given: the service of general questions (the mairie), else the first one that can be reached. */
function generalService(c: Commune): CommuneService | undefined {
  const general = c.services.find((s) => s.code === c.topics.general);
  return [general, ...c.services].find((s) => s && (s.email || s.phone)) ?? general ?? c.services[0];
}

/** A contact as a definition list: e-mail, phone, form, address (only what is known). */
function contact(t: Translate, items: { name?: string; email?: string; phone?: string; url?: string; address?: string }): string {
  const rows: string[] = [];
  if (items.email) rows.push(`<dt>${e(t('web.legal.email'))}</dt><dd>${link(`mailto:${items.email}`, items.email)}</dd>`);
  if (items.phone) rows.push(`<dt>${e(t('web.legal.phone'))}</dt><dd>${link(`tel:${items.phone.replace(/[ .]/g, '')}`, items.phone)}</dd>`);
  if (items.url) rows.push(`<dt>${e(t('web.legal.form'))}</dt><dd>${link(items.url, items.url)}</dd>`);
  if (items.address) rows.push(`<dt>${e(t('web.legal.address'))}</dt><dd>${e(items.address)}</dd>`);
  return `${items.name ? p(items.name) : ''}${rows.length ? `<dl>${rows.join('')}</dl>` : ''}`;
}

const serviceContact = (t: Translate, s: CommuneService | undefined) => (s ? contact(t, { name: s.name, email: s.email, phone: s.phone, address: s.address }) : '');
const controllerOf = (t: Translate, c: Commune) => c.publication?.controller ?? t('web.legal.defaultController', { commune: c.name });

export function accessibilityStatement(t: Translate, c: Commune, facts: LegalFacts): LegalPageContent {
  const a = c.publication?.accessibility ?? {};
  const status = a.status ?? 'none';
  const audited = !!a.auditDate;
  const results = audited
    ? [p(t('web.a11y.audit', { date: frenchDate(a.auditDate as string) })), a.auditor ? p(t('web.a11y.auditBy', { auditor: a.auditor })) : '', a.rate !== undefined ? p(t('web.a11y.rate', { rate: String(a.rate).replace('.', ',') })) : '']
    : [p(t('web.a11y.noAudit'))];
  const contents = ([['nonCompliant', a.nonCompliant], ['derogations', a.derogations], ['exempt', a.exempt]] as const).map(
    ([kind, items]) => `<h3>${e(t(`web.a11y.${kind}Title`))}</h3>\n${items?.length ? list(items.map(e)) : p(t('web.a11y.noneListed'))}`,
  );
  const general = generalService(c);
  const reach = a.contactEmail || a.contactUrl ? contact(t, { email: a.contactEmail, url: a.contactUrl }) : serviceContact(t, general);
  const html = [
    p(t('web.a11y.commitment', { controller: controllerOf(t, c) })),
    p(t('web.a11y.scope', { portal: c.portalName, commune: c.name, url: `${facts.baseUrl}/?commune=${c.id}` })),
    h2(t('web.a11y.stateTitle')),
    p(t(status === 'none' && !audited ? 'web.a11y.state.noAudit' : `web.a11y.state.${status}`)),
    h2(t('web.a11y.resultsTitle')),
    ...results,
    h2(t('web.a11y.contentsTitle')),
    ...contents,
    h2(t('web.a11y.madeTitle')),
    p(a.declaredOn ? t('web.a11y.madeOn', { date: frenchDate(a.declaredOn) }) : t('web.a11y.madeUndated')),
    p(t('web.a11y.tech')),
    h2(t('web.a11y.contactTitle')),
    p(t('web.a11y.contact')),
    reach,
    h2(t('web.a11y.recourseTitle')),
    p(t('web.a11y.recourse')),
    list([link(DEFENSEUR_FORM, t('web.a11y.recourse.form')), link(DEFENSEUR_DELEGATES, t('web.a11y.recourse.delegate')), e(t('web.a11y.recourse.post'))]),
  ];
  return { title: t('web.a11y.title'), html: html.filter(Boolean).join('\n') };
}

export function privacyNotice(t: Translate, c: Commune, facts: LegalFacts): LegalPageContent {
  const pub = c.publication ?? {};
  const period = (days: number) => (days === 1 ? t('web.privacy.oneDay') : t('web.privacy.days', { days }));
  const { retention } = facts;
  const recipients = [
    t('web.privacy.recipient.agents'),
    t('web.privacy.recipient.payment'),
    ...(facts.channels.sms ? [t('web.privacy.recipient.sms')] : []),
    ...(facts.channels.teams ? [t('web.privacy.recipient.teams')] : []),
    ...(pub.host ? [t('web.privacy.recipient.host', { host: pub.host })] : []),
  ];
  const dpo = pub.dpo && (pub.dpo.email || pub.dpo.postalAddress || pub.dpo.url) ? p(t('web.privacy.dpo')) + contact(t, { name: pub.dpo.name, email: pub.dpo.email, url: pub.dpo.url, address: pub.dpo.postalAddress }) : p(t('web.privacy.noDpo')) + serviceContact(t, generalService(c));
  const html = [
    p(t('web.privacy.intro', { portal: c.portalName, commune: c.name })),
    h2(t('web.privacy.controllerTitle')),
    p(t('web.privacy.controller', { controller: controllerOf(t, c) })),
    h2(t('web.privacy.dpoTitle')),
    dpo,
    h2(t('web.privacy.purposesTitle')),
    list(['account', 'family', 'bookings', 'invoices', 'requests', 'answers', 'security'].map((k) => e(t(`web.privacy.purpose.${k}`)))),
    p(t('web.privacy.legalBasis')),
    h2(t('web.privacy.dataTitle')),
    p(t('web.privacy.data')),
    p(t('web.privacy.card')),
    h2(t('web.privacy.recipientsTitle')),
    list(recipients.map(e)),
    p(t('web.privacy.noSale')),
    h2(t('web.privacy.retentionTitle')),
    list([
      e(t('web.privacy.retention.transcript', { period: period(retention.transcriptDays) })),
      e(t('web.privacy.retention.security', { period: period(retention.securityDays) })),
      e(t('web.privacy.retention.profile', { period: period(retention.profileDays) })),
      e(t('web.privacy.retention.records')),
    ]),
    h2(t('web.privacy.rightsTitle')),
    p(t('web.privacy.rights')),
    p(t('web.privacy.rightsCopy')),
    p(t('web.privacy.rightsHow')),
    p(t('web.privacy.complaint')),
    `<p>${link(CNIL_COMPLAINT, t('web.privacy.complaintLink'))}</p>`,
    h2(t('web.privacy.cookiesTitle')),
    p(t('web.privacy.cookies')),
  ];
  return { title: t('web.privacy.title'), html: html.join('\n') };
}

export function termsOfUse(t: Translate, c: Commune): LegalPageContent {
  const pub = c.publication ?? {};
  const html = [
    h2(t('web.terms.serviceTitle')),
    p(t('web.terms.service', { portal: c.portalName, commune: c.name })),
    h2(t('web.terms.publisherTitle')),
    p(t('web.terms.publisher', { controller: controllerOf(t, c) })),
    pub.publisher ? p(t('web.terms.director', { publisher: pub.publisher })) : '',
    p(pub.host ? t('web.terms.host', { host: pub.host }) : t('web.terms.noHost')),
    serviceContact(t, generalService(c)),
    h2(t('web.terms.useTitle')),
    list(['own', 'secrets', 'accurate', 'abuse'].map((k) => e(t(`web.terms.use.${k}`)))),
    h2(t('web.terms.valueTitle')),
    list(['confirmed', 'rules', 'info'].map((k) => e(t(`web.terms.value.${k}`)))),
    h2(t('web.terms.availabilityTitle')),
    p(t('web.terms.availability')),
    `<p>${link(c.portalUrl, c.portalUrl)}</p>`,
    h2(t('web.terms.dataTitle')),
    `<p>${link(legalHref('privacy', c.id), t('web.terms.data'))}</p>`,
    h2(t('web.terms.changesTitle')),
    p(t('web.terms.changes')),
    h2(t('web.terms.lawTitle')),
    p(t('web.terms.law')),
  ];
  return { title: t('web.terms.title'), html: html.filter(Boolean).join('\n') };
}

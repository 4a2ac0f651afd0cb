/**
 * Démarches residents ask about that the commune does not handle in the chat, and where to go
 * instead. Which service of the commune receives residents for them comes from its configuration
 * (the service that answers « requests », like every démarche of the état civil).
 *
 * Sources:
 * - Carte nationale d'identité and passeport: décret n° 55-1397 du 22 octobre 1955, art. 4-3, and
 *   décret n° 2005-1726 du 30 décembre 2005, art. 4: the application is taken by any mairie that has
 *   a recording station (not only the mairie of the domicile), with the applicant present; the
 *   online pré-demande is made on the ANTS site (ants.gouv.fr). A minor's application is made by a
 *   parent or guardian, the child present.
 * - PACS: loi n° 2016-1547 du 18 novembre 2016, art. 48 (code civil, art. 515-3): since
 *   1 November 2017, declared to the officier de l'état civil of the commune where the partners set
 *   their common residence, or to a notary.
 * - Mariage: code civil, art. 74 (as amended by loi n° 2013-404 du 17 mai 2013): celebrated, as the
 *   spouses choose, in the commune where one of them, or one of their parents, has their domicile or
 *   a residence of at least one month; art. 63 and 64: the dossier is filed with the officier de
 *   l'état civil, who publishes the bans for ten days before the marriage may be celebrated.
 * - Certificat d'immatriculation (carte grise) and permis de conduire: applications made online only,
 *   on the ANTS site, since the « plan préfectures nouvelle génération » (2017); the mairie does not
 *   receive them.
 * - Titre de séjour: code de l'entrée et du séjour des étrangers, art. R. 431-2: applications and renewals are made
 *   online on the ANEF site (administration-etrangers-en-france.interieur.gouv.fr), handled by the préfecture; the
 *   mairie does not receive them.
 * - Nationalité française (naturalisation par décret, code civil, art. 21-15): décret n° 93-1362 du 30 décembre 1993, art. 35: the
 *   application is made to the préfet, or online; since 6 February 2023 it is made online only, on the ANEF site
 *   (administration-etrangers-en-france.interieur.gouv.fr), and the préfecture's platform instructs it; the mairie does not receive it.
 * - Carte Vitale and the attestation de droits: the CPAM, through the ameli account (ameli.fr), code de la sécurité
 *   sociale, art. R. 161-33-1 and following; a lost or stolen card is declared and renewed there.
 * - Attestations of the CAF (paiement, quotient familial): downloaded from the « Mon Compte » space of caf.fr.
 * - Extrait de casier judiciaire (bulletin n° 3): asked of the Casier judiciaire national, online on
 *   casier-judiciaire.justice.gouv.fr (code de procédure pénale, art. 777).
 * - Registration as a job seeker and its attestations: France Travail (formerly Pôle emploi), francetravail.fr.
 * - Income tax, taxe foncière: the DGFiP, declared and paid online in the « espace particulier » of impots.gouv.fr, or at the
 *   service des impôts des particuliers (code général des impôts, art. 170 and 1681 sexies); the mairie receives none of it.
 *
 * Prices said when asked (service-public.fr): the passport, a timbre fiscal of 86 € for an adult, 42 € for a minor of 15 or more,
 * 17 € under 15 (code général des impôts, art. 953); the identity card is free, but for a lost or stolen card not presented, a
 * timbre fiscal of 25 € (art. 1628 bis); the PACS declared at the mairie and the civil marriage are free.
 */
import type { Commune, CommuneService } from './types';

export const ELSEWHERE_KINDS = [
  'identity_card', 'passport', 'pacs', 'marriage', 'vehicle_registration', 'driving_licence', 'residence_permit', 'nationality', 'health_card', 'caf', 'criminal_record', 'job_seeker', 'taxes',
] as const;
export type ElsewhereKind = (typeof ELSEWHERE_KINDS)[number];

/** The démarches made elsewhere whose price the chat says (elsewhere.price.* in the locales). */
export const PRICE_STATED: ReadonlySet<ElsewhereKind> = new Set<ElsewhereKind>(['passport', 'identity_card', 'pacs', 'marriage']);

/** Whether residents go to a mairie for it (else: online only). */
const AT_MAIRIE: Record<ElsewhereKind, boolean> = {
  identity_card: true,
  passport: true,
  pacs: true,
  marriage: true,
  vehicle_registration: false,
  driving_licence: false,
  residence_permit: false,
  nationality: false,
  health_card: false,
  caf: false,
  criminal_record: false,
  job_seeker: false,
  taxes: false,
};

export interface WhereToGo {
  kind: ElsewhereKind;
  /** 'mairie': at the mairie (its service below, when the commune has one), or 'online' only. */
  place: 'mairie' | 'online';
  service?: CommuneService;
}

/**
 * The services a resident may be sent to for these démarches: the mairie's own. The services of
 * children's activities, schools and payments (sej, scolaire, periscolaire, inscriptions, regie)
 * take none of them, even in a commune whose only configured service is one of those.
 */
const MAIRIE_SERVICES: readonly string[] = ['etat_civil', 'mairie', 'guichet_unique'];

export function whereToGo(commune: Commune, kind: ElsewhereKind): WhereToGo {
  if (!AT_MAIRIE[kind]) return { kind, place: 'online' };
  const atMairie = (code: string | undefined) => (code && MAIRIE_SERVICES.includes(code) ? commune.services.find((s) => s.code === code) : undefined);
  const service = atMairie(commune.topics.requests) ?? atMairie(commune.topics.general) ?? MAIRIE_SERVICES.map(atMairie).find(Boolean);
  return service ? { kind, place: 'mairie', service } : { kind, place: 'mairie' };
}

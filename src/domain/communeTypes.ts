/** The commune: its services and their opening hours, which service answers which topic, its published facts. */

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Opening periods of one day, e.g. [['08:30','12:00'], ['13:45','17:30']]. */
export type DayHours = ReadonlyArray<readonly [string, string]>;
/** A weekly schedule; a day that is absent is closed. */
export type WeeklyHours = Partial<Record<Weekday, DayHours>>;

export type ServiceCode =
  | 'mairie'
  | 'regie'
  | 'guichet_unique'
  | 'etat_civil'
  | 'scolaire'
  | 'periscolaire'
  | 'inscriptions'
  | 'sej';

export interface CommuneService {
  code: ServiceCode;
  name: string;
  phone?: string;
  email?: string;
  address?: string;
  /** Absent when the commune's documents do not give them. */
  hours?: WeeklyHours;
  /** True when the service closes on public holidays (the default for a mairie's services). */
  closedOnPublicHolidays?: boolean;
  /** Exceptional closures (« pont de l'Ascension »): closed those days whatever the weekly hours say. */
  closures?: Closure[];
}

/** Days a service is closed beyond its week and public holidays: from and to ('YYYY-MM-DD', inclusive), and why. */
export interface Closure {
  from: string;
  to: string;
  label: string;
}

/** Which service a resident is sent to for each kind of question. */
export type Topic = 'general' | 'booking' | 'invoices' | 'requests' | 'familyKey' | 'account';
export type TopicMap = Partial<Record<Topic, ServiceCode>>;

export interface Commune {
  id: string;
  name: string;
  portalName: string;
  portalUrl: string;
  familyKeyName: string;
  schoolZone: string;
  requestPrefix: string;
  /** Its postal codes: an address with one of them (or the commune's name) is in the commune. */
  postalCodes?: string[];
  /** The SMS numbers residents write to for this commune (E.164, « +33700000001 »): a message to one is about it. */
  smsNumbers?: string[];
  services: CommuneService[];
  topics: TopicMap;
  /** The web chat page's colour (#rrggbb); the default blue when absent. */
  accentColor?: string;
  /** What the commune's published pages say (accessibility, privacy, terms); each part optional. */
  publication?: CommunePublication;
  /** Its own Paybox merchant numbers, used for its invoices instead of the bot's (src/payment). */
  paybox?: CommuneMerchant;
}

/**
 * A commune's Paybox merchant numbers. The HMAC key is never in the commune file nor the database:
 * `hmacKeyEnv` names the environment variable that holds it (PAYBOX_HMAC_KEY_<SUFFIX>), read by
 * src/config.ts only. Paybox gives each merchant its own key, so a commune with its own numbers
 * needs its own key; naming it keeps the secret where the other secrets are.
 */
/** The name of the environment variable that holds a commune's own HMAC key: PAYBOX_HMAC_KEY_ and a suffix in capitals. */
export const MERCHANT_KEY_ENV = /^PAYBOX_HMAC_KEY_[A-Z0-9_]{1,40}$/;

export interface CommuneMerchant {
  site: string;
  rang: string;
  identifiant: string;
  hmacKeyEnv: string;
}

/** RGAA conformity: totally, partially or not conforming (« non » also when no audit was made). */
export type AccessibilityStatus = 'total' | 'partial' | 'none';

/**
 * The facts the pages /accessibilite, /confidentialite and /conditions need that only the commune
 * knows. Absent facts are never invented: the pages say so (« aucun audit n'a encore été réalisé »)
 * or fall back on the commune itself (controller) and its general service (contact).
 */
export interface CommunePublication {
  /** The data controller, e.g. « Commune de X, représentée par son maire »; the commune when absent. */
  controller?: string;
  /** The publication director (« directeur de la publication »), e.g. « le maire ». */
  publisher?: string;
  /** Who hosts the bot (name and address). */
  host?: string;
  /** The data protection officer's contact (« délégué à la protection des données »). */
  dpo?: { name?: string; email?: string; postalAddress?: string; url?: string };
  accessibility?: {
    /** Absent: « non conforme », no audit yet. */
    status?: AccessibilityStatus;
    /** When the audit was made (YYYY-MM-DD) and by whom; the share of RGAA criteria met (0–100). */
    auditDate?: string;
    auditor?: string;
    rate?: number;
    /** Contents not accessible: non-conformities, derogations for disproportionate burden, contents not subject to the obligation. */
    nonCompliant?: string[];
    derogations?: string[];
    exempt?: string[];
    /** When this declaration was made (YYYY-MM-DD). */
    declaredOn?: string;
    /** Where to report an accessibility problem; the general service's e-mail and phone when absent. */
    contactEmail?: string;
    contactUrl?: string;
  };
}

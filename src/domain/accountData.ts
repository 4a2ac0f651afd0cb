/**
 * « mes données » (RGPD, right of access): everything the bot keeps about an account and its
 * household, as one JSON document mailed to the account's own address (mes-donnees.json).
 *
 * db/schema.ts, table by table:
 * - accounts: the account's own row; `password_hash` is left out (`hasPassword` says whether one
 *   is set). Other accounts linked to the same household are left out: they are other people's
 *   data, and each can ask for their own.
 * - households, representatives, children, enrolments: the household's rows, every column.
 * - family_keys: when each key was issued and revoked; `key_hash` and `selector` (the key's first
 *   characters, in clear) are left out: they are the key.
 * - reservations (bookings and their status), baskets (the changes confirmed or not), absences
 *   (day, reason, justified): the household's children's rows, every column.
 * - documents: the papers sent for the household or with the account's démarches, with their
 *   status; `storage_path` (where the server keeps the file) is left out.
 * - invoices, invoice_lines, payments (every attempt and its status): the household's invoices,
 *   and any attempt the account made; money stays in integer cents (`…Cents`).
 * - requests (démarches made by the account, or with its e-mail in its commune) and their
 *   request_events; `conversation_ref` (botbuilder's technical routing record) is left out.
 * - reminders, sessions: the account's rows, every column.
 * - one_time_codes, link_tokens: the account's rows (when sent, used, how many tries), with
 *   `code_hash` and `token_hash` left out.
 * - conversation_refs: the channels and conversations the account was reached in, without
 *   `reference` (the same technical routing record).
 * - bot_state: the settings of those channel users (commune, « langage simple »). Conversation
 *   state is left out: a task's working memory, kept at most 30 days and scrubbed of codes.
 * - audit_log: rows whose actor or subject is the account, or whose subject is the household.
 * - activities: only their id, code, label and level, to read the ids used by the rows above.
 * Left out entirely: communes (public configuration), directline_conversations and
 * directline_activities (the web chat's transcript: the resident has it on screen, it is kept at
 * most 30 days and may hold codes typed in it), job_leases and job_runs (the scheduler's own
 * records, about no one).
 */

/** One table row as read: property names as in db/schema.ts, days 'YYYY-MM-DD', instants ISO-8601 UTC, money in cents. */
export type ExportRow = Readonly<Record<string, unknown>>;

/** A channel user's settings row (bot_state), its data as stored (JSON text). */
export interface UserStateRow {
  key: string;
  data: string;
  updatedAt: string;
}

/** What the store holds about an account and its household, one array per table (src/domain/ports.ts AccountDataRepository). */
export interface AccountRecords {
  account: ExportRow;
  household: ExportRow | null;
  representatives: ExportRow[];
  children: ExportRow[];
  enrolments: ExportRow[];
  familyKeys: ExportRow[];
  reservations: ExportRow[];
  baskets: ExportRow[];
  absences: ExportRow[];
  documents: ExportRow[];
  invoices: ExportRow[];
  invoiceLines: ExportRow[];
  payments: ExportRow[];
  requests: ExportRow[];
  requestEvents: ExportRow[];
  reminders: ExportRow[];
  sessions: ExportRow[];
  oneTimeCodes: ExportRow[];
  linkTokens: ExportRow[];
  conversations: ExportRow[];
  userStates: UserStateRow[];
  auditLog: ExportRow[];
  activities: ExportRow[];
}

/** A channel user's settings, as the bot remembers them between conversations. */
export interface ChannelSettings {
  channelId: string;
  userId: string;
  settings: unknown;
  updatedAt: string;
}

/**
 * The document mailed, version 1. Its keys are stable; each array holds the rows of one table in
 * id order, with the property names of db/schema.ts (camelCase of the columns).
 */
export type AccountExport = {
  /** Always EXPORT_FORMAT: tells a reader which keys to expect. */
  format: typeof EXPORT_FORMAT;
  /** When the export was made (ISO-8601 UTC). */
  exportedAt: string;
  /** The settings of the channel users the account was reached as (from the user state rows). */
  channelSettings: ChannelSettings[];
} & Omit<AccountRecords, 'userStates'>;

export const EXPORT_FORMAT = 'espace-citoyens/mes-donnees/1';

/**
 * Fields that are secrets wherever they appear: never exported, even if a repository read them
 * (the repository reads none of them; this is the second lock).
 */
export const SECRET_FIELDS: ReadonlySet<string> = new Set(['passwordHash', 'keyHash', 'selector', 'codeHash', 'tokenHash', 'token', 'etag']);

const withoutSecrets = (row: ExportRow): ExportRow => Object.fromEntries(Object.entries(row).filter(([k]) => !SECRET_FIELDS.has(k)));
const clean = (rows: readonly ExportRow[]): ExportRow[] => rows.map(withoutSecrets);

/** bot_state's user keys are `<channel>/users/<user id>/` (botbuilder UserState). */
function channelSettings(row: UserStateRow): ChannelSettings {
  const [, channelId = '', userId = ''] = /^([^/]*)\/users\/(.*)\/$/.exec(row.key) ?? [];
  let settings: unknown = null;
  try {
    const data = JSON.parse(row.data) as Record<string, unknown>;
    settings = Object.fromEntries(Object.entries(data).filter(([k]) => k !== 'eTag'));
  } catch {
    // Not JSON (never written so by the bot): the raw text is what is kept.
    settings = row.data;
  }
  return { channelId, userId, settings, updatedAt: row.updatedAt };
}

/** The document, in its stable key order, with every secret field left out. */
export function buildAccountExport(records: AccountRecords, exportedAt: string): AccountExport {
  return {
    format: EXPORT_FORMAT,
    exportedAt,
    account: withoutSecrets(records.account),
    household: records.household ? withoutSecrets(records.household) : null,
    representatives: clean(records.representatives),
    children: clean(records.children),
    enrolments: clean(records.enrolments),
    familyKeys: clean(records.familyKeys),
    reservations: clean(records.reservations),
    baskets: clean(records.baskets),
    absences: clean(records.absences),
    documents: clean(records.documents),
    invoices: clean(records.invoices),
    invoiceLines: clean(records.invoiceLines),
    payments: clean(records.payments),
    requests: clean(records.requests),
    requestEvents: clean(records.requestEvents),
    reminders: clean(records.reminders),
    sessions: clean(records.sessions),
    oneTimeCodes: clean(records.oneTimeCodes),
    linkTokens: clean(records.linkTokens),
    conversations: clean(records.conversations),
    channelSettings: records.userStates.map(channelSettings),
    auditLog: clean(records.auditLog),
    activities: clean(records.activities),
  };
}

/** The key a channel user's settings are stored under (bot_state), as botbuilder's UserState writes it. */
export const userStateKey = (channelId: string, userId: string): string => `${channelId}/users/${userId}/`;

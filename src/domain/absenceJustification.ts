/**
 * A paper sent after an absence: the household's latest absence not yet justified, reported for a
 * day in the last 30 days or to come, is offered for it; the resident's « oui » links the paper to
 * that absence and marks it justified, so the days are not billed (src/domain/invoicing.ts).
 * No commune sets a deadline for justifying an absence (none of the demo communes in db/demo/communes/ has one): 30 days
 * is the bot's own window, long enough for a certificate brought back from the doctor.
 */
import { DomainError } from './errors';
import { parisDay, addDays } from './parisTime';
import type { Clock } from './clock';
import type { DocumentKind, DocumentRepository } from './documents';
import type { AuditRepository, HouseholdRepository, ReservationRepository } from './ports';
import { familyReader } from './turnReads';
import type { Account } from './types';

/** How far back (in days) an absence is still offered for a paper. */
export const RECENT_ABSENCE_DAYS = 30;
/** The papers that can justify an absence: a medical certificate, or another paper (an attestation). */
export const JUSTIFYING_KINDS: readonly string[] = ['certificat_medical', 'autre'] satisfies DocumentKind[];

/** One absence as reported: a child, the days, the reason (one report may cover several days and activities). */
export interface OpenAbsence {
  childId: number;
  childName: string;
  days: string[];
  reason: string;
  /** The rows of the absence, for `justify`. */
  ids: number[];
}

export interface AbsenceJustificationDeps {
  reservations: Pick<ReservationRepository, 'listUnjustifiedAbsences' | 'justifyAbsences'>;
  households: Pick<HouseholdRepository, 'listChildren'>;
  documents: Pick<DocumentRepository, 'listByHousehold'>;
  audit: AuditRepository;
  clock: Clock;
}

export class AbsenceJustifications {
  constructor(private readonly deps: AbsenceJustificationDeps) {}

  /** The latest unjustified absence this paper may be for; undefined when none, or when the paper cannot justify one. */
  async offerFor(account: Account, documentId: number): Promise<OpenAbsence | undefined> {
    if (account.householdId === null) return undefined;
    const documents = await this.deps.documents.listByHousehold(account.householdId);
    if (!documents.some((d) => d.id === documentId && JUSTIFYING_KINDS.includes(d.kind))) return undefined;
    const children = await familyReader(account, this.deps.households).listChildren(account.householdId);
    const since = addDays(parisDay(this.deps.clock.now()), -RECENT_ABSENCE_DAYS);
    const open = await this.deps.reservations.listUnjustifiedAbsences(children.map((c) => c.id), since);
    const latest = [...open].sort((a, b) => a.id - b.id).at(-1);
    if (!latest) return undefined;
    // The rows of the same report: same child, reported at the same moment.
    const report = open.filter((a) => a.childId === latest.childId && a.createdAt === latest.createdAt);
    return {
      childId: latest.childId,
      childName: children.find((c) => c.id === latest.childId)?.firstName ?? '',
      days: [...new Set(report.map((a) => a.day))].sort(),
      reason: latest.reason,
      ids: report.map((a) => a.id),
    };
  }

  /** Links the paper to the absence and marks it justified; checked again against the household. Returns the rows changed. */
  async justify(account: Account, documentId: number, absence: Pick<OpenAbsence, 'ids'>): Promise<number> {
    const offered = await this.offerFor(account, documentId);
    const ids = absence.ids.filter((id) => offered?.ids.includes(id));
    if (!offered || ids.length === 0) throw new DomainError('absence.notJustifiable');
    const at = this.deps.clock.now().toISOString();
    const changed = await this.deps.reservations.justifyAbsences(ids, documentId);
    await this.deps.audit.append({ actor: `account:${account.id}`, action: 'absence.justified', subject: String(offered.childId), details: { documentId, rows: changed } }, at);
    return changed;
  }
}

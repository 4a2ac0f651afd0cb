/**
 * Family files as the commune's agents see them in the back office (/agents/familles): a search
 * by file number (any case or spacing), family name or a child's name (accents and case aside);
 * one file with its household, children, enrolments, papers and recent bookings; a paper's bytes;
 * the review of a paper (accepted, or refused with a reason), which updates the file in the same
 * transaction (src/domain/documents.ts DocumentReview) with the message that tells the family
 * (src/domain/paperMessages.ts). Every call is for one commune: a household or a paper of another
 * commune is « not found ».
 */
import type { Clock } from './clock';
import type { DocumentRepository, FileStore, PaperToReview, StoredDocument } from './documents';
import { JUSTIFYING_KINDS } from './absenceJustification';
import { DomainError } from './errors';
import { addDays, parisDay } from './parisTime';
import type { ActivityRepository, AuditRepository, HouseholdRepository, ReservationRepository } from './ports';
import type { OutboxService } from './outbox';
import { normalize } from './text';
import type { Activity, Child, Household, Representative, Reservation } from './types';

/** The most results a search shows. */
export const SEARCH_LIMIT = 50;
/** The most papers the list of papers to review shows. */
export const PAPERS_LIMIT = 200;
/** A quotient familial an agent may type (euros per month and share). */
export const MAX_QUOTIENT = 100_000;
/** The bookings shown on a file: from this many days back… */
const BOOKINGS_BACK_DAYS = 30;
/** …to this many days ahead. */
const BOOKINGS_AHEAD_DAYS = 60;

export interface FamilyFilesDeps {
  households: Pick<HouseholdRepository, 'idsOf' | 'getMany' | 'childrenOf' | 'get' | 'listChildren' | 'listRepresentatives' | 'listEnrolments'>;
  activities: Pick<ActivityRepository, 'listByCommune'>;
  reservations: Pick<ReservationRepository, 'list'>;
  documents: Pick<DocumentRepository, 'listByHousehold' | 'listToReview' | 'get' | 'review'>;
  files: Pick<FileStore, 'read'>;
  audit: AuditRepository;
  clock: Clock;
  /** Sends the message queued with a review at once after the commit (else the outbox job does). */
  outbox?: Pick<OutboxService, 'kick'>;
}

export interface FamilyMatch {
  household: Household;
  children: Child[];
}

export interface FamilyFileDetail {
  household: Household;
  representatives: Representative[];
  /** Each child with the activities they are enrolled in, oldest school year first. */
  children: Array<{ child: Child; activities: Array<Activity & { schoolYear: string }> }>;
  documents: StoredDocument[];
  bookings: Array<Reservation & { childName: string; activityLabel: string }>;
}

export type PaperDecision = { status: 'accepted'; quotientFamilial?: number } | { status: 'rejected'; reason: string };

/** « csp f 000101 » and « CSP-F-000101 » alike: letters and digits only, in capitals. */
const compact = (text: string): string => normalize(text).replace(/[^a-z0-9]/g, '');

export class FamilyFiles {
  constructor(private readonly deps: FamilyFilesDeps) {}

  /** The commune's files whose number, name or a child's name matches (at most SEARCH_LIMIT). */
  async search(communeId: string, query: string): Promise<FamilyMatch[]> {
    const words = normalize(query).split(' ').filter(Boolean);
    const number = compact(query);
    if (words.length === 0) return [];
    const households = await this.deps.households.getMany(await this.deps.households.idsOf(communeId));
    const children = await this.deps.households.childrenOf(households.map((h) => h.id));
    const found: FamilyMatch[] = [];
    for (const household of households) {
      const own = children.filter((c) => c.householdId === household.id);
      const names = [household.name, ...own.flatMap((c) => [c.firstName, c.lastName, `${c.firstName} ${c.lastName}`])].map(normalize).join(' ');
      const byNumber = number.length >= 3 && compact(household.fileNumber).includes(number);
      if (byNumber || words.every((w) => names.split(' ').some((n) => n.startsWith(w)))) found.push({ household, children: own });
      if (found.length >= SEARCH_LIMIT) break;
    }
    return found;
  }

  /** One file of the commune, or undefined. */
  async detail(communeId: string, householdId: number): Promise<FamilyFileDetail | undefined> {
    const household = await this.deps.households.get(householdId);
    if (!household || household.communeId !== communeId) return undefined;
    const [representatives, children, enrolments, activities, documents] = await Promise.all([
      this.deps.households.listRepresentatives(householdId),
      this.deps.households.listChildren(householdId),
      this.deps.households.listEnrolments(householdId),
      this.deps.activities.listByCommune(communeId),
      this.deps.documents.listByHousehold(householdId),
    ]);
    const today = parisDay(this.deps.clock.now());
    const booked = await this.deps.reservations.list(children.map((c) => c.id), addDays(today, -BOOKINGS_BACK_DAYS), addDays(today, BOOKINGS_AHEAD_DAYS));
    const activityOf = new Map(activities.map((a) => [a.id, a]));
    const childOf = new Map(children.map((c) => [c.id, c]));
    return {
      household,
      representatives,
      children: children.map((child) => ({
        child,
        activities: enrolments
          .filter((e) => e.childId === child.id)
          .sort((a, b) => a.schoolYear.localeCompare(b.schoolYear))
          .flatMap((e) => {
            const activity = activityOf.get(e.activityId);
            return activity ? [{ ...activity, schoolYear: e.schoolYear }] : [];
          }),
      })),
      documents,
      bookings: booked.map((r) => ({ ...r, childName: childOf.get(r.childId)?.firstName ?? '', activityLabel: activityOf.get(r.activityId)?.label ?? '' })),
    };
  }

  /** The commune's papers waiting for a review, oldest first (at most PAPERS_LIMIT). */
  papersToReview(communeId: string): Promise<PaperToReview[]> {
    return this.deps.documents.listToReview(communeId, PAPERS_LIMIT);
  }

  /** A paper of one of the commune's files, with its household, or undefined. */
  async paper(communeId: string, documentId: number): Promise<(StoredDocument & { storagePath: string }) | undefined> {
    const doc = await this.deps.documents.get(documentId);
    if (!doc || doc.householdId === null) return undefined;
    const household = await this.deps.households.get(doc.householdId);
    return household && household.communeId === communeId ? { ...doc, householdId: doc.householdId } : undefined;
  }

  /** A paper's bytes (undefined when it is not one of the commune's), the download audited. */
  async download(actor: string, communeId: string, documentId: number): Promise<{ doc: StoredDocument; bytes: Uint8Array } | undefined> {
    const doc = await this.paper(communeId, documentId);
    if (!doc) return undefined;
    const bytes = await this.deps.files.read(doc.storagePath);
    await this.deps.audit.append({ actor, action: 'document.downloaded', communeId, subject: `document:${doc.id}`, details: { householdId: doc.householdId } }, this.deps.clock.now().toISOString());
    return { doc, bytes };
  }

  /**
   * Accepts or refuses a received paper. An avis d'imposition is accepted only with the quotient
   * familial, which is set on the household; a certificate linked to an absence justifies it (or
   * not). Throws document.unknown, document.stale (reviewed meanwhile) or document.badReview.
   */
  async review(actor: string, communeId: string, documentId: number, decision: PaperDecision): Promise<{ absences: number }> {
    const doc = await this.paper(communeId, documentId);
    if (!doc) throw new DomainError('document.unknown', { id: documentId });
    if (doc.status !== 'received') throw new DomainError('document.stale', { status: doc.status });
    const qf = decision.status === 'accepted' ? decision.quotientFamilial : undefined;
    if (decision.status === 'rejected' && !decision.reason.trim()) throw new DomainError('document.badReview', { missing: 'reason' });
    if (decision.status === 'accepted' && doc.kind === 'avis_imposition' && (qf === undefined || !Number.isInteger(qf) || qf < 0 || qf > MAX_QUOTIENT)) {
      throw new DomainError('document.badReview', { missing: 'quotientFamilial' });
    }
    const at = this.deps.clock.now().toISOString();
    // The family is told (e-mail, and its conversation when known) once the review is stored: src/domain/paperMessages.ts.
    const done = await this.deps.documents.review(documentId, {
      status: decision.status,
      reviewedBy: actor,
      reviewedAt: at,
      reason: decision.status === 'rejected' ? decision.reason.trim() : null,
      ...(doc.kind === 'avis_imposition' && qf !== undefined ? { quotientFamilial: qf } : {}),
    }, [{ kind: 'paperReview', payload: { documentId } }]);
    if (!done) throw new DomainError('document.stale', { status: 'reviewed' });
    this.deps.outbox?.kick();
    const details: Record<string, unknown> = { kind: doc.kind, householdId: doc.householdId };
    if (doc.kind === 'avis_imposition' && qf !== undefined) details.quotientFamilial = qf;
    if (JUSTIFYING_KINDS.includes(doc.kind)) details.absences = done.absences;
    await this.deps.audit.append({ actor, action: decision.status === 'accepted' ? 'document.accepted' : 'document.rejected', communeId, subject: `document:${doc.id}`, details }, at);
    return done;
  }
}

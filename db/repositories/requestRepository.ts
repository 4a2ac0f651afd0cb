import { and, asc, desc, eq, inArray, isNull, like, ne } from 'drizzle-orm';
import type { NewRequest, RequestRepository as Port, UntoldDecision } from '../../src/domain/ports';
import type { CitizenRequest, RequestStatus } from '../../src/domain/types';
import type { Db } from '../client';
import { writeTransaction } from '../client';
import { documents, requestEvents, requests } from '../schema';

export class RequestRepository implements Port {
  constructor(private readonly db: Db) {}

  async listByStatus(communeId: string | undefined, statuses: RequestStatus[]): Promise<CitizenRequest[]> {
    const byStatus = inArray(requests.status, statuses);
    return this.db
      .select({
        id: requests.id,
        communeId: requests.communeId,
        reference: requests.reference,
        kind: requests.kind,
        requesterEmail: requests.requesterEmail,
        status: requests.status,
        createdAt: requests.createdAt,
      })
      .from(requests)
      .where(communeId ? and(eq(requests.communeId, communeId), byStatus) : byStatus)
      .orderBy(asc(requests.createdAt), asc(requests.id))
      .all() as CitizenRequest[];
  }

  async create(referencePrefix: string, request: NewRequest): Promise<string> {
    return writeTransaction(this.db, () => {
      const last = this.db
        .select({ reference: requests.reference })
        .from(requests)
        .where(like(requests.reference, `${referencePrefix}-%`))
        .orderBy(desc(requests.reference))
        .get()?.reference;
      const next = (last ? Number(last.slice(referencePrefix.length + 1)) : 0) + 1;
      const reference = `${referencePrefix}-${String(next).padStart(6, '0')}`;
      const { papers, ...fields } = request;
      const row = this.db.insert(requests).values({ ...fields, reference, status: 'submitted' }).returning({ id: requests.id }).get();
      this.db.insert(requestEvents).values({ requestId: row.id, status: 'submitted', actor: request.accountId ? `account:${request.accountId}` : 'resident', at: request.createdAt, toldAt: request.createdAt }).run();
      // Only a loose paper (no household, no request yet) can be linked: never someone else's.
      for (const paper of papers ?? []) {
        this.db.update(documents).set({ requestId: row.id, kind: paper.kind }).where(and(eq(documents.id, paper.documentId), isNull(documents.requestId), isNull(documents.householdId))).run();
      }
      return reference;
    });
  }

  async findByReference(reference: string): Promise<(CitizenRequest & { data: Record<string, unknown>; locale: string | null }) | undefined> {
    const row = this.db.select().from(requests).where(eq(requests.reference, reference)).get();
    if (!row) return undefined;
    return { id: row.id, communeId: row.communeId, reference: row.reference, kind: row.kind, requesterEmail: row.requesterEmail, status: row.status as RequestStatus, createdAt: row.createdAt, data: row.data as Record<string, unknown>, locale: row.locale };
  }

  async listByAccount(accountId: number): Promise<CitizenRequest[]> {
    return this.db
      .select({ id: requests.id, communeId: requests.communeId, reference: requests.reference, kind: requests.kind, requesterEmail: requests.requesterEmail, status: requests.status, createdAt: requests.createdAt })
      .from(requests)
      .where(eq(requests.accountId, accountId))
      .orderBy(desc(requests.id))
      .all() as CitizenRequest[];
  }

  async setStatus(requestId: number, status: RequestStatus, message: string | null, actor: string, at: string): Promise<void> {
    writeTransaction(this.db, () => {
      this.db.update(requests).set({ status, updatedAt: at }).where(eq(requests.id, requestId)).run();
      this.db.insert(requestEvents).values({ requestId, status, message, actor, at }).run();
    });
  }

  async untoldDecisions(limit: number): Promise<UntoldDecision[]> {
    return this.db
      .select({
        eventId: requestEvents.id,
        reference: requests.reference,
        kind: requests.kind,
        communeId: requests.communeId,
        status: requestEvents.status,
        message: requestEvents.message,
        accountId: requests.accountId,
        locale: requests.locale,
        conversationRef: requests.conversationRef,
      })
      .from(requestEvents)
      .innerJoin(requests, eq(requests.id, requestEvents.requestId))
      .where(and(isNull(requestEvents.toldAt), ne(requestEvents.status, 'submitted')))
      .orderBy(asc(requestEvents.id))
      .limit(limit)
      .all() as UntoldDecision[];
  }

  async markTold(eventId: number, by: 'conversation' | 'none', at: string, options?: { again: boolean }): Promise<boolean> {
    const which = options?.again ? eq(requestEvents.id, eventId) : and(eq(requestEvents.id, eventId), isNull(requestEvents.toldAt));
    const done = this.db.update(requestEvents).set({ toldAt: at, toldBy: by }).where(which).run();
    return done.changes === 1;
  }

  async papersOf(requestId: number): Promise<Array<{ kind: string; fileName: string; mimeType: string; sizeBytes: number; storagePath: string }>> {
    return this.db
      .select({ kind: documents.kind, fileName: documents.fileName, mimeType: documents.mimeType, sizeBytes: documents.sizeBytes, storagePath: documents.storagePath })
      .from(documents)
      .where(eq(documents.requestId, requestId))
      .orderBy(asc(documents.id))
      .all();
  }
}

import { and, asc, desc, eq, inArray, like } from 'drizzle-orm';
import type { NewRequest, RequestRepository as Port } from '../../src/domain/ports';
import type { CitizenRequest, RequestStatus } from '../../src/domain/types';
import type { Db } from '../client';
import { writeTransaction } from '../client';
import { requestEvents, requests } from '../schema';

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
      const row = this.db.insert(requests).values({ ...request, reference, status: 'submitted' }).returning({ id: requests.id }).get();
      this.db.insert(requestEvents).values({ requestId: row.id, status: 'submitted', actor: request.accountId ? `account:${request.accountId}` : 'resident', at: request.createdAt }).run();
      return reference;
    });
  }

  async findByReference(reference: string): Promise<(CitizenRequest & { data: Record<string, unknown> }) | undefined> {
    const row = this.db.select().from(requests).where(eq(requests.reference, reference)).get();
    if (!row) return undefined;
    return { id: row.id, communeId: row.communeId, reference: row.reference, kind: row.kind, requesterEmail: row.requesterEmail, status: row.status as RequestStatus, createdAt: row.createdAt, data: row.data as Record<string, unknown> };
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
}

import { and, asc, eq, inArray } from 'drizzle-orm';
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

  async create(request: NewRequest): Promise<boolean> {
    return writeTransaction(this.db, () => {
      const row = this.db.insert(requests).values({ ...request, status: 'submitted' }).onConflictDoNothing().returning({ id: requests.id }).get();
      if (!row) return false;
      this.db.insert(requestEvents).values({ requestId: row.id, status: 'submitted', actor: request.accountId ? `account:${request.accountId}` : 'resident', at: request.createdAt }).run();
      return true;
    });
  }
}

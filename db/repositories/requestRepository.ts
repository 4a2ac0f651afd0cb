import { and, asc, eq, inArray } from 'drizzle-orm';
import type { RequestRepository as Port } from '../../src/domain/ports';
import type { CitizenRequest, RequestStatus } from '../../src/domain/types';
import type { Db } from '../client';
import { requests } from '../schema';

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
}

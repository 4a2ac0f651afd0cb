/** Démarches, their events (decisions told or still to tell) and their papers, on either store (db/store.ts). */
import { and, asc, desc, eq, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { NewOutboxMessage } from '../../src/domain/outbox';
import type { ConversationWhere, NewRequest, RequestDecision, RequestRepository as Port, UntoldDecision } from '../../src/domain/ports';
import type { CitizenRequest, RequestStatus } from '../../src/domain/types';
import type { Db } from '../client';
import { change, one, type Store, type Tx } from '../store';
import { numbered, takeNumbers } from './counters';
import { queueIn } from './outboxRepository';

export class RequestRepository implements Port {
  constructor(private readonly store: Store) {}

  async listByStatus(communeId: string | undefined, statuses: RequestStatus[]): Promise<CitizenRequest[]> {
    const { requests } = this.store.tables;
    const byStatus = inArray(requests.status, statuses);
    return (await this.store.db
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
      .orderBy(asc(requests.createdAt), asc(requests.id))) as CitizenRequest[];
  }

  async create(referencePrefix: string, request: NewRequest, after: (reference: string) => NewOutboxMessage[] = () => []): Promise<string> {
    return this.store.write((db) => this.createAndQueueIn(db, referencePrefix, request, after));
  }

  private *createAndQueueIn(db: Db, referencePrefix: string, request: NewRequest, after: (reference: string) => NewOutboxMessage[]): Tx<string> {
    const reference = yield* this.createIn(db, referencePrefix, request);
    yield* queueIn(db, this.store, after(reference), request.createdAt);
    return reference;
  }

  private *createIn(db: Db, referencePrefix: string, request: NewRequest): Tx<string> {
    const { documents, requestEvents, requests } = this.store.tables;
    const reference = numbered(referencePrefix, yield* takeNumbers(db, this.store, 'requests', referencePrefix));
    const { papers, ...fields } = request;
    const row = yield* one(db.insert(requests).values({ ...fields, reference, status: 'submitted' }).returning({ id: requests.id }));
    const requestId = (row as { id: number }).id;
    yield* change(db.insert(requestEvents).values({ requestId, status: 'submitted', actor: request.accountId ? `account:${request.accountId}` : 'resident', at: request.createdAt, toldAt: request.createdAt }));
    // Only a loose paper (no household, no request yet) can be linked: never someone else's.
    for (const paper of papers ?? []) {
      yield* change(db.update(documents).set({ requestId, kind: paper.kind }).where(and(eq(documents.id, paper.documentId), isNull(documents.requestId), isNull(documents.householdId))));
    }
    return reference;
  }

  async findByReference(reference: string): Promise<(CitizenRequest & { data: Record<string, unknown>; locale: string | null }) | undefined> {
    const { requests } = this.store.tables;
    const [row] = await this.store.db.select().from(requests).where(eq(requests.reference, reference)).limit(1);
    if (!row) return undefined;
    return { id: row.id, communeId: row.communeId, reference: row.reference, kind: row.kind, requesterEmail: row.requesterEmail, status: row.status as RequestStatus, createdAt: row.createdAt, data: row.data as Record<string, unknown>, locale: row.locale };
  }

  /** The account's requests and those made with its e-mail in its commune (compared normalised), newest first. */
  async listMine(accountId: number, communeId: string, email: string): Promise<CitizenRequest[]> {
    const { requests } = this.store.tables;
    const byEmail = and(eq(requests.communeId, communeId), eq(sql`lower(trim(${requests.requesterEmail}))`, email.trim().toLowerCase()));
    return this.listWhere(or(eq(requests.accountId, accountId), byEmail));
  }

  /** The requests made with this e-mail in this commune (compared normalised), newest first. */
  async listByEmail(communeId: string, email: string): Promise<CitizenRequest[]> {
    const { requests } = this.store.tables;
    return this.listWhere(and(eq(requests.communeId, communeId), eq(sql`lower(trim(${requests.requesterEmail}))`, email.trim().toLowerCase())));
  }

  async listInConversation(communeId: string, where: ConversationWhere): Promise<CitizenRequest[]> {
    const { requests } = this.store.tables;
    // The reference stored with the request: { channelId, reference: { conversation: { id }, user: { id }, … } }.
    const at = (...path: string[]) =>
      this.store.kind === 'sqlite' ? sql`json_extract(${requests.conversationRef}, ${`$.${path.join('.')}`})` : sql`(${requests.conversationRef} #>> ${`{${path.join(',')}}`}::text[])`;
    return this.listWhere(
      and(
        eq(requests.communeId, communeId),
        eq(at('channelId'), where.channelId),
        eq(at('reference', 'conversation', 'id'), where.conversationId),
        eq(at('reference', 'user', 'id'), where.userId),
      ),
    );
  }

  private async listWhere(where: SQL | undefined): Promise<CitizenRequest[]> {
    const { requests } = this.store.tables;
    return (await this.store.db
      .select({ id: requests.id, communeId: requests.communeId, reference: requests.reference, kind: requests.kind, requesterEmail: requests.requesterEmail, status: requests.status, createdAt: requests.createdAt })
      .from(requests)
      .where(where)
      .orderBy(desc(requests.id))) as CitizenRequest[];
  }

  /** The last decision on a request (not its submission): its status, the agent's message and when. */
  async lastDecision(requestId: number): Promise<{ status: RequestStatus; message: string | null; at: string } | undefined> {
    const { requestEvents } = this.store.tables;
    const [row] = await this.store.db
      .select({ status: requestEvents.status, message: requestEvents.message, at: requestEvents.at })
      .from(requestEvents)
      .where(and(eq(requestEvents.requestId, requestId), ne(requestEvents.status, 'submitted')))
      .orderBy(desc(requestEvents.id))
      .limit(1);
    return row ? { status: row.status as RequestStatus, message: row.message, at: row.at } : undefined;
  }

  async setStatus(requestId: number, status: RequestStatus, message: string | null, actor: string, at: string, after: (eventId: number) => NewOutboxMessage[] = () => [], from?: RequestStatus): Promise<boolean> {
    return this.store.write((db) => this.setStatusIn(db, requestId, status, message, actor, at, after, from));
  }

  private *setStatusIn(db: Db, requestId: number, status: RequestStatus, message: string | null, actor: string, at: string, after: (eventId: number) => NewOutboxMessage[], from?: RequestStatus): Tx<boolean> {
    const { requestEvents, requests } = this.store.tables;
    const where = from === undefined ? eq(requests.id, requestId) : and(eq(requests.id, requestId), eq(requests.status, from));
    if ((yield* change(db.update(requests).set({ status, updatedAt: at }).where(where))) === 0) return false;
    const event = yield* one(db.insert(requestEvents).values({ requestId, status, message, actor, at }).returning({ id: requestEvents.id }));
    yield* queueIn(db, this.store, after((event as { id: number }).id), at);
    return true;
  }

  async decision(eventId: number): Promise<RequestDecision | undefined> {
    const { requestEvents, requests } = this.store.tables;
    const [row] = await this.store.db
      .select({ reference: requests.reference, kind: requests.kind, communeId: requests.communeId, requesterEmail: requests.requesterEmail, locale: requests.locale, status: requestEvents.status, message: requestEvents.message })
      .from(requestEvents)
      .innerJoin(requests, eq(requests.id, requestEvents.requestId))
      .where(eq(requestEvents.id, eventId))
      .limit(1);
    return row ? { ...row, status: row.status as RequestStatus } : undefined;
  }

  async untoldDecisions(limit: number): Promise<UntoldDecision[]> {
    const { requestEvents, requests } = this.store.tables;
    return (await this.store.db
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
      .limit(limit)) as UntoldDecision[];
  }

  async markTold(eventId: number, by: 'conversation' | 'none', at: string, options?: { again: boolean }): Promise<boolean> {
    const { requestEvents } = this.store.tables;
    const which = options?.again ? eq(requestEvents.id, eventId) : and(eq(requestEvents.id, eventId), isNull(requestEvents.toldAt));
    return (await this.store.writeOne((db) => change(db.update(requestEvents).set({ toldAt: at, toldBy: by }).where(which)))) === 1;
  }

  async papersOf(requestId: number): Promise<Array<{ kind: string; fileName: string; mimeType: string; sizeBytes: number; storagePath: string }>> {
    const { documents } = this.store.tables;
    return this.store.db
      .select({ kind: documents.kind, fileName: documents.fileName, mimeType: documents.mimeType, sizeBytes: documents.sizeBytes, storagePath: documents.storagePath })
      .from(documents)
      .where(eq(documents.requestId, requestId))
      .orderBy(asc(documents.id));
  }
}

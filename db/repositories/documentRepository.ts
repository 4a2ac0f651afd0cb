/** The documents residents send (their records; the files are on disk), on either store (db/store.ts). */
import { and, asc, desc, eq } from 'drizzle-orm';
import type { DocumentReview, DocumentRepository as Port, PaperToReview, StoredDocument } from '../../src/domain/documents';
import type { documents } from '../schema';
import { change, one, rows, type Store } from '../store';
import type { NewOutboxMessage } from '../../src/domain/outbox';
import { queueIn } from './outboxRepository';

type Row = typeof documents.$inferSelect;
const toDocument = (r: Row): StoredDocument => ({
  id: r.id,
  householdId: r.householdId as number,
  kind: r.kind,
  fileName: r.fileName,
  mimeType: r.mimeType,
  sizeBytes: r.sizeBytes,
  status: r.status === 'accepted' || r.status === 'rejected' ? r.status : 'received',
  createdAt: r.createdAt,
  reviewedAt: r.reviewedAt,
  reviewReason: r.reviewReason,
});

export class DocumentRepository implements Port {
  constructor(private readonly store: Store) {}

  async add(doc: Parameters<Port['add']>[0]): Promise<StoredDocument> {
    const { documents } = this.store.tables;
    const [row] = await this.store.writeOne((db) => rows(db.insert(documents).values({ ...doc, status: 'received' }).returning()));
    return toDocument(row as Row);
  }

  async addLoose(doc: Parameters<Port['addLoose']>[0]): Promise<number> {
    const { documents } = this.store.tables;
    const [row] = await this.store.writeOne((db) => rows(db.insert(documents).values({ ...doc, status: 'received' }).returning({ id: documents.id })));
    return (row as { id: number }).id;
  }

  async listByHousehold(householdId: number): Promise<StoredDocument[]> {
    const { documents } = this.store.tables;
    return (await this.store.db.select().from(documents).where(eq(documents.householdId, householdId)).orderBy(desc(documents.id))).map(toDocument);
  }

  async listToReview(communeId: string, limit: number): Promise<PaperToReview[]> {
    const { documents, households } = this.store.tables;
    const found = await this.store.db
      .select({ doc: documents, fileNumber: households.fileNumber, familyName: households.name })
      .from(documents)
      .innerJoin(households, eq(households.id, documents.householdId))
      .where(and(eq(households.communeId, communeId), eq(documents.status, 'received')))
      .orderBy(asc(documents.createdAt), asc(documents.id))
      .limit(limit);
    return found.map((r) => ({ ...toDocument(r.doc), fileNumber: r.fileNumber, familyName: r.familyName }));
  }

  async get(id: number): Promise<(Omit<StoredDocument, 'householdId'> & { householdId: number | null; storagePath: string }) | undefined> {
    const { documents } = this.store.tables;
    const [row] = await this.store.db.select().from(documents).where(eq(documents.id, id)).limit(1);
    return row ? { ...toDocument(row), householdId: row.householdId, storagePath: row.storagePath } : undefined;
  }

  review(id: number, review: DocumentReview, after: NewOutboxMessage[] = []): Promise<{ absences: number } | undefined> {
    const { documents, households, absences } = this.store.tables;
    const store = this.store;
    return this.store.write(function* (db) {
      const claimed = yield* change(
        db.update(documents)
          .set({ status: review.status, reviewedAt: review.reviewedAt, reviewedBy: review.reviewedBy, reviewReason: review.reason })
          .where(and(eq(documents.id, id), eq(documents.status, 'received'))),
      );
      if (claimed === 0) return undefined;
      const doc = yield* one(db.select({ householdId: documents.householdId }).from(documents).where(eq(documents.id, id)).limit(1));
      if (review.quotientFamilial !== undefined && doc?.householdId) {
        yield* change(db.update(households).set({ quotientFamilial: review.quotientFamilial }).where(eq(households.id, doc.householdId)));
      }
      // The absences this paper was linked to: justified when accepted, billed again when refused.
      const justified = review.status === 'accepted';
      const moved = yield* change(db.update(absences).set({ justified }).where(and(eq(absences.documentId, id), eq(absences.justified, !justified))));
      yield* queueIn(db, store, after, review.reviewedAt);
      return { absences: moved };
    });
  }
}

import { desc, eq } from 'drizzle-orm';
import type { DocumentRepository as Port, StoredDocument } from '../../src/domain/documents';
import type { Db } from '../client';
import { documents } from '../schema';

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
});

export class DocumentRepository implements Port {
  constructor(private readonly db: Db) {}

  async add(doc: Parameters<Port['add']>[0]): Promise<StoredDocument> {
    return toDocument(this.db.insert(documents).values({ ...doc, status: 'received' }).returning().get());
  }

  async addLoose(doc: Parameters<Port['addLoose']>[0]): Promise<number> {
    return this.db.insert(documents).values({ ...doc, status: 'received' }).returning({ id: documents.id }).get().id;
  }

  async listByHousehold(householdId: number): Promise<StoredDocument[]> {
    return this.db.select().from(documents).where(eq(documents.householdId, householdId)).orderBy(desc(documents.id)).all().map(toDocument);
  }
}

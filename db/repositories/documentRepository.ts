/** The documents residents send (their records; the files are on disk), on either store (db/store.ts). */
import { desc, eq } from 'drizzle-orm';
import type { DocumentRepository as Port, StoredDocument } from '../../src/domain/documents';
import type { documents } from '../schema';
import { rows, type Store } from '../store';

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
}

/**
 * Papers for the « Dossier administratif » (avis d'imposition, justificatif de domicile…):
 * PDF, JPEG or PNG, 10 MB at most, the type read from the file's first bytes, never from its
 * name. Stored by the file store; listed with their status (received, accepted, rejected).
 */
import type { NewOutboxMessage } from './outbox';
import type { Account } from './types';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const DOCUMENT_KINDS = ['avis_imposition', 'justificatif_domicile', 'certificat_medical', 'autre'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type DocumentType = { mime: 'application/pdf'; ext: 'pdf' } | { mime: 'image/jpeg'; ext: 'jpg' } | { mime: 'image/png'; ext: 'png' };

export interface StoredDocument {
  id: number;
  householdId: number;
  kind: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  status: 'received' | 'accepted' | 'rejected';
  createdAt: string;
  /** When an agent accepted or refused it (null: not reviewed yet), and the reason of a refusal. */
  reviewedAt: string | null;
  reviewReason: string | null;
}

/** A paper waiting for an agent's review, with the family it came from. */
export interface PaperToReview extends StoredDocument {
  fileNumber: string;
  familyName: string;
}

/**
 * An agent's review of a received paper, with what it changes in the family file, all in one
 * transaction: an accepted avis d'imposition sets the household's quotient familial; an accepted
 * certificate justifies the absences linked to it, a refused one leaves them to be billed.
 */
export interface DocumentReview {
  status: 'accepted' | 'rejected';
  reviewedBy: string;
  reviewedAt: string;
  reason: string | null;
  quotientFamilial?: number;
}

export interface DocumentRepository {
  add(doc: Omit<StoredDocument, 'id' | 'status' | 'createdAt' | 'reviewedAt' | 'reviewReason'> & { storagePath: string; createdAt: string }): Promise<StoredDocument>;
  /** A paper for a request still being filled in: no household, no request yet. Returns its id. */
  addLoose(doc: { kind: string; fileName: string; mimeType: string; sizeBytes: number; storagePath: string; createdAt: string }): Promise<number>;
  listByHousehold(householdId: number): Promise<StoredDocument[]>;
  /** The commune's household papers still « received », oldest first, with their family (at most `limit`). */
  listToReview(communeId: string, limit: number): Promise<PaperToReview[]>;
  /** One paper with where its file is (household papers and request papers alike). */
  get(id: number): Promise<(Omit<StoredDocument, 'householdId'> & { householdId: number | null; storagePath: string }) | undefined>;
  /**
   * Reviews a paper still « received »; undefined when it was reviewed meanwhile. The absences whose
   * justification changed. The messages `after` gives are queued in the outbox in the same transaction.
   */
  review(id: number, review: DocumentReview, after?: NewOutboxMessage[]): Promise<{ absences: number } | undefined>;
}

/** Where the bytes go (files under DATA_DIR/uploads/<folder>/ by default). Returns the stored path. */
export interface FileStore {
  save(folder: string, ext: string, bytes: Uint8Array): Promise<string>;
  /** The bytes of a stored file. */
  read(storedPath: string): Promise<Uint8Array>;
  /** Deletes a stored file; a file already gone is not an error. */
  remove(storedPath: string): Promise<void>;
}

/**
 * A paper kept for a request not sent yet: the file and its row are stored at once (linked to no
 * household and no request); the conversation keeps only its id, and sending links it.
 */
export interface KeptPaper {
  documentId: number;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
}

export type PaperCheck = { ok: true; paper: KeptPaper } | { ok: false; reason: 'tooLarge' | 'badType' | 'empty' };

/** The file's name as shown to agents: letters, digits, spaces, dots, dashes; never a path. */
const safeName = (fileName: string, ext: string) => fileName.replace(/[^\p{L}\p{N} ._-]/gu, '_').slice(0, 120) || `document.${ext}`;

/** The type of a file from its first bytes, or undefined when it is none of the accepted ones. */
export function sniffType(bytes: Uint8Array): DocumentType | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return { mime: 'application/pdf', ext: 'pdf' };
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return { mime: 'image/png', ext: 'png' };
  if (starts(0xff, 0xd8, 0xff)) return { mime: 'image/jpeg', ext: 'jpg' };
  return undefined;
}

export type DocumentCheck = { ok: true; document: StoredDocument } | { ok: false; reason: 'tooLarge' | 'badType' | 'empty' | 'notLinked' };

export class DocumentService {
  constructor(
    private readonly repo: DocumentRepository,
    private readonly files: FileStore,
    private readonly now: () => Date,
  ) {}

  async add(account: Account, kind: DocumentKind, fileName: string, bytes: Uint8Array): Promise<DocumentCheck> {
    if (!account.householdId) return { ok: false, reason: 'notLinked' };
    if (bytes.length === 0) return { ok: false, reason: 'empty' };
    if (bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, reason: 'tooLarge' };
    const type = sniffType(bytes);
    if (!type) return { ok: false, reason: 'badType' };
    const storagePath = await this.files.save(String(account.householdId), type.ext, bytes);
    const document = await this.repo.add({
      householdId: account.householdId,
      kind,
      fileName: safeName(fileName, type.ext),
      mimeType: type.mime,
      sizeBytes: bytes.length,
      storagePath,
      createdAt: this.now().toISOString(),
    });
    return { ok: true, document };
  }

  /** A paper attached to a démarche being filled in (no account needed): checked and stored under requests/. */
  async keepForRequest(fileName: string, bytes: Uint8Array): Promise<PaperCheck> {
    if (bytes.length === 0) return { ok: false, reason: 'empty' };
    if (bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, reason: 'tooLarge' };
    const type = sniffType(bytes);
    if (!type) return { ok: false, reason: 'badType' };
    const storagePath = await this.files.save('requests', type.ext, bytes);
    const paper = { fileName: safeName(fileName, type.ext), mimeType: type.mime, sizeBytes: bytes.length };
    const documentId = await this.repo.addLoose({ ...paper, kind: 'autre', storagePath, createdAt: this.now().toISOString() });
    return { ok: true, paper: { ...paper, documentId } };
  }

  list(account: Account): Promise<StoredDocument[]> {
    return account.householdId ? this.repo.listByHousehold(account.householdId) : Promise.resolve([]);
  }
}

/**
 * Files sent with the web chat's attach button, between their upload and the end of the bot's turn
 * that reads them: under DATA_DIR/uploads/chat/<conversation>/<random id>.<ext> (the upload store),
 * named by the bot, never by the resident. The bot sees each as an attachment whose contentUrl is
 * `urn:espace-citoyens:upload:<random id>.<ext>`; the dialogs' downloader reads such a URL from this
 * folder, for the conversation of the turn only, with no HTTP request (so no address to abuse). A
 * turn over, its files are removed: what a dialog keeps, it has stored again (src/domain/documents.ts).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Attachment } from 'botbuilder';
import type { Download } from '../bot/attachments';
import { DiskFileStore } from '../files';
import type { Limiter } from '../web/rateLimit';
import { DirectLineAdapter } from './directLineAdapter';

export const UPLOAD_URL_PREFIX = 'urn:espace-citoyens:upload:';
const FILE_NAME = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.((?:kept)?(?:pdf|jpg|png))$/;
const CONVERSATION = /^[0-9a-f]{32}$/;
/** How long a copy kept for a later turn stays (keep). */
const KEPT_FOR_MS = 3_600_000;

/** The turn (its TurnContext), as much as tells whose files it may read. */
export interface TurnOrigin {
  adapter: unknown;
  activity: { channelId?: string; conversation?: { id?: string } };
}

export type Downloader = (attachment: Attachment | undefined, maxBytes: number, origin?: TurnOrigin) => Promise<Download>;

/** An attachment of the turn kept for a later turn: a web chat upload copied (it is removed when the turn ends), any other as it is. */
export const keptAttachment =
  (uploads: ChatUploads) =>
  async (attachment: Attachment, origin?: TurnOrigin): Promise<Attachment | undefined> => {
    const url = attachment.contentUrl ?? '';
    if (!url.startsWith(UPLOAD_URL_PREFIX)) return attachment;
    const kept = await uploads.keep(origin, url);
    return kept ? { ...attachment, contentUrl: kept } : undefined;
  };

export class ChatUploads {
  private readonly files: DiskFileStore;

  constructor(private readonly root: string) {
    this.files = new DiskFileStore(root);
  }

  /** Stores a file for a conversation; returns its contentUrl. */
  async put(conversationId: string, ext: 'pdf' | 'jpg' | 'png', bytes: Uint8Array): Promise<string> {
    if (!CONVERSATION.test(conversationId)) throw new Error('bad conversation id');
    const stored = await this.files.save(conversationId, ext, bytes);
    return UPLOAD_URL_PREFIX + path.basename(stored);
  }

  /** The file behind a contentUrl, read only for the turn's own web chat conversation. */
  async read(origin: TurnOrigin | undefined, contentUrl: string, name: string, maxBytes: number): Promise<Download> {
    const file = this.fileOf(origin, contentUrl);
    if (!file) return { ok: false, reason: 'refused' };
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) return { ok: false, reason: 'unreachable' };
      if (stat.size > maxBytes) return { ok: false, reason: 'tooLarge' };
      const bytes = await fs.readFile(file);
      // A copy kept for a later turn is read once: the dialog that reads it stores it.
      if (/\.kept(?:pdf|jpg|png)$/.test(file)) {
        await fs.rm(file, { force: true });
        await fs.rmdir(path.dirname(file)).catch(() => undefined);
      }
      return { ok: true, name, bytes };
    } catch {
      return { ok: false, reason: 'unreachable' };
    }
  }

  /**
   * A copy of a file of the turn under a new name, for a later turn of the same conversation (a file sent at a question that
   * takes none, kept for when the task ends: dialogs/fileAside.ts): the turn's own file is removed when the turn ends, the
   * copy (« ….keptpdf ») once read, or an hour after when never read. Undefined when the file is not the turn's or cannot be read.
   */
  async keep(origin: TurnOrigin | undefined, contentUrl: string): Promise<string | undefined> {
    const file = this.fileOf(origin, contentUrl);
    const ext = file ? /\.(pdf|jpg|png)$/.exec(file)?.[1] : undefined;
    if (!file || !ext) return undefined;
    try {
      const kept = await this.files.save(origin?.activity.conversation?.id ?? '', `kept${ext}`, await fs.readFile(file));
      return UPLOAD_URL_PREFIX + path.basename(kept);
    } catch {
      return undefined;
    }
  }

  /** Removes a conversation's files (after the turn that could read them), and its folder when empty. */
  async discard(conversationId: string, contentUrls: readonly string[]): Promise<void> {
    for (const url of contentUrls) {
      const file = this.pathOf(conversationId, url);
      if (file) await fs.rm(file, { force: true });
    }
    // Copies kept for a later turn (keep) and never claimed: removed after an hour.
    if (CONVERSATION.test(conversationId)) await this.sweepFolder(path.join(this.root, conversationId), Date.now() - KEPT_FOR_MS);
    await fs.rmdir(path.join(this.root, conversationId)).catch(() => undefined);
  }

  /** Files left by a process stopped in the middle of a turn: removed when older than maxAgeMs. Returns how many. */
  async sweep(now: Date, maxAgeMs: number): Promise<number> {
    let removed = 0;
    const folders = await fs.readdir(this.root).catch(() => [] as string[]);
    for (const folder of folders.filter((f) => CONVERSATION.test(f))) {
      const dir = path.join(this.root, folder);
      removed += await this.sweepFolder(dir, now.getTime() - maxAgeMs);
      await fs.rmdir(dir).catch(() => undefined);
    }
    return removed;
  }

  /**
   * The path of an upload URL for the turn's conversation; undefined unless the turn is run by the
   * bot's own Direct Line (an activity posted to /api/messages cannot name these files).
   */
  private async sweepFolder(dir: string, before: number): Promise<number> {
    let removed = 0;
    for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
      const file = path.join(dir, name);
      const stat = await fs.stat(file).catch(() => undefined);
      if (stat && stat.mtimeMs < before) {
        await fs.rm(file, { force: true });
        removed += 1;
      }
    }
    return removed;
  }

  private fileOf(origin: TurnOrigin | undefined, contentUrl: string): string | undefined {
    if (!(origin?.adapter instanceof DirectLineAdapter)) return undefined;
    return this.pathOf(origin.activity.conversation?.id ?? '', contentUrl);
  }

  private pathOf(conversationId: string, contentUrl: string): string | undefined {
    if (!CONVERSATION.test(conversationId) || !contentUrl.startsWith(UPLOAD_URL_PREFIX)) return undefined;
    const name = contentUrl.slice(UPLOAD_URL_PREFIX.length);
    return FILE_NAME.test(name) ? path.join(this.root, conversationId, name) : undefined;
  }
}

/**
 * The dialogs' downloader: the web chat's uploads from the upload store (counted by the upload
 * route), anything else downloaded (a Teams file, a channel's link), counted per conversation by
 * `perConversation` as the web chat's uploads are: beyond its limit, nothing is downloaded.
 */
export const withChatUploads =
  (uploads: ChatUploads, download: (attachment: Attachment | undefined, maxBytes: number) => Promise<Download>, perConversation?: Limiter): Downloader =>
  async (attachment, maxBytes, origin) => {
    const url = attachment?.contentUrl;
    if (attachment && url?.startsWith(UPLOAD_URL_PREFIX)) return uploads.read(origin, url, attachment.name ?? 'document', maxBytes);
    if (perConversation && url && /^https?:/i.test(url)) {
      const key = `${origin?.activity.channelId ?? ''}:${origin?.activity.conversation?.id ?? ''}`;
      if (!(await perConversation.take(key)).ok) return { ok: false, reason: 'tooMany' };
    }
    return download(attachment, maxBytes);
  };

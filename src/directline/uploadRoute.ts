/**
 * POST /v3/directline/conversations/:id/upload — files sent with the web chat's attach button
 * (Direct Line 3.0, as botframework-directlinejs sends them). In order, before anything is kept:
 * the token (that conversation's), the conversation's limits (its messages, its uploads), how many
 * uploads run at once, then the body read as a stream (src/directline/multipart.ts: sizes checked
 * as bytes arrive, nothing on disk), then each file's type read from its first bytes (PDF, JPEG or
 * PNG, whatever it claims to be). Only then are the files stored in the upload store and the
 * message run as a bot turn, whose dialogs read them (src/directline/uploadStore.ts); the turn over,
 * they are removed. A refusal answers { error: { code, message, reason } } (the reason that the chat
 * page tells the resident: src/directline/uploadReasons.ts) and stores nothing; the rest of
 * its body is read and dropped up to DRAIN_BYTES (so that a page gets the status, not a reset),
 * beyond which the connection is closed after the answer.
 */
import type restify from 'restify';
import { MAX_DOCUMENT_BYTES, sniffType } from '../domain/documents';
import type { Logger } from '../logger';
import type { Limiter } from '../web/rateLimit';
import { isStreamed } from '../web/requestGuards';
import type { DirectLine, UploadedFile } from './directLine';
import { readUpload, type UploadLimits } from './multipart';
import type { UploadReason } from './uploadReasons';
import type { ChatUploads } from './uploadStore';

/** The route's path, for the body guard (multipart is read here only). */
export const UPLOAD_PATH = /^\/v3\/directline\/conversations\/[0-9a-f]{32}\/upload$/;

export const UPLOAD_LIMITS: UploadLimits = {
  fileBytes: MAX_DOCUMENT_BYTES,
  files: 4,
  // Web Chat sends a thumbnail of a photo in the activity: it is read, then dropped.
  activityBytes: 256 * 1024,
  totalBytes: MAX_DOCUMENT_BYTES + 512 * 1024,
  timeoutMs: 120_000,
};
/** Uploads read at the same time by this process (each holds up to totalBytes in memory). */
export const UPLOADS_AT_ONCE = 4;

export interface UploadRouteDeps {
  directLine: DirectLine;
  uploads: ChatUploads;
  logger: Logger;
  /** Activities per conversation (an upload is one). */
  activityLimiter: Limiter;
  /** Uploads per conversation. */
  uploadLimiter: Limiter;
  limits?: UploadLimits;
}

type Fail = (res: restify.Response, status: number, code: string, message: string, headers?: Record<string, string>, reason?: UploadReason) => void;

/** A refused body is read to its end (and dropped) up to this size and time, so that the client gets the answer rather than a reset. */
export const DRAIN_BYTES = 24 * 1024 * 1024;
const DRAIN_MS = 10_000;

const safeName = (name: string): string => name.replace(/[\\/]/g, '_').slice(0, 200) || 'document';

/**
 * Answers a refusal. The rest of the body is read and dropped first (never kept) when it is not too
 * big; otherwise the answer says Connection: close and the socket is closed after it.
 */
function refuseAfter(req: restify.Request, res: restify.Response, answer: () => void): Promise<void> {
  if (req.complete || req.readableEnded) {
    answer();
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    let done = false;
    let drained = 0;
    const close = (cut: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.off('data', onData);
      if (cut) {
        res.header('Connection', 'close');
        res.once('finish', () => req.socket.destroy());
      }
      answer();
      resolve();
    };
    const onData = (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > DRAIN_BYTES) close(true);
    };
    const timer = setTimeout(() => close(true), DRAIN_MS);
    if (Number(req.headers['content-length'] ?? 0) > DRAIN_BYTES) return close(true);
    req.on('data', onData);
    req.once('end', () => close(false));
    req.once('error', () => close(true));
    req.resume();
  });
}

export function uploadHandler(deps: UploadRouteDeps, tokenOf: (req: restify.Request) => string | undefined, fail: Fail) {
  const limits = deps.limits ?? UPLOAD_LIMITS;
  let running = 0;
  const refuse = (req: restify.Request, res: restify.Response, status: number, code: string, message: string, reason?: UploadReason, headers: Record<string, string> = {}) =>
    refuseAfter(req, res, () => fail(res, status, code, message, headers, reason));

  return async (req: restify.Request, res: restify.Response): Promise<void> => {
    const check = await deps.directLine.authorize(tokenOf(req), String(req.params.id));
    if (!check.ok) return refuse(req, res, check.status, check.code, check.message, 'ended');
    const conversation = check.conversation;
    if (!isStreamed(req)) return refuse(req, res, 415, 'BadArgument', 'An upload is multipart/form-data.');
    const taken = await deps.uploadLimiter.take(conversation.id);
    if (!taken.ok) return refuse(req, res, 429, 'TooManyRequests', 'Too many files sent in this conversation. Wait a moment.', 'tooMany', { 'Retry-After': String(taken.retryAfterSeconds) });
    const message = await deps.activityLimiter.take(conversation.id);
    if (!message.ok) return refuse(req, res, 429, 'TooManyRequests', 'Too many messages in this conversation. Wait a moment.', 'tooMany', { 'Retry-After': String(message.retryAfterSeconds) });
    if (running >= UPLOADS_AT_ONCE) return refuse(req, res, 503, 'ServiceUnavailable', 'Too many files are being sent. Try again in a moment.', 'busy', { 'Retry-After': '5' });
    running += 1;
    let read;
    try {
      read = await readUpload(req, limits);
    } finally {
      running -= 1;
    }
    if (!read.ok) {
      deps.logger.info('directline.upload.refused', { status: read.status, reason: read.message });
      return refuse(req, res, read.status, read.code, read.message, read.status === 413 ? 'tooBig' : undefined);
    }
    const typed = read.files.map((f) => ({ ...f, type: sniffType(f.bytes) }));
    if (typed.some((f) => f.bytes.length === 0)) return refuse(req, res, 400, 'BadArgument', 'A file is empty.', 'empty');
    if (typed.some((f) => !f.type)) return refuse(req, res, 415, 'BadArgument', 'Only PDF, JPEG and PNG files are accepted (read from their content).', 'notPaper');

    // The files go with the message; what the page lists about them (names, thumbnails) is not kept.
    const { attachments: _listed, ...activity } = (read.activity && typeof read.activity === 'object' ? read.activity : {}) as Record<string, unknown>;
    const stored: UploadedFile[] = [];
    let posted;
    try {
      for (const f of typed) stored.push({ contentType: f.type!.mime, contentUrl: await deps.uploads.put(conversation.id, f.type!.ext, f.bytes), name: safeName(f.fileName) });
      posted = await deps.directLine.post(conversation, { type: 'message', ...activity }, stored);
    } finally {
      // The turn is over: what a dialog kept, it stored again.
      await deps.uploads.discard(conversation.id, stored.map((f) => f.contentUrl));
    }
    if (!posted.ok) return fail(res, posted.status, posted.status === 413 ? 'MessageSizeTooBig' : 'BadArgument', posted.message);
    deps.logger.info('directline.upload', { files: stored.length, bytes: typed.reduce((n, f) => n + f.bytes.length, 0) });
    res.json({ id: posted.id });
  };
}

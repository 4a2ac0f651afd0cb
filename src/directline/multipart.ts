/**
 * Reads a Direct Line 3.0 upload as botframework-directlinejs sends it: multipart/form-data with a
 * part named `activity` (the JSON activity, application/vnd.microsoft.activity, sent as a file
 * part named « blob » or as a field) and one part per file. Parsed as it streams in (busboy), in
 * memory only: nothing is written to disk here. Every limit is checked while the bytes arrive (the
 * whole body, each file, the activity, the number of parts); the first one passed stops the
 * reading and gives the status to answer.
 */
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import busboy from 'busboy';

export interface UploadLimits {
  /** Each file. */
  fileBytes: number;
  /** Files in one upload. */
  files: number;
  /** The activity part. */
  activityBytes: number;
  /** The whole body, headers of the parts included. */
  totalBytes: number;
  /** From the first byte to the last. */
  timeoutMs: number;
}

export interface UploadedPart {
  fileName: string;
  declaredType: string;
  bytes: Buffer;
}

export type ReadUpload =
  | { ok: true; activity: unknown; files: UploadedPart[] }
  | { ok: false; status: 400 | 408 | 413; code: 'BadArgument' | 'MessageSizeTooBig' | 'Timeout'; message: string };

type Refusal = Extract<ReadUpload, { ok: false }>;
const bad = (message: string): Refusal => ({ ok: false, status: 400, code: 'BadArgument', message });
const tooBig = (message: string): Refusal => ({ ok: false, status: 413, code: 'MessageSizeTooBig', message });

/** Collects a part's bytes; past `max`, calls `over` once and drops the rest. */
function collect(stream: Readable, max: number, over: () => void, done: (bytes: Buffer) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let passed = false;
  stream.on('data', (chunk: Buffer) => {
    if (passed) return;
    size += chunk.length;
    if (size > max) {
      passed = true;
      chunks.length = 0;
      over();
      return;
    }
    chunks.push(chunk);
  });
  stream.on('end', () => {
    if (!passed) done(Buffer.concat(chunks));
  });
}

export function readUpload(req: IncomingMessage, limits: UploadLimits): Promise<ReadUpload> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limits.totalBytes) return Promise.resolve(tooBig(`An upload may hold at most ${limits.totalBytes} bytes.`));
  return new Promise((resolve) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { fileSize: limits.fileBytes, files: limits.files + 1, fields: 1, parts: limits.files + 2, fieldSize: limits.activityBytes, headerPairs: 16 },
      });
    } catch {
      resolve(bad('The body is not multipart/form-data with a boundary.'));
      return;
    }
    let activityText: string | undefined;
    const files: UploadedPart[] = [];
    let pending = 0;
    let closed = false;
    let finished = false;
    let received = 0;
    const timer = setTimeout(() => finish({ ok: false, status: 408, code: 'Timeout', message: 'The upload took too long.' }), limits.timeoutMs);
    const finish = (result: ReadUpload) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      req.off('data', count);
      req.unpipe(parser);
      // Never inside busboy's own callbacks (it goes on with the part after emitting 'limit'): a
      // destroy there made it throw, out of any handler.
      if (!result.ok) setImmediate(() => parser.destroy());
      resolve(result);
    };
    const settle = () => {
      if (!closed || pending > 0 || finished) return;
      if (files.length === 0) return finish(bad('An upload needs at least one file part.'));
      let activity: unknown = { type: 'message' };
      if (activityText !== undefined) {
        try {
          activity = JSON.parse(activityText);
        } catch {
          return finish(bad('The activity part is not JSON.'));
        }
      }
      finish({ ok: true, activity, files });
    };
    const count = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limits.totalBytes) finish(tooBig(`An upload may hold at most ${limits.totalBytes} bytes.`));
    };
    req.on('data', count);
    req.on('error', () => finish(bad('The upload was cut short.')));
    req.on('aborted', () => finish(bad('The upload was cut short.')));

    parser.on('file', (name, stream, info) => {
      // A part cut short (the parser stopped) errs: that is already answered.
      stream.on('error', () => undefined);
      if (name === 'activity' && activityText === undefined) {
        pending += 1;
        collect(stream, limits.activityBytes, () => finish(tooBig(`The activity may hold at most ${limits.activityBytes} bytes.`)), (bytes) => {
          activityText = bytes.toString('utf8');
          pending -= 1;
          settle();
        });
        return;
      }
      if (files.length >= limits.files) {
        stream.resume();
        return finish(bad(`An upload may carry at most ${limits.files} files.`));
      }
      pending += 1;
      const part: UploadedPart = { fileName: info.filename ?? 'document', declaredType: info.mimeType, bytes: Buffer.alloc(0) };
      files.push(part);
      stream.on('limit', () => finish(tooBig(`A file may hold at most ${limits.fileBytes} bytes.`)));
      collect(stream, limits.fileBytes, () => finish(tooBig(`A file may hold at most ${limits.fileBytes} bytes.`)), (bytes) => {
        part.bytes = bytes;
        pending -= 1;
        settle();
      });
    });
    parser.on('field', (name, value, info) => {
      if (name !== 'activity' || activityText !== undefined) return finish(bad('Only the activity and files are expected.'));
      if (info.valueTruncated) return finish(tooBig(`The activity may hold at most ${limits.activityBytes} bytes.`));
      activityText = value;
    });
    parser.on('filesLimit', () => finish(bad(`An upload may carry at most ${limits.files} files.`)));
    parser.on('partsLimit', () => finish(bad('Too many parts.')));
    parser.on('fieldsLimit', () => finish(bad('Only the activity and files are expected.')));
    parser.on('error', () => finish(bad('The multipart body is malformed.')));
    parser.on('close', () => {
      closed = true;
      settle();
    });
    req.pipe(parser);
  });
}

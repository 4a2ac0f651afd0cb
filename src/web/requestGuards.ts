/**
 * What every request goes through before a route sees it, so that nothing a client sends can stop
 * the process, fill the disk or reach a handler in a shape it does not expect:
 * - a body with a Content-Encoding (gzip, deflate, br…) is refused with 415 before anything reads
 *   it: no channel the bot serves compresses what it posts, and restify's decompression has no
 *   error handler (a bad gzip body ended the process) and counts its limit in compressed bytes;
 * - a body of another type than JSON, a form or plain text is refused with 415: restify hands
 *   multipart bodies to formidable, which writes their files to the temporary folder with no
 *   limit and never removes them. The one exception is a route declared as streamed (the web
 *   chat's uploads): a multipart POST to it is marked, restify's parser skips it, and the route
 *   reads it itself, in memory, with its limits (src/directline/uploadRoute.ts);
 * - a failed body read (too large, bad JSON, a reset connection) is answered in JSON with its 4xx,
 *   without the parser's own message;
 * - a parsed body nested deeper than MAX_BODY_DEPTH is refused with 400 (serialising it again, to
 *   store or log it, would overflow the stack).
 */
import type restify from 'restify';
import { bodyParserPlugin } from './restifyParts';

/** Objects and arrays inside each other, at most: an activity needs less than 10. */
export const MAX_BODY_DEPTH = 32;

const ACCEPTED_ENCODINGS = new Set(['', 'identity']);
const ACCEPTED_TYPES = /^(application\/([\w.+-]+\+)?json|application\/x-www-form-urlencoded|text\/plain)$/;

const hasBody = (req: restify.Request): boolean => req.isChunked() || req.getContentLength() > 0;

function refuse(res: restify.Response, next: restify.Next, status: number, body: Record<string, unknown>): void {
  res.status(status);
  res.json(body);
  next(false);
}

const STREAMED = Symbol('streamedBody');

/** Whether the request is a multipart POST to a streamed route: its route reads the body, restify's parser never does. */
export const isStreamed = (req: restify.Request): boolean => (req as unknown as Record<symbol, unknown>)[STREAMED] === true;

const pathOf = (req: restify.Request): string => (req.url ?? '').split('?')[0] ?? '';

/**
 * A `pre` handler: refuses a body sent compressed, or of a type no route reads. `streamed`: the
 * paths (POST only) whose multipart/form-data bodies are read by their route, as a stream.
 */
export function guardBodies(streamed: readonly RegExp[] = []) {
  return (req: restify.Request, res: restify.Response, next: restify.Next): void => {
    if (!hasBody(req)) return next();
    const encoding = String(req.headers['content-encoding'] ?? '').trim().toLowerCase();
    if (!ACCEPTED_ENCODINGS.has(encoding)) {
      res.header('Accept-Encoding', 'identity');
      return refuse(res, next, 415, { error: 'unsupported content encoding', accepted: 'identity' });
    }
    const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type === 'multipart/form-data' && req.method === 'POST' && streamed.some((p) => p.test(pathOf(req)))) {
      (req as unknown as Record<symbol, unknown>)[STREAMED] = true;
      return next();
    }
    if (type !== '' && !ACCEPTED_TYPES.test(type)) return refuse(res, next, 415, { error: 'unsupported content type', accepted: ['application/json', 'application/x-www-form-urlencoded', 'text/plain'] });
    next();
  };
}

/** The guard without any streamed route. */
export const refuseUnreadableBodies = guardBodies();

/** How deep objects and arrays nest in a value (iterative: a deep value cannot overflow the stack here). */
export function depthOf(value: unknown, stopAt = MAX_BODY_DEPTH + 1): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (!v || typeof v !== 'object' || ArrayBuffer.isView(v)) continue;
    const here = depth + 1;
    if (here > deepest) deepest = here;
    if (deepest >= stopAt) return deepest;
    for (const child of Object.values(v as Record<string, unknown>)) if (child && typeof child === 'object') stack.push([child, here]);
  }
  return deepest;
}

const statusOf = (error: unknown): number => {
  const code = error && typeof error === 'object' ? (error as { statusCode?: unknown }).statusCode : undefined;
  return typeof code === 'number' && code >= 400 && code < 500 ? code : 400;
};

const ERRORS: Record<number, string> = { 413: 'body too large', 415: 'unsupported content type' };

/**
 * restify's body parser (JSON, forms, the rest as a Buffer), limited to maxBodyBytes, followed by
 * the depth check; its failures are answered in JSON by status.
 */
export function bodyParser(maxBodyBytes: number): restify.RequestHandler[] {
  const steps = bodyParserPlugin({ maxBodySize: maxBodyBytes, mapParams: false }) as unknown as restify.RequestHandler[];
  const wrapped = steps.map((step): restify.RequestHandler => (req, res, next) => {
    if (isStreamed(req)) return next();
    step(req, res, ((error?: unknown) => {
      if (error === undefined || error === null || error === true) return next();
      if (error === false) return next(false);
      if (res.headersSent) return next(false);
      const status = statusOf(error);
      refuse(res, next, status, { error: ERRORS[status] ?? 'unreadable body', ...(status === 413 ? { maxBytes: maxBodyBytes } : {}) });
    }) as restify.Next);
  });
  const depth: restify.RequestHandler = (req, res, next) => {
    if (isStreamed(req) || depthOf(req.body) <= MAX_BODY_DEPTH) return next();
    refuse(res, next, 400, { error: 'body nested too deep', maxDepth: MAX_BODY_DEPTH });
  };
  return [...wrapped, depth];
}

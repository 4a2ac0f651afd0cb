/**
 * HTTP and WebSocket routes of the bot's own Direct Line 3.0 (what Web Chat calls; the page's token
 * endpoint is in tokenRoute.ts):
 * - POST /v3/directline/tokens/refresh                      a fresh token for the same conversation;
 * - POST /v3/directline/conversations                       starts it (the bot's welcome, once);
 * - GET  /v3/directline/conversations/:id                   reconnects (a new stream URL from a watermark);
 * - POST /v3/directline/conversations/:id/activities        the resident's message or card submit;
 * - GET  /v3/directline/conversations/:id/activities        the history after ?watermark= (polling);
 * - POST /v3/directline/conversations/:id/upload            files from the attach button (uploadRoute.ts);
 * - GET  /v3/directline/conversations/:id/stream?t=…        WebSocket upgrade: the history after ?watermark=, then what comes.
 * Errors use Direct Line's shape { error: { code, message } } with the right status, never a crash.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type restify from 'restify';
import { WebSocketServer } from 'ws';
import type { Logger } from '../logger';
import { queryParam } from '../web/query';
import type { Limiter } from '../web/rateLimit';
import type { DirectLine, Grant } from './directLine';
import { uploadHandler, type UploadRouteDeps } from './uploadRoute';

export interface DirectLineRoutesDeps {
  directLine: DirectLine;
  /** PUBLIC_URL when set: the stream URLs are built from it rather than from the request's Host. */
  publicUrl?: string;
  logger: Logger;
  /** Activities per conversation. */
  activityLimiter: Limiter;
  /** Files sent with the attach button: the upload store and the uploads per conversation. */
  uploads: Pick<UploadRouteDeps, 'uploads' | 'uploadLimiter' | 'limits'>;
}

const PREFIX = '/v3/directline';
const STREAM_PATH = /^\/v3\/directline\/conversations\/([0-9a-f]{32})\/stream$/;

/** A Direct Line error; an upload's refusal adds its reason for the page (src/directline/uploadReasons.ts). */
export function fail(res: restify.Response, status: number, code: string, message: string, headers: Record<string, string> = {}, reason?: string): void {
  for (const [k, v] of Object.entries(headers)) res.header(k, v);
  res.status(status);
  res.json({ error: { code, message, ...(reason ? { reason } : {}) } });
}

export const bearer = (req: { headers: IncomingMessage['headers'] }): string | undefined => {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
};

const watermarkOf = (value: unknown): number => {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
};

export function registerDirectLineRoutes(server: restify.Server, deps: DirectLineRoutesDeps): { close(): void } {
  const { directLine } = deps;
  const streamUrl = (req: restify.Request, grant: Grant, watermark?: number): string => {
    const base = (deps.publicUrl ?? `http://${req.headers.host ?? 'localhost'}`).replace(/^http/, 'ws').replace(/\/$/, '');
    const query = new URLSearchParams({ t: grant.token, ...(watermark ? { watermark: String(watermark) } : {}) });
    return `${base}${PREFIX}/conversations/${grant.conversationId}/stream?${query.toString()}`;
  };
  const conversationOf = async (req: restify.Request, res: restify.Response, id?: string) => {
    const check = await directLine.authorize(bearer(req), id);
    if (!check.ok) {
      fail(res, check.status, check.code, check.message);
      return undefined;
    }
    return check.conversation;
  };
  const guarded = (name: string, handler: (req: restify.Request, res: restify.Response) => Promise<void>) => async (req: restify.Request, res: restify.Response) => {
    try {
      await handler(req, res);
    } catch (e) {
      deps.logger.error(`directline.${name}.error`, { error: e instanceof Error ? e.message : String(e) });
      if (!res.headersSent) fail(res, 500, 'ServiceError', 'The service could not answer. Try again.');
    }
  };

  server.post(`${PREFIX}/tokens/refresh`, guarded('refresh', async (req, res) => {
    const conversation = await conversationOf(req, res);
    if (conversation) res.json(directLine.tokenFor(conversation));
  }));

  server.post(`${PREFIX}/conversations`, guarded('start', async (req, res) => {
    const conversation = await conversationOf(req, res);
    if (!conversation) return;
    const grant = directLine.tokenFor(conversation);
    const fresh = await directLine.start(conversation);
    res.status(fresh ? 201 : 200);
    res.json({ conversationId: conversation.id, token: grant.token, expires_in: grant.expires_in, streamUrl: streamUrl(req, grant) });
  }));

  server.get(`${PREFIX}/conversations/:id`, guarded('reconnect', async (req, res) => {
    const conversation = await conversationOf(req, res, String(req.params.id));
    if (!conversation) return;
    // A page closed before the conversation started comes back here: the welcome is still due.
    await directLine.start(conversation);
    const grant = directLine.tokenFor(conversation);
    res.json({ conversationId: conversation.id, token: grant.token, expires_in: grant.expires_in, streamUrl: streamUrl(req, grant, watermarkOf(queryParam(req, 'watermark'))) });
  }));

  server.post(`${PREFIX}/conversations/:id/activities`, guarded('post', async (req, res) => {
    const conversation = await conversationOf(req, res, String(req.params.id));
    if (!conversation) return;
    const taken = await deps.activityLimiter.take(conversation.id);
    if (!taken.ok) return fail(res, 429, 'TooManyRequests', 'Too many messages in this conversation. Wait a moment.', { 'Retry-After': String(taken.retryAfterSeconds) });
    const posted = await directLine.post(conversation, req.body);
    if (!posted.ok) return fail(res, posted.status, posted.status === 413 ? 'MessageSizeTooBig' : 'BadArgument', posted.message);
    res.json({ id: posted.id });
  }));

  server.get(`${PREFIX}/conversations/:id/activities`, guarded('history', async (req, res) => {
    const conversation = await conversationOf(req, res, String(req.params.id));
    if (conversation) res.json(await directLine.activities(conversation.id, watermarkOf(queryParam(req, 'watermark'))));
  }));

  server.post(`${PREFIX}/conversations/:id/upload`, guarded('upload', uploadHandler({ ...deps.uploads, directLine, logger: deps.logger, activityLimiter: deps.activityLimiter }, bearer, fail)));

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024 });
  const refuse = (socket: Duplex, status: number, reason: string) => {
    if (socket.destroyed) return;
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // A reset or broken socket must not raise an unhandled 'error' (that would end the process).
    socket.on('error', () => socket.destroy());
    const url = URL.canParse(req.url ?? '', 'http://localhost') ? new URL(req.url ?? '', 'http://localhost') : undefined;
    const match = url && STREAM_PATH.exec(url.pathname);
    if (!url || !match) return refuse(socket, 404, 'Not Found');
    void directLine.authorize(url.searchParams.get('t') ?? undefined, match[1]).then((check) => {
      if (!check.ok) return refuse(socket, check.status, check.status === 401 ? 'Unauthorized' : check.status === 403 ? 'Forbidden' : 'Not Found');
      if (socket.destroyed) return;
      sockets.handleUpgrade(req, socket, head, (ws) => {
        const detach = directLine.attach(check.conversation.id, watermarkOf(url.searchParams.get('watermark')), ws);
        ws.on('close', detach);
        ws.on('error', detach);
        // The page never speaks on the stream: anything it sends is ignored.
        ws.on('message', () => undefined);
      });
    }).catch((e: unknown) => {
      deps.logger.error('directline.stream.error', { error: e instanceof Error ? e.message : String(e) });
      if (!socket.destroyed) refuse(socket, 500, 'Internal Server Error');
    });
  };
  server.server.on('upgrade', onUpgrade);
  return {
    close() {
      server.server.off('upgrade', onUpgrade);
      for (const ws of sockets.clients) ws.terminate();
      sockets.close();
      directLine.close();
    },
  };
}

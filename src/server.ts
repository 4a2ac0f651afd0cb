/**
 * HTTP routes only: /api/messages for the Bot Framework, /api/sms, the payment routes, the account pages, the chat page
 * and its Direct Line, /healthz, /metrics. No business rule here.
 */
import type { AddressInfo } from 'node:net';
import type { ActivityHandler } from 'botbuilder';
import type restify from 'restify';
import { z } from 'zod';
import type { ChannelAdapter } from './bot/adapter';
import type { Logger } from './logger';
import { registerPaymentRoutes, type PaymentRoutesDeps } from './payment/paymentRoutes';
import { registerAccountPages, type AccountPagesDeps } from './web/accountPages';
import { registerAgentPages, type AgentPagesDeps } from './agents/agentPages';
import type { SmsAdapter } from './sms/smsAdapter';
import { twiml, validTwilioSignature } from './sms/twilio';
import { smsBody } from './sms/smsText';
import { registerDirectLineRoutes, type DirectLineRoutesDeps } from './directline/directLineRoutes';
import { UPLOAD_PATH } from './directline/uploadRoute';
import { registerTokenRoute, type TokenRouteDeps } from './directline/tokenRoute';
import { registerChatPage, type ChatPageDeps } from './web/chatPage';
import { registerLegalPages, type LegalPagesDeps } from './web/legalPages';
import { bodyParser, guardBodies } from './web/requestGuards';
import { bufferWarningGiven, createRestifyServer } from './web/restifyParts';
import { metricsHandler, type MetricsRouteDeps } from './web/metricsRoute';

export interface ServerDeps {
  adapter: ChannelAdapter;
  bot: ActivityHandler;
  /** Resolves when the database answers. */
  health: () => Promise<void>;
  /** True once the process was asked to stop: /healthz says 503 so that a load balancer sends no more. */
  stopping?: () => boolean;
  logger: Logger;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes?: number;
  /** SMS through Twilio's webhook, when configured. */
  sms?: {
    adapter: SmsAdapter;
    authToken: string;
    webhookUrl: string;
    /** The commune whose SMS number the resident wrote to (Twilio's `To`), if one is configured with it. */
    communeOf?: (to: string | undefined) => Promise<string | undefined>;
  };
  /** Payment pages, Paybox's notification and invoice PDFs. */
  payment?: PaymentRoutesDeps;
  /** The password and sign-in pages. */
  accounts?: AccountPagesDeps;
  /** The commune agents' back office at /agents. */
  agents?: AgentPagesDeps;
  /** The chat page at / and the bot's own Direct Line (absent: Azure's Direct Line is used, or no web chat). */
  chatPage?: ChatPageDeps;
  /** The accessibility statement, privacy notice and terms of use. */
  legalPages?: LegalPagesDeps;
  directLine?: DirectLineRoutesDeps;
  /** The chat page's token endpoint (the bot's own Direct Line, or Azure's). */
  chatTokens?: TokenRouteDeps;
  /** GET /metrics (404 without a token). */
  metrics?: MetricsRouteDeps;
}

export interface Server {
  server: restify.Server;
  /** Closes the open chat streams (before server.close, which waits for every connection). */
  closeStreams(): void;
}

/** The least an activity needs before the adapter sees it; anything else is a 400, never a crash. */
const ActivityShape = z.object({
  type: z.string().min(1).max(64),
  channelId: z.string().min(1).max(128),
  serviceUrl: z.string().min(1).max(2048),
  conversation: z.object({ id: z.string().min(1).max(512) }).passthrough(),
  from: z.object({ id: z.string().min(1).max(512) }).passthrough(),
  text: z.string().max(10_000).optional().nullable(),
}).passthrough();

/** A posted form as Twilio sends it: text fields only (a JSON body with objects or numbers is not one). */
function formFields(body: unknown): Record<string, string> | undefined {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body) || ArrayBuffer.isView(body)) return undefined;
  const entries = Object.entries(body as Record<string, unknown>);
  return entries.every(([, v]) => typeof v === 'string') ? Object.fromEntries(entries) as Record<string, string> : undefined;
}

export function createServer(deps: ServerDeps): Server {
  const server = createRestifyServer({ name: 'espace-citoyens-bot', handleUncaughtExceptions: false });
  bufferWarningGiven();
  // An idle connection is kept longer than a load balancer's usual idle timeout (60 s), so that the
  // bot is never the one closing a connection just as a request arrives on it (a reset, not an
  // answer); a slow event loop made that race likely with Node's 5 s.
  server.server.keepAliveTimeout = 65_000;
  server.server.headersTimeout = 66_000;
  // Multipart is read only by the web chat's upload route, as a stream (never by restify's parser).
  server.pre(guardBodies(deps.directLine ? [UPLOAD_PATH] : []));
  server.use(bodyParser(deps.maxBodyBytes ?? 256 * 1024));

  server.post('/api/messages', async (req, res) => {
    const parsed = ActivityShape.safeParse(req.body);
    if (!parsed.success) {
      res.status(400);
      res.json({ error: 'invalid activity', issues: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`) });
      return;
    }
    try {
      await deps.adapter.process(req, res, (ctx) => deps.bot.run(ctx));
    } catch (e) {
      deps.logger.error('http.messages.error', { error: e instanceof Error ? e.message : String(e) });
      if (!res.headersSent) {
        res.status(500);
        res.json({ error: 'internal error' });
      }
    }
  });

  const sms = deps.sms;
  if (sms) {
    server.post('/api/sms', async (req, res) => {
      const params = formFields(req.body);
      if (!params) {
        res.status(400);
        res.json({ error: 'a form of text fields is expected' });
        return;
      }
      if (!validTwilioSignature(sms.webhookUrl, params, sms.authToken, req.header('x-twilio-signature'))) {
        res.status(403);
        res.json({ error: 'invalid signature' });
        return;
      }
      if (!params.From || params.Body === undefined) {
        res.status(400);
        res.json({ error: 'From and Body are required' });
        return;
      }
      try {
        const commune = await sms.communeOf?.(params.To);
        const replies = await sms.adapter.receive(params.From, params.Body, commune, (ctx) => deps.bot.run(ctx));
        res.sendRaw(200, twiml(smsBody(replies)), { 'Content-Type': 'text/xml; charset=utf-8' });
      } catch (e) {
        deps.logger.error('http.sms.error', { error: e instanceof Error ? e.message : String(e) });
        res.sendRaw(200, twiml([]), { 'Content-Type': 'text/xml; charset=utf-8' });
      }
    });
  }

  if (deps.payment) registerPaymentRoutes(server, deps.payment);
  if (deps.accounts) registerAccountPages(server, deps.accounts);
  if (deps.agents) registerAgentPages(server, deps.agents);
  if (deps.chatPage) registerChatPage(server, deps.chatPage);
  if (deps.legalPages) registerLegalPages(server, deps.legalPages);
  if (deps.chatTokens) registerTokenRoute(server, deps.chatTokens);
  const streams = deps.directLine ? registerDirectLineRoutes(server, deps.directLine) : undefined;

  server.get('/healthz', async (_req, res) => {
    if (deps.stopping?.()) {
      res.status(503);
      res.json({ status: 'stopping' });
      return;
    }
    try {
      await deps.health();
      res.json({ status: 'ok', database: 'ok' });
    } catch (e) {
      deps.logger.error('health.failed', { error: e instanceof Error ? e.message : String(e) });
      res.status(503);
      res.json({ status: 'error', database: 'unreachable' });
    }
  });

  server.get('/metrics', metricsHandler(deps.metrics ?? { text: () => '' }));

  return { server, closeStreams: () => streams?.close() };
}

export function listen(server: restify.Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') reject(new Error(`Port ${port} on ${host} is already in use by another program. Stop it, or set PORT to a free port.`));
      else if (e.code === 'EACCES') reject(new Error(`Not allowed to listen on port ${port}. Choose a port above 1024 with PORT.`));
      else reject(e);
    });
    server.listen(port, host, () => resolve(server.address() as AddressInfo));
  });
}

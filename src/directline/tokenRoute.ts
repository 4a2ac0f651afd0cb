/**
 * POST /api/webchat/token: what the chat page calls first. A token for a new conversation, or for
 * the same conversation after a reload (the previous token as Bearer), from the bot's own Direct
 * Line or from Azure's (DIRECT_LINE_SECRET). Limited per client address; never cached.
 */
import type restify from 'restify';
import type { ClientAddress } from '../web/clientAddress';
import type { Logger } from '../logger';
import type { Limiter } from '../web/rateLimit';
import { AzureUnavailable, type AzureGrant } from './azureTokens';
import { bearer, fail } from './directLineRoutes';

export interface TokenRouteDeps {
  /** A grant: `previous` is the page's last token, `commune` a configured commune id or null. */
  issue(previous: string | undefined, commune: string | null, locale: string): Promise<AzureGrant>;
  communeExists(id: string): Promise<boolean>;
  /** The client's address, through the trusted proxies (TRUST_PROXY). */
  clientAddress: ClientAddress;
  /** New tokens per client address. */
  limiter: Limiter;
  logger: Logger;
}

export function registerTokenRoute(server: restify.Server, deps: TokenRouteDeps): void {
  server.post('/api/webchat/token', async (req: restify.Request, res: restify.Response) => {
    const taken = await deps.limiter.take(deps.clientAddress(req));
    if (!taken.ok) return fail(res, 429, 'TooManyRequests', 'Too many chat sessions from this address. Wait a moment.', { 'Retry-After': String(taken.retryAfterSeconds) });
    try {
      const body = (req.body ?? {}) as { commune?: unknown; locale?: unknown };
      const commune = typeof body.commune === 'string' && body.commune.length <= 100 && (await deps.communeExists(body.commune)) ? body.commune : null;
      const locale = typeof body.locale === 'string' && /^en\b/i.test(body.locale) ? 'en-US' : 'fr-FR';
      const grant = await deps.issue(bearer(req), commune, locale);
      res.header('Cache-Control', 'no-store');
      res.json(grant);
    } catch (e) {
      if (e instanceof AzureUnavailable) return fail(res, 502, 'ServiceUnavailable', 'The chat service does not answer. Try again in a moment.');
      deps.logger.error('directline.token.error', { error: e instanceof Error ? e.message : String(e) });
      fail(res, 500, 'ServiceError', 'The service could not answer. Try again.');
    }
  });
}

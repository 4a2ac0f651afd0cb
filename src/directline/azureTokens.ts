/**
 * Tokens of Azure Bot Service's Direct Line, for a commune that routes its web chat through Azure
 * (DIRECT_LINE_SECRET): the page never sees the secret, only a token for one conversation.
 * - a new conversation: POST {domain}/tokens/generate with the secret, for a user id of our own;
 * - after a reload: POST {domain}/tokens/refresh with the page's previous token, which keeps the
 *   conversation; a token Azure no longer accepts gets a new conversation instead.
 * Azure answering badly or not at all is an AzureUnavailable error (the route answers 502).
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Logger } from '../logger';
import type { Grant } from './directLine';

export type AzureGrant = Omit<Grant, 'userId'> & { userId?: string };

export class AzureUnavailable extends Error {}

const TokenAnswer = z.object({ conversationId: z.string().min(1), token: z.string().min(1), expires_in: z.number().int().positive() });

export interface AzureTokensDeps {
  secret: string;
  /** Direct Line's base URL, e.g. https://europe.directline.botframework.com/v3/directline. */
  domain: string;
  logger: Logger;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export class AzureTokens {
  constructor(private readonly deps: AzureTokensDeps) {}

  async grant(previous: string | undefined): Promise<AzureGrant> {
    if (previous) {
      const refreshed = await this.call('refresh', previous);
      if (refreshed) return refreshed;
    }
    const userId = `web-${randomBytes(12).toString('hex')}`;
    const generated = await this.call('generate', this.deps.secret, { user: { id: userId } });
    if (!generated) throw new AzureUnavailable('Direct Line refused a new token.');
    return { ...generated, userId };
  }

  /** One call to Azure: the answer, or undefined when Azure refuses the token (401/403/404). */
  private async call(kind: 'generate' | 'refresh', bearer: string, body?: unknown): Promise<Omit<Grant, 'userId'> | undefined> {
    const doFetch = this.deps.fetch ?? fetch;
    let res: Response;
    try {
      res = await doFetch(`${this.deps.domain}/tokens/${kind}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.deps.timeoutMs ?? 10_000),
      });
    } catch (e) {
      this.deps.logger.error('webchat.azure.unreachable', { call: kind, error: e instanceof Error ? e.message : String(e) });
      throw new AzureUnavailable('Direct Line did not answer.');
    }
    if ([401, 403, 404].includes(res.status)) {
      // A refused refresh is an old page's token: a new conversation follows. A refused secret is a configuration error.
      if (kind === 'generate') this.deps.logger.error('webchat.azure.refused', { status: res.status, fix: 'check DIRECT_LINE_SECRET' });
      return undefined;
    }
    const parsed = res.ok ? TokenAnswer.safeParse(await res.json().catch(() => undefined)) : undefined;
    if (!parsed?.success) {
      this.deps.logger.error('webchat.azure.badAnswer', { call: kind, status: res.status });
      throw new AzureUnavailable('Direct Line answered badly.');
    }
    return parsed.data;
  }
}

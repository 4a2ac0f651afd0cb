/**
 * The Bot Framework adapter. With no MicrosoftAppId, botbuilder checks no token on /api/messages:
 * the server then binds 127.0.0.1 unless HOST says otherwise (see README).
 * The error handler apologises in French, logs the conversation (hashed) and the error without
 * personal data, and keeps the state: nothing the resident entered is lost.
 */
import { createHash } from 'node:crypto';
import { CloudAdapter, type ConfigurationBotFrameworkAuthenticationOptions, type TurnContext } from 'botbuilder';
import type { Config } from '../config';
import type { Texts } from '../i18n';
import { pickLocale } from '../i18n';
import type { Logger } from '../logger';
import { ReusedClientsAuthentication } from './reusedClients';

/** A stable, non-reversible id for logs. */
export const conversationTag = (ctx: TurnContext): string =>
  createHash('sha256').update(`${ctx.activity.channelId}:${ctx.activity.conversation?.id ?? ''}`).digest('hex').slice(0, 16);

export function createAdapter(config: Readonly<Config>, texts: Texts, logger: Logger): CloudAdapter {
  const auth = new ReusedClientsAuthentication({
    MicrosoftAppId: config.bot.appId ?? '',
    MicrosoftAppPassword: config.bot.appPassword ?? '',
    MicrosoftAppType: config.bot.appType ?? 'MultiTenant',
    MicrosoftAppTenantId: config.bot.tenantId ?? '',
  } as ConfigurationBotFrameworkAuthenticationOptions);
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (ctx, error) => {
    logger.error('turn.error', {
      conversation: conversationTag(ctx),
      channel: ctx.activity.channelId,
      activityType: ctx.activity.type,
      error: error instanceof Error ? `${error.name}: ${error.message}` : 'unknown',
      stack: error instanceof Error ? error.stack?.split('\n').slice(0, 6).join(' | ') : undefined,
    });
    try {
      await ctx.sendActivity({ type: 'message', text: texts.for(pickLocale(ctx.activity.locale))('errors.generic') });
    } catch (sendError) {
      logger.error('turn.errorReplyFailed', { conversation: conversationTag(ctx), error: String(sendError) });
    }
  };
  return adapter;
}

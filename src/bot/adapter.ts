/**
 * The Bot Framework adapter. With no MicrosoftAppId, botbuilder checks no token on /api/messages:
 * the server then binds 127.0.0.1 unless HOST says otherwise (see README).
 * The error handler apologises in French, logs the conversation (hashed) and the error without
 * personal data, and keeps the state: nothing the resident entered is lost.
 */
import { createHash } from 'node:crypto';
import type { CloudAdapter, ConfigurationBotFrameworkAuthenticationOptions, TurnContext } from 'botbuilder';
import type { Config } from '../config';
import type { Texts } from '../i18n';
import { pickLocale } from '../i18n';
import { lazy } from '../lazy';
import { leanProcess, type ProcessParts } from './leanProcess';
import type { Logger } from '../logger';

// The Bot Framework's HTTP side (its adapter, authentication and streaming): loaded at the first
// Teams activity, not at start; the web chat and SMS run on botbuilder-core alone.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const botbuilder = lazy(() => require('botbuilder') as typeof import('botbuilder'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const reusedClients = lazy(() => require('./reusedClients') as typeof import('./reusedClients'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const processParts = lazy((): ProcessParts => ({ ...(require('botbuilder/lib/activityValidator') as Pick<ProcessParts, 'validateAndFixActivity'>), AuthenticationError: (require('botframework-connector') as typeof import('botframework-connector')).AuthenticationError }));

/** What the server and the notifier use of the Bot Framework adapter. */
export type ChannelAdapter = Pick<CloudAdapter, 'process' | 'continueConversationAsync'>;

/** A stable, non-reversible id for logs. */
export const conversationTag = (ctx: TurnContext): string =>
  createHash('sha256').update(`${ctx.activity.channelId}:${ctx.activity.conversation?.id ?? ''}`).digest('hex').slice(0, 16);

export function createAdapter(config: Readonly<Config>, texts: Texts, logger: Logger): CloudAdapter {
  const { CloudAdapter } = botbuilder();
  const { ReusedClientsAuthentication } = reusedClients();
  const auth = new ReusedClientsAuthentication({
    MicrosoftAppId: config.bot.appId ?? '',
    MicrosoftAppPassword: config.bot.appPassword ?? '',
    MicrosoftAppType: config.bot.appType ?? 'MultiTenant',
    MicrosoftAppTenantId: config.bot.tenantId ?? '',
  } as ConfigurationBotFrameworkAuthenticationOptions);
  const adapter = new CloudAdapter(auth);
  // Its HTTP requests processed without the zod checks it builds again at each one (src/bot/leanProcess.ts).
  leanProcess(adapter, processParts());
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

/** The adapter of createAdapter, made at its first use: the first /api/messages request or message to a Teams conversation. */
export function adapterOnDemand(config: Readonly<Config>, texts: Texts, logger: Logger): ChannelAdapter {
  const adapter = lazy(() => createAdapter(config, texts, logger));
  return {
    process: ((...args: Parameters<CloudAdapter['process']>) => adapter().process(...args)) as CloudAdapter['process'],
    continueConversationAsync: ((...args: Parameters<CloudAdapter['continueConversationAsync']>) => adapter().continueConversationAsync(...args)) as CloudAdapter['continueConversationAsync'],
  };
}

/**
 * What each of the server's routes is given, built from the core and the configuration: SMS, the
 * payment provider's side, the account pages, the agents' back office, the chat page and its
 * Direct Line (the bot's own, or Azure's tokens), the legal pages, /metrics.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SqlStorage } from './bot/sqlStorage';
import type { ConversationNotifier } from './bot/notifier';
import { conversationAwaitsSecret } from './bot/secretPrompt';
import type { CitizenBot } from './bot/citizenBot';
import { chatUploads, sharedLimit, UPLOADS_PER_HOUR, withApology } from './botAssembly';
import { ConfigError, type Config } from './config';
import type { Core } from './core';
import { AzureTokens } from './directline/azureTokens';
import { DirectLine } from './directline/directLine';
import { DIRECT_LINE_CHANNEL, type DirectLineAdapter } from './directline/directLineAdapter';
import { metricsText, watchEventLoop } from './ops/metrics';
import { SANDBOX_MERCHANT, type SandboxKeys } from './payment/sandbox';
import type { ServerDeps } from './server';
import { SmsAdapter } from './sms/smsAdapter';
import { clientAddressReader } from './web/clientAddress';

/** The payment provider's side: the sandbox's keys, or Paybox's credentials and public key. */
export async function paymentSetup(config: Readonly<Config>, sandbox: Promise<SandboxKeys> | undefined) {
  const { mode } = config.payment;
  if (mode === 'sandbox' && sandbox) {
    const keys = await sandbox;
    return { mode, merchant: { ...SANDBOX_MERCHANT, hmacKey: keys.hmacKey }, merchantKeys: config.payment.merchantKeys, publicKeyPem: keys.publicKeyPem, sandbox: keys };
  }
  if (!fs.existsSync(config.payment.publicKeyFile)) throw new ConfigError(`Paybox's public key is missing: ${config.payment.publicKeyFile}. Set PAYBOX_PUBLIC_KEY_FILE to the PEM file given by Paybox.`);
  const { site, rang, identifiant, hmacKey } = config.payment as Required<Config['payment']>;
  return { mode, merchant: { site, rang, identifiant, hmacKey }, merchantKeys: config.payment.merchantKeys, publicKeyPem: fs.readFileSync(config.payment.publicKeyFile, 'utf8') };
}

export interface RouteSources {
  config: Readonly<Config>;
  core: Core;
  bot: CitizenBot;
  webAdapter: DirectLineAdapter;
  notifier: ConversationNotifier;
  payment: Awaited<ReturnType<typeof paymentSetup>>;
  /** The address links are built on, known once the server listens. */
  baseUrl: () => string;
}

export type RouteDeps = Pick<ServerDeps, 'sms' | 'payment' | 'accounts' | 'agents' | 'chatPage' | 'legalPages' | 'directLine' | 'chatTokens' | 'metrics'>;

/** The routes' dependencies; the bot's own Direct Line starts sweeping the uploads of turns cut short by a stop. */
export function routeDeps({ config, core, bot, webAdapter, notifier, payment, baseUrl }: RouteSources): RouteDeps {
  const sms = config.sms ? { ...config.sms, adapter: withApology(core, new SmsAdapter(), 'sms'), communeOf: async (to: string | undefined) => (await core.service.communeOfSmsNumber(to))?.id } : undefined;
  const stateStorage = new SqlStorage(core.stateRepository);
  const accounts = { service: core.service, texts: core.texts, logger: core.logger, baseUrl };
  const agents = { ...accounts, secret: core.secret, teller: notifier };
  const chatPage = {
    texts: core.texts,
    logger: core.logger,
    findCommune: (id: string) => core.service.findCommune(id),
    defaultCommune: config.defaultCommune,
    bundleFile: config.webchat.bundleFile,
    publicDir: path.join(config.rootDir, 'public'),
    embedOrigins: config.webchat.embedOrigins,
    azureDomain: config.webchat.azure?.domain,
  };
  const legalPages = {
    texts: core.texts,
    findCommune: (id: string) => core.service.findCommune(id),
    listCommunes: () => core.service.listCommunes(),
    defaultCommune: config.defaultCommune,
    facts: () => ({ retention: config.retention, channels: { sms: !!config.sms, teams: !!config.bot.appId }, baseUrl: baseUrl() }),
  };
  const ownDirectLine = config.webchat.azure
    ? undefined
    : new DirectLine({
      store: core.directLineStore, adapter: webAdapter, bot, secret: core.secret, clock: core.service.clock, logger: core.logger,
      awaitsSecret: (c) => conversationAwaitsSecret(stateStorage, DIRECT_LINE_CHANNEL, c.id),
    });
  const directLine = ownDirectLine && {
    directLine: ownDirectLine,
    publicUrl: config.publicUrl,
    logger: core.logger,
    activityLimiter: sharedLimit(core, { name: 'dl-activities', points: 20, windowMs: 10_000 }),
    uploads: { uploads: chatUploads(core), uploadLimiter: sharedLimit(core, { name: 'dl-uploads', points: UPLOADS_PER_HOUR, windowMs: 3_600_000 }) },
  };
  // Files of turns cut short by a stop: removed after an hour.
  if (directLine) void directLine.uploads.uploads.sweep(new Date(), 3_600_000).catch(() => undefined);
  const azureTokens = config.webchat.azure && new AzureTokens({ ...config.webchat.azure, logger: core.logger });
  const chatTokens = {
    issue: (previous: string | undefined, commune: string | null, locale: string) => (ownDirectLine ? ownDirectLine.grant(previous, commune, locale) : azureTokens!.grant(previous)),
    communeExists: async (id: string) => !!(await core.service.findCommune(id)),
    clientAddress: clientAddressReader(config.trustProxy),
    limiter: sharedLimit(core, { name: 'chat-tokens', points: config.webchat.tokensPerMinute, windowMs: 60_000 }),
    logger: core.logger,
  };
  if (config.metricsToken) watchEventLoop();
  const metrics = { token: config.metricsToken, text: metricsText };
  return { sms, payment: { ...payment, service: core.service, texts: core.texts, logger: core.logger, baseUrl }, accounts, agents, chatPage, legalPages, directLine, chatTokens, metrics };
}

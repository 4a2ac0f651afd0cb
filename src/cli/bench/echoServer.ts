/**
 * The benchmark's baseline: a bare botbuilder EchoBot on the same stack as the bot (restify
 * through createServer, the same CloudAdapter and body limits, /api/messages), with no database,
 * no dialogs, no understanding. Started by `npm run bench` as its own process on PORT.
 */
import { ActivityHandler } from 'botbuilder';
import { createAdapter } from '../../bot/adapter';
import { loadConfig } from '../../config';
import { Texts } from '../../i18n';
import { createLogger } from '../../logger';
import { createServer, listen } from '../../server';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    // What it says back is the message itself (or, for a member joining, the activity's type): no wording of its own.
    this.onMessage(async (context, next) => {
      await context.sendActivity(context.activity.text || 'message');
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await context.sendActivity(context.activity.type);
      await next();
    });
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const adapter = createAdapter(config, Texts.create(config.localesDir), logger);
  const { server } = createServer({ adapter, bot: new EchoBot(), health: async () => undefined, logger });
  await listen(server, config.port, config.host);
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}

void main();

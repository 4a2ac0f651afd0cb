/**
 * The adapter's HTTP requests processed without botbuilder's per-request zod checks
 * (src/bot/leanProcess.ts): the same status and body as botbuilder's own `process` for each case
 * (a message answered with expectReplies, another method, a body that is not an object, an activity
 * without type, a turn that fails, an invoke's response, a request without a valid token when the bot
 * has credentials), and no zod check run; a failure past the turn answers 500 without its message.
 */
import { CloudAdapter, type Request, type Response, type TurnContext } from 'botbuilder';
import { createAdapter } from '../../src/bot/adapter';
import { ReusedClientsAuthentication } from '../../src/bot/reusedClients';
import { loadConfig } from '../../src/config';
import { Texts } from '../../src/i18n';
import { createLogger } from '../../src/logger';

// botbuilder's own copy of zod: what its `process` checks each request with.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const botbuilderZod = require('botbuilder/node_modules/zod') as typeof import('zod');

interface Answer {
  status?: number;
  body?: unknown;
  ended: boolean;
}

function exchange(method: string, body: unknown, authorization?: string): { req: Request; res: Response; answer: Answer } {
  const answer: Answer = { ended: false };
  const res = {
    status: (s: number) => (answer.status = s),
    send: (b: unknown) => (answer.body = b),
    header: () => undefined,
    end: () => (answer.ended = true),
  } as unknown as Response;
  return { req: { method, body, headers: authorization ? { authorization } : {} } as unknown as Request, res, answer };
}

const message = (extra: Record<string, unknown> = {}) => ({
  type: 'message',
  text: 'bonjour',
  channelId: 'webchat',
  serviceUrl: 'http://127.0.0.1:1',
  deliveryMode: 'expectReplies',
  conversation: { id: 'c1' },
  from: { id: 'u1' },
  recipient: { id: 'bot' },
  ...extra,
});

const logics: Record<string, (ctx: TurnContext) => Promise<void>> = {
  replies: async (ctx) => {
    await ctx.sendActivity(`vous avez dit ${ctx.activity.text}`);
  },
  fails: async () => {
    throw new Error('turn failed');
  },
  invoke: async (ctx) => {
    ctx.turnState.set(Symbol.for('BotFrameworkAdapter.InvokeResponse'), undefined);
    await ctx.sendActivity({ type: 'invokeResponse', value: { status: 202, body: { ok: true } } });
  },
};

const cases: Array<[string, string, unknown, keyof typeof logics]> = [
  ['a message with expectReplies', 'POST', message(), 'replies'],
  ['another method', 'GET', message(), 'replies'],
  ['a body that is a list', 'POST', [message()], 'replies'],
  ['a body that is text', 'POST', 'bonjour', 'replies'],
  ['an activity with an empty type', 'POST', message({ type: '' }), 'replies'],
  ['a turn that fails', 'POST', message(), 'fails'],
  ['an invoke', 'POST', message({ type: 'invoke', name: 'x', deliveryMode: undefined }), 'invoke'],
];

describe('the adapter without per-request zod checks', () => {
  const config = loadConfig({ DATA_DIR: '/tmp/lean-process-unused' }, process.cwd());
  const texts = Texts.create(config.localesDir);
  const logger = createLogger('error');
  const lean = createAdapter(config, texts, logger);
  // botbuilder's own process, on the same authentication (none: no app id).
  const plain = new CloudAdapter(new ReusedClientsAuthentication({}));
  const quiet = [jest.spyOn(console, 'error').mockImplementation(() => undefined), jest.spyOn(console, 'warn').mockImplementation(() => undefined)];
  afterAll(() => quiet.forEach((q) => q.mockRestore()));
  // The lean adapter's error handler apologises (src/bot/adapter.ts): the same for both here.
  plain.onTurnError = lean.onTurnError;

  it.each(cases)('answers %s as botbuilder does', async (_name, method, body, logic) => {
    const mine = exchange(method, structuredClone(body));
    const theirs = exchange(method, structuredClone(body));
    const outcome = (p: Promise<void>) => p.then(() => 'done', (e: unknown) => (e instanceof Error ? e.message : String(e)));
    const a = await outcome(lean.process(mine.req, mine.res, logics[logic]!));
    const b = await outcome(plain.process(theirs.req, theirs.res, logics[logic]!));
    expect(a).toBe(b);
    expect(mine.answer).toEqual(theirs.answer);
  });

  it('runs no zod check for a request', async () => {
    const parse = jest.spyOn(botbuilderZod.ZodType.prototype, 'safeParse');
    try {
      const { req, res, answer } = exchange('POST', message());
      await lean.process(req, res, logics.replies!);
      expect(answer.status).toBe(200);
      expect(parse).not.toHaveBeenCalled();
      // botbuilder's own process checks each request with zod.
      const plainRun = exchange('POST', message());
      await plain.process(plainRun.req, plainRun.res, logics.replies!);
      expect(parse).toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });
});

describe('the adapter without per-request zod checks, with credentials', () => {
  const config = loadConfig({ DATA_DIR: '/tmp/lean-process-unused', MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret' }, process.cwd());
  const texts = Texts.create(config.localesDir);
  const lean = createAdapter(config, texts, createLogger('error'));
  const plain = new CloudAdapter(new ReusedClientsAuthentication({ MicrosoftAppId: config.bot.appId, MicrosoftAppPassword: config.bot.appPassword, MicrosoftAppType: 'MultiTenant' }));
  plain.onTurnError = lean.onTurnError;
  const quiet = [jest.spyOn(console, 'error').mockImplementation(() => undefined), jest.spyOn(console, 'warn').mockImplementation(() => undefined)];
  afterAll(() => quiet.forEach((q) => q.mockRestore()));

  it.each([
    ['no token', undefined],
    ['a token of another scheme', 'Basic dXNlcjpwYXNz'],
  ])('refuses a request with %s as botbuilder does, and runs no turn', async (_name, authorization) => {
    const ran = jest.fn(async () => undefined);
    const mine = exchange('POST', message(), authorization);
    const theirs = exchange('POST', message(), authorization);
    await lean.process(mine.req, mine.res, ran);
    await plain.process(theirs.req, theirs.res, ran);
    expect(mine.answer.status).toBe(401);
    expect(mine.answer).toEqual(theirs.answer);
    expect(ran).not.toHaveBeenCalled();
  });
});

describe('a failure past the turn', () => {
  const config = loadConfig({ DATA_DIR: '/tmp/lean-process-unused' }, process.cwd());
  const lean = createAdapter(config, Texts.create(config.localesDir), createLogger('error'));
  const quiet = [jest.spyOn(console, 'error').mockImplementation(() => undefined)];
  afterAll(() => quiet.forEach((q) => q.mockRestore()));

  it('answers 500 without the internal error message', async () => {
    lean.onTurnError = async () => {
      throw new Error('SQLITE_BUSY: database is locked at /var/lib/data/bot.db');
    };
    const { req, res, answer } = exchange('POST', message());
    await lean.process(req, res, logics.fails!);
    expect(answer.status).toBe(500);
    expect(JSON.stringify(answer.body ?? '')).not.toMatch(/SQLITE|\/var\/lib/);
    expect(answer.ended).toBe(true);
  });
});

/**
 * The whole application over HTTP, as a channel sees it: startApp on a free port, activities
 * posted to /api/messages with deliveryMode « expectReplies » (the replies come back in the
 * response body), /healthz, and the ways startup can fail.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ActivityHandler } from 'botbuilder';
import { createAdapter } from '../../src/bot/adapter';
import { fixedClock } from '../../src/domain/clock';
import { Texts } from '../../src/i18n';
import { main, type Process, type RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { createLogger } from '../../src/logger';
import { createServer, listen } from '../../src/server';
import { tempConfig } from '../support/harness';

const clock = fixedClock('2026-11-18T14:00:00Z');

function activity(overrides: Record<string, unknown>) {
  return {
    type: 'message',
    channelId: 'webchat',
    serviceUrl: 'http://127.0.0.1:1',
    deliveryMode: 'expectReplies',
    conversation: { id: 'conv-1' },
    from: { id: 'resident-1', name: 'Résident' },
    recipient: { id: 'bot', name: 'Bot' },
    locale: 'fr-FR',
    ...overrides,
  };
}

async function post(app: RunningApp, body: unknown): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`http://${app.host}:${app.port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as unknown) : undefined };
}

const texts = (json: unknown): string =>
  ((json as { activities?: Array<{ text?: string }> }).activities ?? []).map((a) => a.text ?? '').join('\n');

describe('the running application', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startSeededApp(tempConfig(), clock);
  });
  afterAll(async () => app.stop());

  it('binds 127.0.0.1 when no app id is configured', () => {
    expect(app.host).toBe('127.0.0.1');
  });

  it('greets a new conversation and answers a message in French', async () => {
    const joined = await post(
      app,
      activity({ type: 'conversationUpdate', membersAdded: [{ id: 'resident-1' }], channelData: { commune: 'carrieres-sous-poissy' } }),
    );
    expect(joined.status).toBe(200);
    expect(texts(joined.json)).toContain('Bonjour');
    expect(texts(joined.json)).toContain('Que souhaitez-vous faire ?');

    const answered = await post(app, activity({ text: 'horaires de la régie le mercredi' }));
    expect(answered.status).toBe(200);
    expect(texts(answered.json)).toContain('Régie centrale : le mercredi, accueil de 8 h 30 à 12 h et de 13 h 45 à 17 h 30.');
  });

  it('answers « bonjour » in French with the menu card when the channel tells the commune', async () => {
    const res = await post(app, activity({ conversation: { id: 'conv-hello' }, text: 'bonjour', channelData: { commune: 'chanteloup-les-vignes' } }));
    expect(res.status).toBe(200);
    const replies = (res.json as { activities: Array<{ text?: string; attachments?: Array<{ contentType: string }> }> }).activities;
    expect(texts(res.json)).toContain('Bonjour');
    expect(texts(res.json)).toContain('Que souhaitez-vous faire ?');
    expect(replies.some((r) => r.attachments?.[0]?.contentType === 'application/vnd.microsoft.card.adaptive')).toBe(true);
  });

  it('keeps each conversation apart', async () => {
    const other = await post(app, activity({ conversation: { id: 'conv-2' }, from: { id: 'resident-2' }, text: 'bonjour' }));
    expect(texts(other.json)).toContain('Quelle est votre commune ?');
  });

  it.each([
    ['not JSON', '{"type": "message", '],
    ['an empty body', ''],
    ['an empty object', {}],
    ['no conversation', { type: 'message', channelId: 'webchat', serviceUrl: 'http://x', from: { id: 'a' } }],
    ['a text far too long', activity({ text: 'a'.repeat(10_001) })],
  ])('answers 400, not a crash, to %s', async (_what, body) => {
    const res = await post(app, body);
    expect(res.status).toBe(400);
    // and it still works afterwards
    const ok = await post(app, activity({ conversation: { id: 'conv-3' }, text: 'bonjour' }));
    expect(ok.status).toBe(200);
  });

  it('has no SMS route unless Twilio is configured', async () => {
    const res = await fetch(`http://${app.host}:${app.port}/api/sms`, { method: 'POST', body: 'From=%2B33600000000&Body=bonjour', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect([404, 405]).toContain(res.status);
  });

  it('reports its health', async () => {
    const res = await fetch(`http://${app.host}:${app.port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });
});

describe('failures', () => {
  it('apologises in French when a turn fails, and the server keeps serving', async () => {
    const config = tempConfig();
    const logged: string[] = [];
    const logger = createLogger('debug', (line) => logged.push(line));
    const bot = new ActivityHandler();
    bot.onMessage(async () => {
      throw new Error('boom');
    });
    const adapter = createAdapter(config, Texts.create(config.localesDir), logger);
    const { server } = createServer({ adapter, bot, health: async () => undefined, logger });
    const address = await listen(server, 0, '127.0.0.1');
    try {
      const fake = { host: '127.0.0.1', port: address.port } as RunningApp;
      const res = await post(fake, activity({ text: 'mon code est ABC123' }));
      expect(texts(res.json)).toContain('un problème technique');
      const errors = logged.map((l) => JSON.parse(l) as { event: string });
      expect(errors.map((e) => e.event)).toContain('turn.error');
      // the log names the error, never what the resident wrote
      expect(logged.join('\n')).toContain('boom');
      expect(logged.join('\n')).not.toContain('ABC123');
      const again = await post(fake, activity({ conversation: { id: 'conv-9' }, text: 'bonjour' }));
      expect(again.status).toBe(200);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('answers 503 on /healthz when the database does not answer', async () => {
    const app = await startSeededApp(tempConfig(), clock);
    try {
      app.core.close();
      const res = await fetch(`http://${app.host}:${app.port}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'error', database: 'unreachable' });
    } finally {
      await new Promise<void>((resolve) => {
        app.stop().then(resolve, () => resolve());
      });
    }
  });

  function fakeProcess(env: Record<string, string>): Process & { errors: string[]; code?: number } {
    const proc = {
      env: { LOG_LEVEL: 'silent', PORT: '0', ...env },
      errors: [] as string[],
      code: undefined as number | undefined,
      stderr: { write: (text: string) => proc.errors.push(text) },
      exit: (code: number) => {
        proc.code = code;
      },
      once: () => proc,
    };
    return proc;
  }

  it('exits with 1 and a plain message when the port is taken', async () => {
    const first = await startSeededApp(tempConfig(), clock);
    try {
      const proc = fakeProcess({ PORT: String(first.port), DATA_DIR: tempConfig().dataDir });
      expect(await main(proc)).toBeUndefined();
      expect(proc.code).toBe(1);
      expect(proc.errors.join('')).toContain(`Port ${first.port} on 127.0.0.1 is already in use`);
    } finally {
      await first.stop();
    }
  });

  it('exits with 1 when the database cannot be opened', async () => {
    const dir = tempConfig().dataDir;
    const blocker = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocker, 'x');
    const proc = fakeProcess({ DATA_DIR: blocker });
    expect(await main(proc)).toBeUndefined();
    expect(proc.code).toBe(1);
    expect(proc.errors.join('')).toMatch(/not-a-folder/);
  });

  it('exits with 1 when the PostgreSQL server of DATABASE_URL does not answer, without printing its password', async () => {
    const proc = fakeProcess({ DATABASE_URL: 'postgres://espace:s3cret-pw@127.0.0.1:1/espace', DATA_DIR: tempConfig().dataDir });
    expect(await main(proc)).toBeUndefined();
    expect(proc.code).toBe(1);
    expect(proc.errors.join('')).toContain('Cannot open or migrate the database at postgres://espace:***@127.0.0.1:1/espace');
    expect(proc.errors.join('')).not.toContain('s3cret-pw');
  });

  it('exits with 1 when DATABASE_URL is not a PostgreSQL URL', async () => {
    const proc = fakeProcess({ DATABASE_URL: 'mysql://localhost/espace', DATA_DIR: tempConfig().dataDir });
    expect(await main(proc)).toBeUndefined();
    expect(proc.code).toBe(1);
    expect(proc.errors.join('')).toContain('DATABASE_URL: a PostgreSQL URL');
  });

  it('exits with 1 on an invalid configuration, naming the key', async () => {
    const proc = fakeProcess({ PORT: 'abc', DATA_DIR: tempConfig().dataDir });
    expect(await main(proc)).toBeUndefined();
    expect(proc.code).toBe(1);
    expect(proc.errors.join('')).toContain('PORT');
  });

  it('exits with 1 when DEFAULT_COMMUNE is not a configured commune', async () => {
    const proc = fakeProcess({ DEFAULT_COMMUNE: 'paris', DATA_DIR: tempConfig().dataDir });
    expect(await main(proc)).toBeUndefined();
    expect(proc.code).toBe(1);
    expect(proc.errors.join('')).toContain('DEFAULT_COMMUNE "paris" is not a configured commune');
    expect(proc.errors.join('')).toContain('carrieres-sous-poissy');
  });
});

/**
 * Papers sent with the web chat's attach button, through the real server and the bot's own Direct
 * Line, with the multipart body botframework-directlinejs sends (an `activity` part as a blob of
 * type application/vnd.microsoft.activity, then a `file` part per file): the avis d'imposition
 * reaches « envoyer un document » and its row is stored; a démarche's paper is kept for the
 * request. Then every refusal, with its status, nothing stored, nothing in the temporary folder,
 * and the server still answering.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { fixedClock } from '../../src/domain/clock';
import { UPLOADS_PER_HOUR, type RunningApp } from '../../src/index';
import { startSeededApp } from '../support/seededApp';
import { UPLOADS_AT_ONCE } from '../../src/directline/uploadRoute';
import { linkedDurand } from '../support/accounts';
import { tempConfig } from '../support/harness';
import { lastCode } from '../support/outbox';
import { oneOf, rowsOf } from '../support/sql';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 32)]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(500, 1)]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(500, 2)]);

let app: RunningApp;
let tmp: string;
const previousTmp = process.env.TMPDIR;
const clock = fixedClock('2026-11-18T14:00:00Z');
const base = () => `http://${app.host}:${app.port}`;

beforeAll(async () => {
  const config = tempConfig({ CHAT_TOKENS_PER_MINUTE: '100' });
  // Whatever the server writes to the temporary folder lands here, to be checked.
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ecb-uploads-tmp-'));
  process.env.TMPDIR = tmp;
  app = await startSeededApp(config, clock);
});
afterAll(async () => {
  process.env.TMPDIR = previousTmp;
  await app.stop();
});

/** After each case: healthy, no file left in the upload store's staging folder nor in the temporary folder. */
afterEach(async () => {
  expect((await fetch(`${base()}/healthz`)).status).toBe(200);
  const staging = path.join(app.core.config.uploadsDir, 'chat');
  expect(fs.existsSync(staging) ? fs.readdirSync(staging, { recursive: true }) : []).toEqual([]);
  expect(fs.readdirSync(tmp)).toEqual([]);
});

interface Grant { token: string; conversationId: string; userId: string }
async function call(method: string, pathname: string, token?: string, body?: unknown) {
  const res = await fetch(`${base()}${pathname}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : undefined) as Record<string, unknown> };
}
async function conversation(): Promise<Grant> {
  const g = (await call('POST', '/api/webchat/token', undefined, { commune: 'carrieres-sous-poissy', locale: 'fr-FR' })).json as unknown as Grant;
  expect((await call('POST', '/v3/directline/conversations', g.token)).status).toBe(201);
  return g;
}
const watermark = new Map<string, number>();
/** Sends a message; returns what the bot said since the last look. */
async function say(g: Grant, text: string): Promise<string> {
  expect((await call('POST', `/v3/directline/conversations/${g.conversationId}/activities`, g.token, { type: 'message', from: { id: g.userId }, text })).status).toBe(200);
  return news(g);
}
async function news(g: Grant): Promise<string> {
  const res = await call('GET', `/v3/directline/conversations/${g.conversationId}/activities?watermark=${watermark.get(g.conversationId) ?? 0}`, g.token);
  const activities = res.json.activities as Array<{ text?: string; from: { role?: string } }>;
  watermark.set(g.conversationId, Number(res.json.watermark));
  return activities.filter((a) => a.from.role === 'bot').map((a) => a.text ?? '').join('\n');
}

/** The body botframework-directlinejs posts: the activity as a blob, then each file under `file`. */
function directLineForm(files: Array<{ name: string; type: string; bytes: Buffer }>, activity: Record<string, unknown> = {}): FormData {
  const form = new FormData();
  const listed = files.map((f) => ({ contentType: f.type, name: f.name, thumbnailUrl: 'data:image/jpeg;base64,/9j/4AAQ' }));
  form.append('activity', new Blob([JSON.stringify({ type: 'message', from: { id: 'ignored' }, attachments: listed, channelData: { clientActivityID: 'c1', attachmentSizes: files.map((f) => f.bytes.length) }, ...activity })], { type: 'application/vnd.microsoft.activity' }));
  for (const f of files) form.append('file', new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name);
  return form;
}
async function upload(g: Grant, body: FormData | Buffer, headers: Record<string, string> = {}, token: string | undefined = g.token, id = g.conversationId) {
  const res = await fetch(`${base()}/v3/directline/conversations/${id}/upload?userId=${g.userId}`, { method: 'POST', headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers }, body: body instanceof FormData ? body : new Uint8Array(body) });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : undefined) as { id?: string; error?: { code: string; reason?: string } } };
}
/** The status and the reason the page is given (src/directline/uploadReasons.ts). */
const refusal = (r: Awaited<ReturnType<typeof upload>>) => [r.status, r.json.error?.reason];
const documentCount = async () => Number((await oneOf<{ n: number }>(app.core, sql`select count(*) as n from documents`))?.n);

it('takes the avis d\'imposition sent with the attach button: the dialog receives it and its row is stored', async () => {
  const email = 'francoise.durand@example.org';
  await linkedDurand(app.core, email);
  const g = await conversation();
  await say(g, 'Me connecter');
  await say(g, email);
  await say(g, lastCode(app.core.config.outboxDir, email));
  expect(await say(g, 'envoyer un document')).toContain('Quel document envoyez-vous ?');
  expect(await say(g, 'Avis d\'imposition')).toContain('avec le trombone');

  const sent = await upload(g, directLineForm([{ name: 'avis 2025.pdf', type: 'application/pdf', bytes: PDF }]));
  expect(sent.status).toBe(200);
  expect(sent.json.id).toMatch(new RegExp(`^${g.conversationId}\\|\\d{7}$`));
  expect(await news(g)).toContain('Avis d\'imposition (avis 2025.pdf)');
  const row = await oneOf<{ kind: string; mime_type: string; size_bytes: number; storage_path: string; file_name: string }>(app.core, sql`select kind, mime_type, size_bytes, storage_path, file_name from documents`);
  expect(row).toMatchObject({ kind: 'avis_imposition', mime_type: 'application/pdf', size_bytes: PDF.length, file_name: 'avis 2025.pdf' });
  expect(fs.readFileSync(path.join(app.core.config.uploadsDir, row!.storage_path)).equals(PDF)).toBe(true);

  // The history shows the file by its name only: no address, no thumbnail.
  const history = await call('GET', `/v3/directline/conversations/${g.conversationId}/activities`, g.token);
  const echo = (history.json.activities as Array<{ id: string; attachments?: unknown }>).find((a) => a.id === sent.json.id);
  expect(echo?.attachments).toEqual([{ contentType: 'application/pdf', name: 'avis 2025.pdf' }]);
});

// A file sent at a question that takes none (a basket): kept past its turn (the upload itself is removed when the turn ends),
// then stored once the task is over and the paper named; no copy left behind (afterEach).
it('keeps a file sent at a basket for the documents, once the booking is confirmed', async () => {
  const email = 'marc.durand@example.org';
  await linkedDurand(app.core, email);
  const g = await conversation();
  await say(g, 'Me connecter');
  await say(g, email);
  await say(g, lastCode(app.core.config.outboxDir, email));
  await say(g, 'réserver la cantine pour Léa les 19 et 20 novembre');
  expect((await upload(g, directLineForm([{ name: 'certificat.pdf', type: 'application/pdf', bytes: PDF }]))).status).toBe(200);
  await news(g);
  await say(g, 'oui');
  await say(g, 'Autre document');
  const row = await oneOf<{ kind: string; size_bytes: number; file_name: string }>(app.core, sql`select kind, size_bytes, file_name from documents where file_name = 'certificat.pdf'`);
  expect(row).toMatchObject({ size_bytes: PDF.length, file_name: 'certificat.pdf' });
});

it('keeps a démarche\'s paper for the request (no « guichet » here any more)', async () => {
  const g = await conversation();
  const rules = await say(g, 'je veux m\'inscrire sur les listes électorales');
  expect(rules).not.toContain(app.core.texts.for('fr')('demarche.file.noFilesHere'));
  for (const answer of ['française', 'J\'y habite', 'Martin', 'Paul', '12/03/1990', 'paul.martin@example.org']) await say(g, answer);
  expect(await say(g, '8 allée des Lilas 78955 Carrières-sous-Poissy')).toContain('Joignez votre pièce d\'identité');
  const before = await documentCount();
  expect((await upload(g, directLineForm([{ name: 'carte.png', type: 'image/png', bytes: PNG }]))).status).toBe(200);
  expect(await news(g)).toContain('carte.png');
  const kept = await rowsOf<{ mime_type: string; file_name: string; size_bytes: number }>(app.core, sql`select mime_type, file_name, size_bytes from documents where household_id is null`);
  expect(await documentCount()).toBe(before + 1);
  expect(kept.at(-1)).toMatchObject({ mime_type: 'image/png', file_name: 'carte.png', size_bytes: PNG.length });
});

it('takes a paper sent before signing in, stores nothing, and the bot asks to sign in first', async () => {
  const g = await conversation();
  const before = await documentCount();
  expect((await upload(g, directLineForm([{ name: 'avis.pdf', type: 'application/pdf', bytes: PDF }]))).status).toBe(200);
  expect(await news(g)).toContain(app.core.texts.for('fr')('documents.signInFirst'));
  expect(await documentCount()).toBe(before);
});

it('refuses a file whose content is not PDF, JPEG or PNG, whatever its declared type, and an empty one', async () => {
  const g = await conversation();
  const before = await documentCount();
  const wrong = await upload(g, directLineForm([{ name: 'scan.pdf', type: 'application/pdf', bytes: EXE }]));
  expect([wrong.status, wrong.json.error?.code, wrong.json.error?.reason]).toEqual([415, 'BadArgument', 'notPaper']);
  // One good file and one bad: nothing is taken.
  const mixed = await upload(g, directLineForm([{ name: 'a.pdf', type: 'application/pdf', bytes: PDF }, { name: 'b.png', type: 'image/png', bytes: EXE }]));
  expect(refusal(mixed)).toEqual([415, 'notPaper']);
  expect(refusal(await upload(g, directLineForm([{ name: 'vide.pdf', type: 'application/pdf', bytes: Buffer.alloc(0) }])))).toEqual([400, 'empty']);
  expect(await documentCount()).toBe(before);
});

/** A raw upload, the body streamed in chunks; resolves with the status (0: the connection was closed first), its Connection header and the time taken. */
function streamed(g: Grant, chunks: number, chunkBytes: number, declaredLength?: number): Promise<{ status: number; connection?: string; ms: number; chunksSent: number }> {
  const boundary = 'ecbBoundary42';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`);
  const started = Date.now();
  return new Promise((resolve) => {
    const req = http.request(`${base()}/v3/directline/conversations/${g.conversationId}/upload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${g.token}`, 'content-type': `multipart/form-data; boundary=${boundary}`, ...(declaredLength ? { 'content-length': String(declaredLength) } : {}) },
    }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, ms: Date.now() - started, chunksSent: sent }));
    });
    req.on('error', () => resolve({ status: 0, ms: Date.now() - started, chunksSent: sent }));
    let sent = 0;
    req.write(head);
    const next = () => {
      if (req.destroyed) return;
      if (sent++ >= chunks) return void req.end(`\r\n--${boundary}--\r\n`);
      req.write(Buffer.alloc(chunkBytes, 32), () => setImmediate(next));
    };
    next();
  });
}

it('stops reading a file over 10 MB as it streams in, answers 413 and closes the connection', async () => {
  const g = await conversation();
  const before = await documentCount();
  // 15 MB in chunks (no length given): refused past 10 MB, the rest dropped, the status given.
  const over = await streamed(g, 240, 64 * 1024);
  expect([over.status, over.connection]).toEqual([413, 'keep-alive']);
  // 40 MB: refused past 10 MB, the connection closed before the end.
  const chunked = await streamed(g, 640, 64 * 1024);
  // The 413 (Connection: close), or the connection reset while the client still writes.
  expect([[413, 'close'], [0, undefined]]).toContainEqual([chunked.status, chunked.connection]);
  expect(chunked.ms).toBeLessThan(10_000);
  // The answer came while the body was still being sent: the rest was never read.
  expect(chunked.chunksSent).toBeLessThan(640);
  // A length announced over the limit: refused before reading.
  const announced = await streamed(g, 4, 64 * 1024, 60 * 1024 * 1024);
  expect([[413, 'close'], [0, undefined]]).toContainEqual([announced.status, announced.connection]);
  expect(announced.ms).toBeLessThan(10_000);
  // As the page sends it: the page is told the file is too big.
  expect(refusal(await upload(g, directLineForm([{ name: 'scan.pdf', type: 'application/pdf', bytes: Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]) }])))).toEqual([413, 'tooBig']);
  expect(await documentCount()).toBe(before);
  // The conversation still works.
  expect(await say(g, 'horaires de la mairie')).not.toBe('');
});

it('refuses a missing, invalid or other conversation\'s token, and another conversation\'s id', async () => {
  const g = await conversation();
  const other = await conversation();
  const form = () => directLineForm([{ name: 'a.pdf', type: 'application/pdf', bytes: PDF }]);
  expect(refusal(await upload(g, form(), {}, ''))).toEqual([401, 'ended']);
  expect(refusal(await upload(g, form(), {}, 'not.a.token'))).toEqual([403, 'ended']);
  expect((await upload(g, form(), {}, other.token)).status).toBe(403);
  expect((await upload(g, form(), {}, g.token, other.conversationId)).status).toBe(403);
  const otherHistory = (await call('GET', `/v3/directline/conversations/${other.conversationId}/activities`, other.token)).json.activities as Array<{ from: { role?: string } }>;
  expect(otherHistory.filter((a) => a.from.role === 'user')).toEqual([]);
});

it('refuses malformed multipart, a body without a file, a JSON body and an activity that is not JSON', async () => {
  const g = await conversation();
  const boundary = 'xyz';
  const cut = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 cut short`);
  expect((await upload(g, cut, { 'content-type': `multipart/form-data; boundary=${boundary}` })).status).toBe(400);
  expect((await upload(g, Buffer.from('abc'), { 'content-type': 'multipart/form-data' })).status).toBe(400);
  const noFile = new FormData();
  noFile.append('activity', new Blob(['{"type":"message"}'], { type: 'application/vnd.microsoft.activity' }));
  expect((await upload(g, noFile)).status).toBe(400);
  expect((await upload(g, Buffer.from('{}'), { 'content-type': 'application/json' })).status).toBe(415);
  const badActivity = new FormData();
  badActivity.append('activity', new Blob(['{not json'], { type: 'application/vnd.microsoft.activity' }));
  badActivity.append('file', new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }), 'a.pdf');
  expect((await upload(g, badActivity)).status).toBe(400);
  const tooMany = directLineForm([1, 2, 3, 4, 5].map((i) => ({ name: `${i}.pdf`, type: 'application/pdf', bytes: PDF })));
  expect((await upload(g, tooMany)).status).toBe(400);
});

it(`limits uploads per conversation (${UPLOADS_PER_HOUR} an hour) with 429 and Retry-After`, async () => {
  const g = await conversation();
  const statuses: number[] = [];
  for (let i = 0; i < UPLOADS_PER_HOUR; i += 1) statuses.push((await upload(g, directLineForm([{ name: 'x.pdf', type: 'application/pdf', bytes: EXE }]))).status);
  expect(new Set(statuses)).toEqual(new Set([415]));
  const refused = await fetch(`${base()}/v3/directline/conversations/${g.conversationId}/upload`, { method: 'POST', headers: { authorization: `Bearer ${g.token}` }, body: directLineForm([{ name: 'a.pdf', type: 'application/pdf', bytes: PDF }]) });
  expect([refused.status, ((await refused.json()) as { error?: { reason?: string } }).error?.reason]).toEqual([429, 'tooMany']);
  expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
  // Another conversation is not held back.
  const other = await conversation();
  expect((await upload(other, directLineForm([{ name: 'x.pdf', type: 'application/pdf', bytes: EXE }]))).status).toBe(415);
});

it(`reads ${UPLOADS_AT_ONCE} uploads at once at most (503 beyond), and survives uploads abandoned half-way`, async () => {
  const g = await conversation();
  const slow = Array.from({ length: UPLOADS_AT_ONCE }, () => {
    const req = http.request(`${base()}/v3/directline/conversations/${g.conversationId}/upload`, { method: 'POST', headers: { authorization: `Bearer ${g.token}`, 'content-type': 'multipart/form-data; boundary=slow' } });
    req.on('error', () => undefined);
    req.write('--slow\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4\n');
    return req;
  });
  // The probes go through other conversations (each has its own hourly limit, and the slow ones
  // took 4 of this one's), with a pause between them: on a loaded machine the slow ones may take a
  // moment to be read.
  let probe = await conversation();
  const tryOne = async () => {
    let res = await upload(probe, directLineForm([{ name: 'x.pdf', type: 'application/pdf', bytes: EXE }]));
    if (res.status === 429) {
      probe = await conversation();
      res = await upload(probe, directLineForm([{ name: 'x.pdf', type: 'application/pdf', bytes: EXE }]));
    }
    return res;
  };
  const pause = () => new Promise((resolve) => setTimeout(resolve, 50));
  try {
    let busy = await tryOne();
    for (let i = 0; i < 100 && busy.status !== 503; i += 1) busy = await pause().then(tryOne);
    expect([busy.status, busy.json.error?.code, busy.json.error?.reason]).toEqual([503, 'ServiceUnavailable', 'busy']);
  } finally {
    // The page closed while sending: each reading ends, and the next upload is read again.
    for (const req of slow) req.destroy();
  }
  let after = await tryOne();
  for (let i = 0; i < 100 && after.status === 503; i += 1) after = await pause().then(tryOne);
  expect(after.status).toBe(415);
});

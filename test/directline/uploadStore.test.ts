/**
 * The web chat's upload store and the dialogs' downloader in front of it: a file is read only in a
 * turn of the bot's own Direct Line, for that turn's conversation; any other channel, conversation
 * or name is refused without touching the disk or the network; turns leave nothing behind.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TestAdapter, type Attachment } from 'botbuilder';
import { fixedClock } from '../../src/domain/clock';
import { DirectLineAdapter } from '../../src/directline/directLineAdapter';
import { ChatUploads, UPLOAD_URL_PREFIX, withChatUploads } from '../../src/directline/uploadStore';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(100, 32)]);
const A = 'a'.repeat(32);
const B = 'b'.repeat(32);

let root: string;
let uploads: ChatUploads;
const webChat = new DirectLineAdapter({} as never, fixedClock('2026-11-18T14:00:00Z'));
const turn = (conversationId: string, adapter: unknown = webChat) => ({ adapter, activity: { conversation: { id: conversationId } } });
const attachment = (contentUrl: string): Attachment => ({ contentType: 'application/pdf', contentUrl, name: 'avis.pdf' });

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'ecb-chat-uploads-'));
  uploads = new ChatUploads(root);
});

it('reads a file back for its own conversation, in a turn of the bot\'s Direct Line', async () => {
  const url = await uploads.put(A, 'pdf', PDF);
  expect(url).toMatch(new RegExp(`^${UPLOAD_URL_PREFIX}[0-9a-f-]{36}\\.pdf$`));
  const read = await uploads.read(turn(A), url, 'avis.pdf', 10_000);
  expect(read).toEqual({ ok: true, name: 'avis.pdf', bytes: PDF });
  expect(await uploads.read(turn(A), url, 'avis.pdf', 50)).toEqual({ ok: false, reason: 'tooLarge' });
});

it('refuses another conversation\'s file, another channel\'s turn, and names that are not the store\'s', async () => {
  const url = await uploads.put(A, 'pdf', PDF);
  expect((await uploads.read(turn(B), url, 'x', 10_000)).ok).toBe(false);
  // An activity posted to /api/messages (another adapter) naming the same conversation and file.
  expect(await uploads.read(turn(A, new TestAdapter()), url, 'x', 10_000)).toEqual({ ok: false, reason: 'refused' });
  for (const bad of [`${UPLOAD_URL_PREFIX}../${B}/x.pdf`, `${UPLOAD_URL_PREFIX}${path.basename(url)}/../../secret.key`, `${UPLOAD_URL_PREFIX}x.pdf`, `${UPLOAD_URL_PREFIX}${url.slice(-40, -4)}.exe`]) {
    expect(await uploads.read(turn(A), bad, 'x', 10_000)).toEqual({ ok: false, reason: 'refused' });
  }
  expect(await uploads.read(turn('../etc'), url, 'x', 10_000)).toEqual({ ok: false, reason: 'refused' });
});

it('sends only the store\'s own URLs to the store; the others go to the usual downloader', async () => {
  const url = await uploads.put(A, 'pdf', PDF);
  const usual = jest.fn(async () => ({ ok: false as const, reason: 'refused' as const }));
  const download = withChatUploads(uploads, usual);
  expect((await download(attachment(url), 10_000, turn(A))).ok).toBe(true);
  expect(usual).not.toHaveBeenCalled();
  await download(attachment('https://169.254.169.254/latest'), 10_000, turn(A));
  expect(usual).toHaveBeenCalledTimes(1);
  // Without the turn, the store refuses.
  expect(await download(attachment(url), 10_000)).toEqual({ ok: false, reason: 'refused' });
});

it('removes a turn\'s files and its folder, and sweeps what a stopped process left', async () => {
  const url = await uploads.put(A, 'pdf', PDF);
  await uploads.discard(A, [url]);
  expect(fs.readdirSync(root)).toEqual([]);
  expect(await uploads.read(turn(A), url, 'x', 10_000)).toEqual({ ok: false, reason: 'unreachable' });
  await uploads.put(B, 'png', PDF);
  expect(await uploads.sweep(new Date(), 3_600_000)).toBe(0);
  expect(await uploads.sweep(new Date(Date.now() + 3_600_001), 3_600_000)).toBe(1);
  expect(fs.readdirSync(root)).toEqual([]);
});
